using FactLsp.Core.Diagnostics;
using FactLsp.Core.Navigation;

namespace FactLsp.Core.Tests.Navigation;

public class ReferencesTests
{
    private static IReadOnlyList<Location> References(FixtureWorkspace fixture, bool includeDeclaration = true) =>
        ReferenceFinder.Find(fixture.Snapshot, fixture.CursorPath, fixture.CursorOffset, includeDeclaration).Select(r => r.Location).ToList();

    private static void AssertMarked(FixtureWorkspace fixture, IReadOnlyList<Location> actual)
    {
        var expected = fixture.Ranges.OrderBy(l => l.Path, StringComparer.Ordinal).ThenBy(l => l.Span.Start).ToList();
        Assert.Equal(expected, actual);
    }

    /// <summary>Redur Khalil quoted in three articles and named by a transcript; one article repeats his id locally.</summary>
    private const string Khalil = """
//- people.yaml
redur-khalil:
^^^^^^^^^^^^
  name: Redur Khalil
vladimir-putin:
  name: Vladimir Putin

//- sources/sdc-briefing.txt
---
kind: transcript
speakers:
  KHALIL: redur-khalil
          ^^^^^^^^^^^^
---
KHALIL: The last village has fallen, but the fight is not over.

//- articles/a.md
[“Geographically, the noose is tightening around IS,”]{.quote by=redur-khalil src=dawn-2019-01-24}
                                                                 ^^^^^^^^^^^^
[“the geographical end of IS does not mean the organisation is terminated”]{.quote by=redur-khalil src=dawn-2019-01-24}
                                                                                      ^^^^^^^^^^^^
[“dear friend”]{.quote by=vladimir-putin src=dawn-2019-01-24}

//- articles/b.md
---
speakers:
  redur-khalil: {name: Redur Khalil}
  ^^^^^^^^^^^^
---
[“The last village has fallen”]{.quote by=redur-khalil src=sdc-briefing}
                                          ^^^^^^^^^^^^

//- articles/c.md
[The fight goes on]{.claim by=redur-khalil src=sdc-briefing}
                              ^^^^^^^^^^^^
[“Words”]{.quote by=redur-kalil src=sdc-briefing}

""";

    [Theory]
    [InlineData("articles/a.md", "by=redur-khalil", 4)]
    [InlineData("articles/a.md", "“Geographically", 4)]
    [InlineData("people.yaml", "redur-khalil:", 2)]
    [InlineData("articles/c.md", "by=redur-khalil", 5)]
    public void A_person_is_referenced_wherever_the_checker_resolves_an_id_to_them(string path, string anchor, int offsetInAnchor)
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Dawn + Khalil);
        var text = fixture.Text(path);
        var offset = text.IndexOf(anchor, StringComparison.Ordinal) + offsetInAnchor;
        var references = ReferenceFinder.Find(fixture.Snapshot, path, offset, includeDeclaration: true).Select(r => r.Location).ToList();
        AssertMarked(fixture, references);
        Assert.All(references, r => Assert.Equal("redur-khalil", fixture.TextOf(r)));
    }

    [Fact]
    public void Without_the_declaration_only_the_uses_are_listed()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Dawn + Khalil.Replace("{.quote by=redur-khalil src=sdc-briefing}", "{.quote by=redur-$0khalil src=sdc-briefing}"));
        var references = ReferenceFinder.Find(fixture.Snapshot, fixture.CursorPath, fixture.CursorOffset, includeDeclaration: false);
        Assert.DoesNotContain(references, r => r.Kind == ReferenceKind.Definition);
        // Two declarations: the registry key and the article that repeats it.
        Assert.Equal(fixture.Ranges.Count - 2, references.Count);
        Assert.Single(references, r => r.Kind == ReferenceKind.SpeakerLabel);
    }

    [Fact]
    public void A_local_speaker_is_referenced_in_its_own_article_only()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + """
//- articles/a.md
---
speakers:
  spokesman: {name: SDC spokesman}
  ^^^^^^^^^
---
[“The noose is tightening”]{.quote by=spokes$0man src=dawn-2019-01-24}
                                      ^^^^^^^^^
[The fight goes on]{.claim by=spokesman src=dawn-2019-01-24}
                              ^^^^^^^^^

//- articles/b.md
---
speakers:
  spokesman: {name: Another spokesman}
---
[“Words”]{.quote by=spokesman src=dawn-2019-01-24}

//- articles/c.md
[“Words”]{.quote by=spokesman src=dawn-2019-01-24}

""");
        AssertMarked(fixture, References(fixture));
    }

    [Fact]
    public void A_duplicate_registry_entry_has_no_uses()
    {
        // Registries are read in path order: people.yaml comes before z/people.yaml and wins.
        using var fixture = FixtureWorkspace.Create(Workspaces.Dawn + """
//- factlsp.yaml
people: ["people.yaml", "z/people.yaml"]

//- people.yaml
redur-khalil:
  name: Redur Khalil

//- z/people.yaml
redur-$0khalil:
^^^^^^^^^^^^
  name: Redur Khalil (again)

//- articles/a.md
[“Words”]{.quote by=redur-khalil src=dawn-2019-01-24}

""");
        AssertMarked(fixture, References(fixture));
    }

    [Fact]
    public void An_unknown_id_has_no_references()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Dawn + Khalil.Replace("by=redur-kalil", "by=redur-ka$0lil"));
        Assert.Empty(References(fixture));
    }

    /// <summary>Dawn cited by two articles; a third declares its own dawn-2019-01-24, which shadows the file.</summary>
    private const string DawnCited = """
//- sources/dawn.txt
---
id: dawn-2019-01-24
    ^^^^^^^^^^^^^^^
---
Redur Khalil said: “Geographically, the noose is tightening around IS,” he said.

//- articles/a.md
[“Geographically, the noose is tightening around IS,”]{.quote by=redur-khalil src=dawn-2019-01-24}
                                                                                  ^^^^^^^^^^^^^^^
[IS is losing ground]{.claim src=dawn-2019-01-24}
                                 ^^^^^^^^^^^^^^^

//- articles/b.md
[“the noose is tightening”]{.quote by=redur-khalil src=dawn-2019-01-24}
                                                       ^^^^^^^^^^^^^^^

//- articles/c.md
---
sources:
  dawn-2019-01-24: {title: "Another report of the same day"}
---
[“the noose is tightening”]{.quote by=redur-khalil src=dawn-2019-01-24}

""";

    [Theory]
    [InlineData("articles/b.md", "src=dawn", 6)]
    [InlineData("sources/dawn.txt", "noose", 0)]
    [InlineData("sources/dawn.txt", "id: dawn", 5)]
    public void A_source_is_referenced_by_every_annotation_citing_it(string path, string anchor, int offsetInAnchor)
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.People + DawnCited);
        var offset = fixture.Text(path).IndexOf(anchor, StringComparison.Ordinal) + offsetInAnchor;
        var references = ReferenceFinder.Find(fixture.Snapshot, path, offset, includeDeclaration: true).Select(r => r.Location).ToList();
        AssertMarked(fixture, references);
    }

    [Fact]
    public void A_declared_source_is_referenced_in_its_article_only()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.People + Unmarked(DawnCited).Replace(
            "  dawn-2019-01-24: {title: \"Another report of the same day\"}\n---\n[“the noose is tightening”]{.quote by=redur-khalil src=dawn-2019-01-24}",
            "  dawn-2019-01-24: {title: \"Another report of the same day\"}\n  ^^^^^^^^^^^^^^^\n---\n[“the noose is tightening”]{.quote by=redur-khalil src=dawn-$02019-01-24}\n                                                       ^^^^^^^^^^^^^^^"));
        AssertMarked(fixture, References(fixture));
    }

    /// <summary>The fixture text without its range marker lines (a line of carets alone).</summary>
    private static string Unmarked(string text) =>
        string.Join('\n', text.Split('\n').Where(line => line.Length == 0 || line.Trim().Trim('^').Length > 0));

    [Fact]
    public void A_source_file_is_also_cited_through_an_article_s_file_entry()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.People + """
//- sources/sdc-briefing.txt
---
kind: transcript
---
KHALIL: The last $0village has fallen, but the fight is not over.

//- articles/a.md
[“The last village has fallen”]{.quote by=redur-khalil src=sdc-briefing}
                                                           ^^^^^^^^^^^^

//- articles/b.md
---
sources:
  briefing: {file: ../sources/sdc-briefing.txt}
---
[“the fight is not over”]{.quote by=redur-khalil src=briefing}
                                                     ^^^^^^^^

""");
        // The source's definition is the start of the file (no id: line); without it, the uses.
        AssertMarked(fixture, References(fixture, includeDeclaration: false));
        Assert.Contains(References(fixture), l => l.Path == "sources/sdc-briefing.txt" && l.Span.Start == 0 && l.Span.IsEmpty);
    }

    [Fact]
    public void References_in_a_crlf_article_after_an_emoji_have_exact_spans()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Dawn + """
//- people.yaml
redur-khalil:
^^^^^^^^^^^^
  name: Redur Khalil

//- articles/a.md
---
date: 2019-01-25
---
🎙️ Khalil said [“the noose is tightening”]{.quote by=redur-khalil src=dawn-2019-01-24}
                                                      ^^^^^^^^^^^^
👀 and [“the geographical end of IS does not mean the organisation is terminated”]{.quote by=redur-$0khalil src=dawn-2019-01-24}
                                                                                             ^^^^^^^^^^^^

""", crlf: true);
        var references = References(fixture);
        AssertMarked(fixture, references);
        Assert.All(references, r => Assert.Equal("redur-khalil", fixture.TextOf(r)));
    }
}
