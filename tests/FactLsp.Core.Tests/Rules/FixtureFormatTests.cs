using System.Text;
using FactLsp.Core.Text;
using Xunit.Sdk;

namespace FactLsp.Core.Tests.Rules;

/// <summary>The fixture format and runner themselves: markers read right, files written as asked, and a wrong expectation fails.</summary>
public class FixtureFormatTests
{
    private const string Quote = "“Geographically, the noose is closing around IS.”";

    // The quote's content starts at column 1 (after the '[') and is Quote.Length long.
    private static readonly string Misquote = $$"""
        A misquote.

        //- people.yaml
        khalil: {name: Redur Khalil, aliases: [Khalil]}

        //- sources/briefing.txt
        Khalil said: “Geographically, the noose is tightening around IS.”

        //- article.md
        [{{Quote}}]{.quote by=khalil src=briefing}
         {{new string('^', Quote.Length)}} warning misquote: tightening
        """;

    [Fact]
    public void Markers_point_under_the_line_above_them_and_are_not_written()
    {
        var fixture = Fixture.Parse(Misquote, "t");
        Assert.Equal("A misquote.", fixture.Description);
        Assert.Equal(["people.yaml", "sources/briefing.txt", "article.md"], fixture.Files.Select(f => f.Path));
        var article = fixture.Files[2];
        Assert.Equal($"[{Quote}]{{.quote by=khalil src=briefing}}\n", article.Text);
        var marker = Assert.Single(article.Markers);
        Assert.Equal((FixtureMarkerKind.Diagnostic, 0, 1, 0, 1 + Quote.Length, "warning", "misquote", "tightening"),
            (marker.Kind, marker.StartLine, marker.StartColumn, marker.EndLine, marker.EndColumn, marker.Severity, marker.Rule, marker.Fragment));
        // The blank line before a header is dropped; every line ends with a line break.
        Assert.Equal("khalil: {name: Redur Khalil, aliases: [Khalil]}\n", fixture.Files[0].Text);
    }

    [Fact]
    public void Bars_are_empty_ranges_and_arrows_span_lines()
    {
        var fixture = Fixture.Parse("""
            //- a.md
            first line
              | error invalid-yaml
            second
              ^^^> related misquote: why
            third line
            ^^^^^<
              ^^ verdict verified attributed-to nobody
            """, "t");
        var markers = fixture.Markers.ToList();
        Assert.Equal(3, markers.Count);
        Assert.Equal((0, 2, 0, 2), (markers[0].StartLine, markers[0].StartColumn, markers[0].EndLine, markers[0].EndColumn));
        Assert.Equal((FixtureMarkerKind.Related, 1, 2, 2, 5, "why"), (markers[1].Kind, markers[1].StartLine, markers[1].StartColumn, markers[1].EndLine, markers[1].EndColumn, markers[1].Fragment));
        Assert.Equal((FixtureMarkerKind.Verdict, "verified", "nobody", 2, 2), (markers[2].Kind, markers[2].Verdict, markers[2].AttributedTo, markers[2].StartLine, markers[2].StartColumn));
    }

    [Theory]
    [InlineData("//- a.md\ntext\n  ^^ loud misquote", 3, "after the carets")]
    [InlineData("//- a.md\ntext\n  ^^ error no-such-rule", 3, "unknown rule 'no-such-rule'")]
    [InlineData("//- a.md\ntext\n  ^^> error misquote", 3, "never closed")]
    [InlineData("no header at all", 1, "no '//- PATH' header")]
    [InlineData("//- a.md\n\n//- b.md loud\n", 3, "unknown option 'loud'")]
    [InlineData("//- a.md\n$0one\n//- b.md\ntwo$0\n", 4, "a second cursor")]
    [InlineData("//- a.md\none $0 and $0\n", 2, "a second cursor")]
    [InlineData("//- a.md\ntext\n^^<\n", 3, "closes an opened range")]
    [InlineData("//- a.md\ntext\n^^>\n^^> error misquote\n", 4, "two ranges opened at once")]
    [InlineData("//- a.md\ntext\n^^ verdict verified by khalil\n", 3, "'verdict VERDICT [attributed-to ID]' expected")]
    [InlineData("//- a.md\ntext\n^^ error two words\n", 3, "'error RULE[: FRAGMENT]' expected")]
    public void Malformed_fixtures_are_refused_with_their_line(string text, int line, string problem)
    {
        var error = Assert.Throws<FixtureFormatException>(() => FixtureRunner.Parse(text, "t"));
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"t, line {line}: ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void A_marker_past_the_end_of_its_line_is_refused_when_written()
    {
        using var workspace = FixtureWorkspace.Create("//- a.md\nab\n ^^^ error misquote\n");
        var error = Assert.Throws<FixtureFormatException>(() => workspace.SpanOf(workspace.Fixture!.Markers.Single()));
        Assert.Equal(3, error.Line);
        Assert.Equal("fixture, line 3: the marker points past the end of line 1 of a.md: column 5", error.Message);
    }

    [Fact]
    public void The_cursor_and_plain_ranges_are_read_in_file_then_text_order()
    {
        var fixture = Fixture.Parse("""
            //- b.md
            one two three
                    ^^^^^
                ^^^
            //- a.md
            x $0y
            |
            """);
        Assert.Equal(new FixtureCursor("a.md", 0, 2), fixture.Cursor);
        Assert.Equal("x y\n", fixture.Files[1].Text);
        Assert.Equal([("b.md", 0, 4, 7), ("b.md", 0, 8, 13), ("a.md", 0, 0, 0)],
            fixture.Ranges.Select(r => (r.Path, r.StartLine, r.StartColumn, r.EndColumn)));
        Assert.Equal([2, 3, 2], fixture.Markers.Select(m => m.SourceLine - fixture.Files.Single(f => f.Path == m.Path).HeaderLine));

        using var workspace = FixtureWorkspace.Create(fixture.Text, crlf: true);
        Assert.Equal(("a.md", 2), (workspace.CursorPath, workspace.CursorOffset));
        Assert.Equal("one two three\r\n", workspace.Text("b.md"));
        Assert.Equal(["two", "three", ""], workspace.Ranges.Select(workspace.TextOf));
    }

    [Fact]
    public void A_file_section_holds_any_text_and_a_fixture_may_have_no_cursor()
    {
        var fixture = Fixture.Parse(Fixture.File("people.yaml", "a: {name: A}") + Fixture.File("b.md", "text\n"));
        Assert.Equal(["a: {name: A}\n", "text\n"], fixture.Files.Select(f => f.Text));
        Assert.Null(fixture.Cursor);
        using var workspace = FixtureWorkspace.Create(fixture);
        Assert.Throws<InvalidOperationException>(() => workspace.CursorOffset);
        Assert.Empty(workspace.Ranges);
    }

    [Fact]
    public void Diagnostics_from_any_reporter_are_held_to_the_markers()
    {
        // As a server or CLI test would give them: lines and UTF-16 columns, severity and rule names.
        var fixture = Fixture.Parse("//- a.md\nsome text\n     ^^^^ warning misquote: close\n");
        Assert.Empty(FixtureDiagnostics.Compare(fixture, [new("a.md", 0, 5, 0, 9, "warning", "misquote", "too close")]));
        Assert.Equal(["missing:    a.md 1:6-1:10 warning misquote", "unexpected: a.md 1:6-1:10 error misquote: close"],
            FixtureDiagnostics.Compare(fixture, [new("a.md", 0, 5, 0, 9, "error", "misquote", "close")]));
        Assert.Equal(["message:    a.md 1:6-1:10 warning misquote says “far”, not “…close…”"],
            FixtureDiagnostics.Compare(fixture, [new("a.md", 0, 5, 0, 9, "warning", "misquote", "far")]));
        Assert.Equal(["missing:    a.md 1:6-1:10 warning misquote"], FixtureDiagnostics.Compare(fixture, []));
    }

    [Fact]
    public void A_workspace_deletes_itself_and_knows_its_uris()
    {
        string folder;
        using (var workspace = FixtureWorkspace.Create("//- sub/a.md\nx\n"))
        {
            folder = workspace.Folder;
            Assert.True(File.Exists(workspace.PathOf("sub/a.md")));
            Assert.Equal(new Uri(workspace.PathOf("sub/a.md")).AbsoluteUri, workspace.UriOf("sub/a.md"));
            Assert.EndsWith("/", workspace.RootUri);
            Assert.Equal("x\n", workspace.Read("sub/a.md"));
        }
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void A_diagnostic_nobody_marked_fails_the_fixture()
    {
        var text = Misquote[..Misquote.LastIndexOf('\n')];
        var failure = Assert.Throws<XunitException>(() => Run(text));
        Assert.Contains($"unexpected: article.md 1:2-1:{2 + Quote.Length} warning misquote", failure.Message);
    }

    [Fact]
    public void A_marked_diagnostic_that_does_not_come_fails_the_fixture()
    {
        var failure = Assert.Throws<XunitException>(() => Run(Misquote.Replace("closing", "tightening").Replace("^ warning", "^^^^ warning")));
        Assert.Contains($"missing:    article.md 1:2-1:{5 + Quote.Length} warning misquote", failure.Message);
    }

    [Theory]
    [InlineData(1, "warning misquote", "missing")]
    [InlineData(0, "error misquote", "missing")]
    [InlineData(0, "warning misquote: loosening", "message")]
    [InlineData(0, "warning misquote\n " + "^ verdict verified", "verdict")]
    public void A_wrong_range_severity_message_or_verdict_fails_the_fixture(int shorter, string marker, string failure)
    {
        var right = new string('^', Quote.Length) + " warning misquote: tightening";
        var text = Misquote.Replace(right, new string('^', Quote.Length - shorter) + " " + marker);
        var error = Assert.Throws<XunitException>(() => Run(text));
        Assert.Contains(failure + ":", error.Message);
    }

    [Fact]
    public void Files_are_written_with_their_options()
    {
        var fixture = Fixture.Parse("""
            //- crlf.md crlf
            one
            two
            //- latin1.txt escapes
            caf\xE9
            //- big.txt size=100
            0123456789
            //- ../outside.txt
            out
            //- link.txt link=crlf.md
            """, "t");
        using var workspace = FixtureWorkspace.Create(fixture);
        Assert.Equal("one\r\ntwo\r\n", File.ReadAllText(workspace.PathOf("crlf.md")));
        Assert.Equal([(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'\n'], File.ReadAllBytes(workspace.PathOf("latin1.txt")));
        Assert.Equal("caf\uFFFD\n", workspace.LinesOf("latin1.txt").Text);
        Assert.Equal(110, new FileInfo(workspace.PathOf("big.txt")).Length);
        Assert.Equal(Path.Combine(workspace.Folder, "outside.txt"), workspace.PathOf("../outside.txt"));
        Assert.True(File.Exists(workspace.PathOf("../outside.txt")));
        Assert.Equal("crlf.md", new FileInfo(workspace.PathOf("link.txt")).LinkTarget);
        Assert.Equal(new TextSpan(5, 3), workspace.SpanOf(new FixtureMarker("crlf.md", FixtureMarkerKind.Diagnostic, 1, 0, 1, 3, "error", "misquote", null, null, null, 3, 3)));
    }

    [Fact]
    [Trait("needs", "shared")]
    public void Seed_files_follow_their_body_verbatim()
    {
        var fixture = Fixture.Parse("//- sources/dawn.txt seed=dawn-2019-01-24.txt\n---\nid: dawn\n---\n", "t");
        using var workspace = FixtureWorkspace.Create(fixture);
        var text = File.ReadAllText(workspace.PathOf("sources/dawn.txt"), Encoding.UTF8);
        Assert.Equal("---\nid: dawn\n---\n" + Matching.TestSources.DawnText, text);
    }

    private static void Run(string text)
    {
        var fixture = FixtureRunner.Parse(text, "t");
        using var workspace = FixtureWorkspace.Create(fixture);
        FixtureRunner.Check(fixture, workspace, workspace.Load());
    }
}
