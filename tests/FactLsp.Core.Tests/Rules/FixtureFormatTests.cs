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
        var fixture = Fixture.Parse("t", Misquote);
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
        var fixture = Fixture.Parse("t", """
            //- a.md
            first line
              | error invalid-yaml
            second
              ^^^> related misquote: why
            third line
            ^^^^^<
              ^^ verdict verified attributed-to nobody
            """);
        var markers = fixture.Markers.ToList();
        Assert.Equal(3, markers.Count);
        Assert.Equal((0, 2, 0, 2), (markers[0].StartLine, markers[0].StartColumn, markers[0].EndLine, markers[0].EndColumn));
        Assert.Equal((FixtureMarkerKind.Related, 1, 2, 2, 5, "why"), (markers[1].Kind, markers[1].StartLine, markers[1].StartColumn, markers[1].EndLine, markers[1].EndColumn, markers[1].Fragment));
        Assert.Equal((FixtureMarkerKind.Verdict, "verified", "nobody", 2, 2), (markers[2].Kind, markers[2].Verdict, markers[2].AttributedTo, markers[2].StartLine, markers[2].StartColumn));
    }

    [Theory]
    [InlineData("//- a.md\ntext\n  ^^ loud misquote")]
    [InlineData("//- a.md\ntext\n  ^^ error no-such-rule")]
    [InlineData("//- a.md\ntext\n  ^^> error misquote")]
    [InlineData("no header at all")]
    public void Malformed_fixtures_are_refused(string text) =>
        Assert.Throws<FormatException>(() => Fixture.Parse("t", text));

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
        var fixture = Fixture.Parse("t", """
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
            """);
        using var workspace = FixtureWorkspace.Write(fixture);
        Assert.Equal("one\r\ntwo\r\n", File.ReadAllText(workspace.FullPath("crlf.md")));
        Assert.Equal([(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'\n'], File.ReadAllBytes(workspace.FullPath("latin1.txt")));
        Assert.Equal("caf\uFFFD\n", workspace.LinesOf("latin1.txt").Text);
        Assert.Equal(110, new FileInfo(workspace.FullPath("big.txt")).Length);
        Assert.Equal(Path.Combine(workspace.Folder, "outside.txt"), workspace.FullPath("../outside.txt"));
        Assert.True(File.Exists(workspace.FullPath("../outside.txt")));
        Assert.Equal("crlf.md", new FileInfo(workspace.FullPath("link.txt")).LinkTarget);
        Assert.Equal(new TextSpan(5, 3), workspace.SpanOf(new FixtureMarker("crlf.md", FixtureMarkerKind.Diagnostic, 1, 0, 1, 3, "error", "misquote", null, null, null)));
    }

    [Fact]
    [Trait("needs", "shared")]
    public void Seed_files_follow_their_body_verbatim()
    {
        var fixture = Fixture.Parse("t", "//- sources/dawn.txt seed=dawn-2019-01-24.txt\n---\nid: dawn\n---\n");
        using var workspace = FixtureWorkspace.Write(fixture);
        var text = File.ReadAllText(workspace.FullPath("sources/dawn.txt"), Encoding.UTF8);
        Assert.Equal("---\nid: dawn\n---\n" + Matching.TestSources.DawnText, text);
    }

    private static void Run(string text)
    {
        var fixture = Fixture.Parse("t", text);
        using var workspace = FixtureWorkspace.Write(fixture);
        FixtureRunner.Check(fixture, workspace, workspace.Load());
    }
}
