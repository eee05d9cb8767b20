using FactLsp.Core.Diagnostics;
using FactLsp.Core.Navigation;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Navigation;

public class DefinitionTests
{
    private static IReadOnlyList<DefinitionLink> Definition(FixtureWorkspace fixture) =>
        DefinitionFinder.Find(fixture.Snapshot, fixture.CursorPath, fixture.CursorOffset);

    private const string DawnWithMarks = """
//- sources/dawn.txt
---
id: dawn-2019-01-24
date: 2019-01-24
---
Redur Khalil, a senior Kurdish official, said the latest gains only heralded a new phase. “Geographically, the noose is tightening around IS,” he said.
                                                                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

""";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Quote_lands_on_the_exact_words_of_the_source(bool crlf)
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.People + Workspaces.Briefing + DawnWithMarks + """
//- articles/a.md
---
date: 2019-01-25
---
Khalil said [“Geographically, the $0noose is tightening around IS,”]{.quote by=redur-khalil src=dawn-2019-01-24}.

""", crlf);
        var link = Assert.Single(Definition(fixture));
        Assert.Equal(fixture.Ranges[0], link.Target);
        Assert.Equal("Geographically, the noose is tightening around IS", fixture.TextOf(link.Target));
        Assert.StartsWith("[“Geographically", fixture.TextOf(new Location("articles/a.md", link.OriginSpan)));
    }

    [Fact]
    public void Quote_across_a_line_break_in_a_crlf_source_lands_on_both_lines()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.People + """
//- sources/dawn.txt
---
id: dawn
---
Redur Khalil said: “Geographically, the noose
                    ^^^^^^^^^^^^^^^^^^^^^^^^^>
is tightening around IS,” he said.
^^^^^^^^^^^^^^^^^^^^^^^<

//- articles/a.md
Khalil said [“Geographically, the noose is $0tightening around IS,”]{.quote by=redur-khalil src=dawn}.

""", crlf: true);
        var link = Assert.Single(Definition(fixture));
        Assert.Equal(fixture.Ranges[0], link.Target);
        Assert.Contains("\r\n", fixture.TextOf(link.Target));
    }

    [Fact]
    public void A_cursor_on_nested_brackets_inside_the_quote_still_means_the_quote()
    {
        // An editorial insertion in brackets stands for source words: the passage covers them.
        using var fixture = FixtureWorkspace.Create(Workspaces.People + """
//- sources/dawn.txt
---
id: dawn
---
Khalil said: “Geographically, the noose is tightening around IS,” he said.
              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

//- articles/a.md
Khalil said [“Geographically, the [$0rope] is tightening around IS,”]{.quote by=redur-khalil src=dawn}.

""");
        var link = Assert.Single(Definition(fixture));
        Assert.Equal(fixture.Ranges[0], link.Target);
    }

    [Fact]
    public void Claim_evidence_lands_on_the_evidence_in_the_source()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.People + """
//- sources/dawn.txt
---
id: dawn
---
BEIRUT: Kurdish-led fighters overran the last village held by the IS in Syria on Wednesday.
                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

//- articles/a.md
[Fighters $0took the last village]{.claim src=dawn evidence="overran the last village held by the IS"}.

""");
        var link = Assert.Single(Definition(fixture));
        Assert.Equal(fixture.Ranges[0], link.Target);
    }

    [Fact]
    public void A_quote_the_source_does_not_hold_lands_on_the_source()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.People + """
//- sources/dawn.txt
---
id: dawn
    ^^^^
---
Khalil said: “Geographically, the noose is tightening around IS,” he said.

//- articles/a.md
Khalil said [“The $0organisation is finished for good.”]{.quote by=redur-khalil src=dawn}.

""");
        var link = Assert.Single(Definition(fixture));
        Assert.Equal(fixture.Ranges[0], link.Target);
    }

    [Fact]
    public void By_lands_on_the_registry_key()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Dawn + """
//- people.yaml
redur-khalil:
^^^^^^^^^^^^
  name: Redur Khalil

//- articles/a.md
Khalil said [“Geographically, the noose is tightening around IS,”]{.quote by=redur-$0khalil src=dawn-2019-01-24}.

""");
        var link = Assert.Single(Definition(fixture));
        Assert.Equal(fixture.Ranges[0], link.Target);
        Assert.Equal("redur-khalil", fixture.TextOf(new Location("articles/a.md", link.OriginSpan)));
    }

    [Fact]
    public void By_of_a_quoted_registry_key_lands_inside_the_quotes()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Dawn + """
//- people.yaml
"redur-khalil":
 ^^^^^^^^^^^^
  name: Redur Khalil

//- articles/a.md
[“Geographically, the noose is tightening around IS,”]{.quote by=$0redur-khalil src=dawn-2019-01-24}

""");
        Assert.Equal(fixture.Ranges[0], Assert.Single(Definition(fixture)).Target);
    }

    [Fact]
    public void By_lands_on_a_local_speaker_of_the_front_matter()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + """
//- articles/a.md
---
speakers:
  sdc-spokesman: {name: SDC spokesman}
  ^^^^^^^^^^^^^
---
A spokesman said [“the noose is tightening”]{.quote by=sdc-spo$0kesman src=dawn-2019-01-24}.

""");
        Assert.Equal(fixture.Ranges[0], Assert.Single(Definition(fixture)).Target);
    }

    [Fact]
    public void A_local_speaker_that_repeats_a_registry_id_lands_on_the_registry_entry_the_checker_uses()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Dawn + """
//- people.yaml
redur-khalil:
^^^^^^^^^^^^
  name: Redur Khalil

//- articles/a.md
---
speakers:
  redur-$0khalil: {name: Redur Khalil}
---
Khalil said [“the noose is tightening”]{.quote by=redur-khalil src=dawn-2019-01-24}.

""");
        Assert.Equal(fixture.Ranges[0], Assert.Single(Definition(fixture)).Target);
    }

    [Fact]
    public void By_after_an_emoji_on_the_same_line_resolves_at_utf16_offsets()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Dawn + """
//- people.yaml
redur-khalil:
^^^^^^^^^^^^
  name: Redur Khalil

//- articles/a.md
🎙️ 👀 [“the noose is tightening”]{.quote by=redur-$0khalil src=dawn-2019-01-24}

""");
        var lines = fixture.Snapshot.GetFile("articles/a.md")!.Lines;
        var utf16 = lines.GetPosition(fixture.CursorOffset);
        var utf8 = lines.GetPosition(fixture.CursorOffset, PositionEncoding.Utf8);
        Assert.True(utf8.Character > utf16.Character, "the emoji are wider in UTF-8 than in UTF-16");
        // The editor's position, in either encoding, comes back to the same offset and the same definition.
        Assert.Equal(fixture.CursorOffset, lines.GetOffset(utf16));
        Assert.Equal(fixture.CursorOffset, lines.GetOffset(utf8, PositionEncoding.Utf8));
        Assert.Equal(fixture.Ranges[0], Assert.Single(Definition(fixture)).Target);
    }

    [Fact]
    public void Src_lands_on_the_id_line_of_the_source_file()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.People + """
//- sources/dawn.txt
---
id: dawn-2019-01-24
    ^^^^^^^^^^^^^^^
---
Words.

//- articles/a.md
[“Words.”]{.quote by=redur-khalil src=dawn-2019$0-01-24}

""");
        Assert.Equal(fixture.Ranges[0], Assert.Single(Definition(fixture)).Target);
    }

    [Fact]
    public void Src_of_a_source_named_by_its_file_lands_on_the_start_of_the_file()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + """
//- articles/a.md
[“The last village has fallen”]{.quote by=redur-khalil src=sdc-b$0riefing}

""");
        var link = Assert.Single(Definition(fixture));
        Assert.Equal(new Location("sources/sdc-briefing.txt", new TextSpan(0, 0)), link.Target);
    }

    [Fact]
    public void Src_of_a_source_declared_without_text_lands_on_its_key()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + """
//- articles/a.md
---
sources:
  afp-wire: {title: "AFP wire", date: 2019-01-23}
  ^^^^^^^^
---
[“a turning point”]{.quote by=redur-khalil src=afp-$0wire}

""");
        Assert.Equal(fixture.Ranges[0], Assert.Single(Definition(fixture)).Target);
    }

    [Fact]
    public void Src_of_a_source_declared_with_a_file_lands_on_that_file()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + """
//- notes/statement.txt
The statement's words.

//- articles/a.md
---
sources:
  statement: {file: ../notes/statement.txt}
---
[“The statement's words.”]{.quote by=redur-khalil src=state$0ment}

""");
        var link = Assert.Single(Definition(fixture));
        Assert.Equal(new Location("notes/statement.txt", new TextSpan(0, 0)), link.Target);
    }

    [Fact]
    public void A_front_matter_source_key_with_a_file_lands_on_the_file()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + """
//- articles/a.md
---
sources:
  brief$0ing: {file: ../sources/sdc-briefing.txt}
---
[“The last village has fallen”]{.quote by=redur-khalil src=briefing}

""");
        Assert.Equal(new Location("sources/sdc-briefing.txt", new TextSpan(0, 0)), Assert.Single(Definition(fixture)).Target);
    }

    [Theory]
    [InlineData("[“Words.”]{.quote by=nobody-$0known src=dawn-2019-01-24}")]
    [InlineData("[“Words.”]{.quote by=redur-khalil src=no-$0such-source}")]
    [InlineData("Plain $0prose, outside any annotation.")]
    [InlineData("[“Words.”]{.term}$0")]
    public void Unknown_ids_and_prose_have_no_definition(string line)
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + "//- articles/a.md\n" + line + "\n");
        Assert.Empty(Definition(fixture));
    }

    [Fact]
    public void Two_source_files_with_one_id_land_on_the_first_the_checker_uses()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.People + """
//- sources/a-copy.txt
---
id: dawn
    ^^^^
---
Khalil said: “the noose is tightening,” he said.

//- sources/b-copy.txt
---
id: dawn
---
Other words.

//- articles/a.md
[“the noose is tightening”]{.quote by=redur-khalil src=da$0wn}

""");
        Assert.Equal(fixture.Ranges[0], Assert.Single(Definition(fixture)).Target);
    }

    [Fact]
    public void A_transcript_speakers_map_entry_lands_on_the_registry_key()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Dawn + """
//- people.yaml
redur-khalil:
^^^^^^^^^^^^
  name: Redur Khalil

//- sources/sdc-briefing.txt
---
kind: transcript
speakers:
  KHALIL: "redur-$0khalil"
---
KHALIL: The last village has fallen.

""");
        Assert.Equal(fixture.Ranges[0], Assert.Single(Definition(fixture)).Target);
    }
}
