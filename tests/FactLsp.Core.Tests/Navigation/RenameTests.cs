using FactLsp.Core.Diagnostics;
using FactLsp.Core.Navigation;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Navigation;

public class RenameTests
{
    private static RenameTarget Prepare(FixtureWorkspace fixture) => Renamer.Prepare(fixture.Snapshot, fixture.CursorPath, fixture.CursorOffset);

    private static RenameResult Rename(FixtureWorkspace fixture, string newName) => Renamer.Rename(fixture.Snapshot, fixture.CursorPath, fixture.CursorOffset, newName);

    /// <summary>The edits land exactly on the marked spans, each replacing the old id by the new one.</summary>
    private static void AssertEditsOnMarked(FixtureWorkspace fixture, RenameResult result, string oldId, string newName)
    {
        Assert.Null(result.Refusal);
        var expected = fixture.Ranges.OrderBy(l => l.Path, StringComparer.Ordinal).ThenBy(l => l.Span.Start).ToList();
        Assert.Equal(expected, result.Edits.Select(e => new Location(e.Path, e.Span)).ToList());
        Assert.All(result.Edits, e => Assert.Equal(newName, e.NewText));
        Assert.All(expected, l => Assert.Equal(oldId, fixture.TextOf(l)));
    }

    /// <summary>Applies the rename, re-checks the workspace, and finds the same diagnostics as before.</summary>
    private static void AssertChecksAsBefore(FixtureWorkspace fixture, RenameResult result)
    {
        var before = fixture.DiagnosticCodes();
        fixture.Apply(result.Edits);
        Assert.Equal(before, fixture.DiagnosticCodes());
    }

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
---
date: 2019-01-26
---
[“Geographically, the noose is tightening around IS,”]{.quote by=redur-khalil src=dawn-2019-01-24}
                                                                 ^^^^^^^^^^^^
[“the geographical end of IS does not mean the organisation is terminated”]{.quote by=redur-khalil src=dawn-2019-01-24}
                                                                                      ^^^^^^^^^^^^
[“dear friend”]{.quote by=vladimir-putin src=dawn-2019-01-24}

//- articles/b.md
---
date: 2019-01-26
speakers:
  redur-khalil: {name: Redur Khalil}
  ^^^^^^^^^^^^
---
[“The last village has fallen”]{.quote by=redur-khalil src=sdc-briefing}
                                          ^^^^^^^^^^^^

//- articles/c.md
---
date: 2019-01-26
---
[The fight goes on]{.claim by=redur-$0khalil src=sdc-briefing}
                              ^^^^^^^^^^^^
[“Words that nobody said”]{.quote by=redur-kalil src=sdc-briefing}

""";

    [Fact]
    public void Prepare_on_a_by_value_answers_the_id_and_its_span()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Dawn + Khalil);
        var target = Prepare(fixture);
        Assert.True(target.CanRename);
        Assert.Equal("redur-khalil", target.Placeholder);
        Assert.Equal("redur-khalil", fixture.TextOf(new Location(fixture.CursorPath, target.Span)));
    }

    [Fact]
    public void A_person_is_renamed_in_the_registry_every_article_and_the_transcript_map()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Dawn + Khalil);
        var result = Rename(fixture, "redur.khalil");
        AssertEditsOnMarked(fixture, result, "redur-khalil", "redur.khalil");
        AssertChecksAsBefore(fixture, result);
        Assert.NotNull(fixture.Snapshot.Index.Registry.Find("redur.khalil"));
        // The transcript's turns still belong to him, and the unknown id elsewhere was left alone.
        Assert.Equal("redur.khalil", fixture.Snapshot.GetSourceFile("sources/sdc-briefing.txt")!.Metadata.Speakers["KHALIL"]);
        Assert.Contains("by=redur-kalil", fixture.Text("articles/c.md"));
    }

    [Fact]
    public void A_quoted_registry_key_keeps_its_quotes()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Dawn + """
//- people.yaml
"redur-$0khalil":
 ^^^^^^^^^^^^
  name: Redur Khalil

//- articles/a.md
[“the noose is tightening”]{.quote by=redur-khalil src=dawn-2019-01-24}
                                      ^^^^^^^^^^^^

""");
        var target = Prepare(fixture);
        Assert.Equal(fixture.Ranges[0].Span, target.Span);
        var result = Rename(fixture, "khalil");
        AssertEditsOnMarked(fixture, result, "redur-khalil", "khalil");
        AssertChecksAsBefore(fixture, result);
        Assert.StartsWith("\"khalil\":", fixture.Text("people.yaml"));
    }

    [Fact]
    public void A_local_speaker_is_renamed_in_its_article_only()
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

//- articles/b.md
---
speakers:
  spokesman: {name: Another spokesman}
---
[“Words”]{.quote by=spokesman src=dawn-2019-01-24}

""");
        var result = Rename(fixture, "sdc-spokesman");
        AssertEditsOnMarked(fixture, result, "spokesman", "sdc-spokesman");
        AssertChecksAsBefore(fixture, result);
    }

    [Fact]
    public void A_source_with_an_id_line_is_renamed_there_and_in_every_citation()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.People + """
//- sources/dawn.txt
---
id: dawn-2019-01-24
    ^^^^^^^^^^^^^^^
date: 2019-01-24
---
Redur Khalil said: “Geographically, the noose is tightening around IS,” he said.

//- articles/a.md
---
date: 2019-01-25
---
[“Geographically, the noose is tightening around IS,”]{.quote by=redur-khalil src=dawn-2019$0-01-24}
                                                                                  ^^^^^^^^^^^^^^^

//- articles/b.md
[“the noose is closing”]{.quote by=redur-khalil src=dawn-2019-01-24}
                                                    ^^^^^^^^^^^^^^^

""");
        var result = Rename(fixture, "dawn-afp");
        AssertEditsOnMarked(fixture, result, "dawn-2019-01-24", "dawn-afp");
        AssertChecksAsBefore(fixture, result);
        Assert.Equal("sources/dawn.txt", fixture.Snapshot.Index.FindSource("dawn-afp")!.Definition.Path);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_source_named_by_its_file_gets_an_id_line(bool crlf)
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.People + """
//- sources/sdc-briefing.txt
---
kind: transcript
speakers:
  KHALIL: redur-khalil
---
KHALIL: The last village has fallen, but the fight is not over.

//- articles/a.md
[“The last village has fallen”]{.quote by=redur-khalil src=sdc-$0briefing}

""", crlf);
        var result = Rename(fixture, "sdc-2019-01-25");
        Assert.Null(result.Refusal);
        var insertion = Assert.Single(result.Edits, e => e.Path == "sources/sdc-briefing.txt");
        Assert.True(insertion.Span.IsEmpty);
        var newline = crlf ? "\r\n" : "\n";
        Assert.Equal("id: sdc-2019-01-25" + newline, insertion.NewText);
        AssertChecksAsBefore(fixture, result);
        Assert.StartsWith($"---{newline}id: sdc-2019-01-25{newline}kind: transcript{newline}", fixture.Text("sources/sdc-briefing.txt"));
        Assert.Equal("sources/sdc-briefing.txt", fixture.Snapshot.Index.FindSource("sdc-2019-01-25")!.Definition.Path);
        Assert.Null(fixture.Snapshot.Index.FindSource("sdc-briefing"));
    }

    [Fact]
    public void A_source_without_front_matter_gets_one_with_its_id()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.People + """
//- sources/statement.txt
Redur Khalil: “The last village has fallen.”

//- articles/a.md
[“The last village has fallen.”]{.quote by=redur-khalil src=state$0ment}

""");
        var result = Rename(fixture, "sdc-statement");
        AssertChecksAsBefore(fixture, result);
        Assert.StartsWith("---\nid: sdc-statement\n---\nRedur Khalil:", fixture.Text("sources/statement.txt"));
        Assert.Contains("src=sdc-statement}", fixture.Text("articles/a.md"));
    }

    [Fact]
    public void An_indented_front_matter_gets_its_id_line_at_the_same_indentation()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.People + """
//- sources/statement.txt
---
  title: A statement
---
Redur Khalil: “The last village has fallen.”

//- articles/a.md
[“The last village has fallen.”]{.quote by=redur-khalil src=state$0ment}

""");
        var result = Rename(fixture, "sdc-statement");
        AssertChecksAsBefore(fixture, result);
        Assert.StartsWith("---\n  id: sdc-statement\n  title: A statement\n", fixture.Text("sources/statement.txt"));
    }

    [Fact]
    public void A_declared_source_is_renamed_in_its_article_only()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + """
//- articles/a.md
---
sources:
  wire: {title: "AFP wire", date: 2019-01-23}
  ^^^^
---
[“a turning point”]{.quote by=redur-khalil src=wi$0re}
                                               ^^^^

//- articles/b.md
---
sources:
  wire: {title: "Reuters wire"}
---
[“a turning point”]{.quote by=redur-khalil src=wire}

""");
        var result = Rename(fixture, "afp-wire");
        AssertEditsOnMarked(fixture, result, "wire", "afp-wire");
        AssertChecksAsBefore(fixture, result);
    }

    [Fact]
    public void An_id_after_an_emoji_in_a_crlf_article_is_renamed_exactly()
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
🎙️ Khalil: [“Geographically, the noose is tightening around IS,”]{.quote by=redur-khal$0il src=dawn-2019-01-24} 👀
                                                                             ^^^^^^^^^^^^
👀 [“the noose is tightening”]{.quote by=redur-khalil src=dawn-2019-01-24}
                                         ^^^^^^^^^^^^

""", crlf: true);
        var result = Rename(fixture, "khalil");
        AssertEditsOnMarked(fixture, result, "redur-khalil", "khalil");
        AssertChecksAsBefore(fixture, result);
        Assert.Contains("🎙️ Khalil: [“Geographically, the noose is tightening around IS,”]{.quote by=khalil src=dawn-2019-01-24} 👀\r\n", fixture.Text("articles/a.md"));
    }

    [Theory]
    [InlineData("Khalil said $0it.", "Only speaker and source ids")]
    [InlineData("[“The $0last village has fallen”]{.quote by=redur-khalil src=sdc-briefing}", "Only speaker and source ids")]
    [InlineData("[“The last village has fallen”]{.quote by=redur-ka$0lil src=sdc-briefing}", "'redur-kalil' names nobody")]
    [InlineData("[“The last village has fallen”]{.quote by=redur-khalil src=sdc-brief$0ng}", "'sdc-briefng' names no source")]
    public void Prepare_refuses_what_is_no_id_or_names_nothing(string line, string reason)
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + "//- articles/a.md\n" + line + "\n");
        var target = Prepare(fixture);
        Assert.False(target.CanRename);
        Assert.Contains(reason, target.Refusal);
        Assert.Equal(target.Refusal, Rename(fixture, "anything").Refusal);
    }

    [Fact]
    public void Prepare_in_a_source_named_by_its_file_explains_where_to_rename_it()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.People + """
//- sources/sdc-briefing.txt
KHALIL: The last $0village has fallen.

""");
        var target = Prepare(fixture);
        Assert.False(target.CanRename);
        Assert.Contains("its id is its file name, 'sdc-briefing'", target.Refusal);
    }

    [Theory]
    [InlineData("2 words")]
    [InlineData("-leading-dash")]
    [InlineData("")]
    [InlineData("quote\"")]
    public void A_new_name_that_is_no_valid_id_is_refused(string newName)
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Dawn + Khalil);
        var result = Rename(fixture, newName);
        Assert.Empty(result.Edits);
        Assert.Contains("is not a valid id", result.Refusal);
    }

    [Theory]
    [InlineData("vladimir-putin", "already names Vladimir Putin in people.yaml")]
    [InlineData("sdc-spokesman", "already a speaker of articles/d.md")]
    public void A_new_name_that_already_names_a_person_is_refused(string newName, string reason)
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Dawn + Khalil + """
//- articles/d.md
---
speakers:
  sdc-spokesman: {name: SDC spokesman}
---
[“Words”]{.quote by=sdc-spokesman src=dawn-2019-01-24}

""");
        var result = Rename(fixture, newName);
        Assert.Empty(result.Edits);
        Assert.Contains(reason, result.Refusal);
    }

    [Theory]
    [InlineData("sdc-briefing", "already names the source sources/sdc-briefing.txt")]
    [InlineData("wire", "already a source declared in articles/b.md")]
    public void A_new_name_that_already_names_a_source_is_refused(string newName, string reason)
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + """
//- articles/a.md
[“Geographically, the noose is tightening around IS,”]{.quote by=redur-khalil src=dawn-$02019-01-24}

//- articles/b.md
---
sources:
  wire: {title: "AFP wire"}
---
[“Words”]{.quote by=redur-khalil src=wire}

""");
        var result = Rename(fixture, newName);
        Assert.Empty(result.Edits);
        Assert.Contains(reason, result.Refusal);
    }

    [Fact]
    public void Renaming_to_the_same_id_changes_nothing()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Dawn + Khalil);
        var result = Rename(fixture, "redur-khalil");
        Assert.Null(result.Refusal);
        Assert.Empty(result.Edits);
    }

    [Fact]
    public void Edits_never_overlap_and_touch_only_ids()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Dawn + Khalil);
        var result = Rename(fixture, "rk");
        foreach (var group in result.Edits.GroupBy(e => e.Path))
        {
            var spans = group.Select(e => e.Span).OrderBy(s => s.Start).ToList();
            Assert.All(spans.Zip(spans.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
        }
        Assert.All(result.Edits, e => Assert.Equal("redur-khalil", fixture.TextOf(new Location(e.Path, e.Span))));
        Assert.Equal(new TextSpan(0, "redur-khalil".Length), result.Edits.Single(e => e.Path == "people.yaml").Span);
    }

    [Fact]
    public void A_person_is_renamed_from_a_transcript_speakers_map_too()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Dawn + Khalil.Replace("by=redur-$0khalil", "by=redur-khalil").Replace("KHALIL: redur-khalil", "KHALIL: redur-$0khalil"));
        Assert.Equal("sources/sdc-briefing.txt", fixture.CursorPath);
        var result = Rename(fixture, "khalil");
        AssertEditsOnMarked(fixture, result, "redur-khalil", "khalil");
        AssertChecksAsBefore(fixture, result);
    }

    [Fact]
    public void A_transcript_speakers_map_entry_naming_nobody_cannot_be_renamed()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.People + """
//- sources/sdc-briefing.txt
---
kind: transcript
speakers:
  MODERATOR: mode$0rator
---
MODERATOR: Welcome.

""");
        Assert.Contains("'moderator' names nobody", Prepare(fixture).Refusal);
    }
}
