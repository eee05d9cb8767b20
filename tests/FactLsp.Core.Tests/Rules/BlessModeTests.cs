using Xunit.Sdk;

namespace FactLsp.Core.Tests.Rules;

/// <summary>
/// Bless mode (<see cref="Bless"/>) on temporary copies: a fixture whose diagnostic markers are wrong is
/// rewritten and then holds; an expected dump in a source file is rewritten and then holds; without
/// bless mode both fail with a diff.
/// </summary>
public sealed class BlessModeTests : IDisposable
{
    private readonly FixtureWorkspace _copies = FixtureWorkspace.Empty();

    public void Dispose() => _copies.Dispose();

    [Fact]
    public void A_fixture_with_wrong_diagnostics_is_rewritten_and_then_holds()
    {
        var original = File.ReadAllText(Path.Combine(FixtureRunner.Folder, "misquote.fixture.md")).Replace("\r\n", "\n");
        // One marker dropped, one fragment that no longer matches, one marker for a diagnostic that does not come.
        var wrong = original
            .Replace("             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning misquote: 'briefing' says “Geographically, the noose is tightening around IS”.\n", string.Empty)
            .Replace(" warning misquote\n", " warning misquote: loosening\n")
            .Replace("src=briefing}.\n                              ^", "src=briefing}.\n^^ hint unknown-source: nobody\n                              ^");
        Assert.NotEqual(original, wrong);
        _copies.Write("misquote.fixture.md", wrong);
        var copy = _copies.PathOf("misquote.fixture.md");

        var failure = Assert.Throws<XunitException>(() => FixtureRunner.Run(FixtureRunner.Parse(wrong, "copy"), []));
        Assert.Contains("missing:    article.md 5:1-5:3 hint unknown-source", failure.Message);
        Assert.Contains("FACTLSP_BLESS=1", failure.Message);
        Assert.Contains("- ^^ hint unknown-source: nobody", failure.Message);

        FixtureRunner.Run(FixtureRunner.Parse(wrong, "copy"), [copy]);
        var blessed = File.ReadAllText(copy);
        Assert.DoesNotContain("unknown-source", blessed);
        Assert.DoesNotContain("loosening", blessed);
        // The markers added carry the whole message.
        Assert.Matches("\n {13}\\^{49} warning misquote: .*'briefing' says “Geographically, the noose is tightening around IS”\\.\n", blessed);
        Assert.Matches("\n {30}\\^{28} warning misquote: .*'briefing' says “the noose is tightening”", blessed);
        // The related and verdict markers stay as written, and the blessed fixture holds without bless mode.
        Assert.Contains("verdict misquote attributed-to redur-khalil", blessed);
        FixtureRunner.Run(FixtureRunner.Parse(blessed, "blessed"), []);
        // A fixture that holds is left as it is.
        FixtureRunner.Run(FixtureRunner.Parse(original, "original"), [copy]);
        Assert.Equal(blessed, File.ReadAllText(copy));
    }

    [Fact]
    public void A_diagnostic_over_lines_is_blessed_with_an_opened_range()
    {
        var fixture = """
            //- people.yaml
            khalil: {name: Redur Khalil, aliases: [Khalil]}

            //- sources/briefing.txt
            Khalil said: “The noose is tightening around IS.”

            //- article.md
            Khalil said [“The noose is
            closing around IS.”]{.quote by=khalil src=briefing}
            """;
        _copies.Write("wrapped.fixture.md", fixture);
        FixtureRunner.Run(FixtureRunner.Parse(fixture, "wrapped"), [_copies.PathOf("wrapped.fixture.md")]);
        var blessed = File.ReadAllText(_copies.PathOf("wrapped.fixture.md"));
        Assert.Contains("\n             ^> error quote-not-found: ", blessed);
        Assert.Contains("\n" + new string('^', "closing around IS.”".Length) + "<", blessed);
        FixtureRunner.Run(FixtureRunner.Parse(blessed, "blessed"), []);
    }

    [Fact]
    public void An_expected_dump_in_a_source_file_is_rewritten_and_then_holds()
    {
        const string Source = "class T\n{\n    void M() =>\n        Check(\n            \"input\",\n            \"\"\"\n            old line\n              indented\n            \"\"\");\n}\n";
        _copies.Write("T.cs", Source);
        var file = _copies.PathOf("T.cs");
        const string Actual = "new line\n  still indented\n\nafter a blank";

        var failure = Assert.Throws<ExpectationException>(() => Expect.Equal("old line\n  indented", Actual, bless: false, file, 4));
        Assert.Contains("- old line", failure.Message);
        Assert.Contains("+ new line", failure.Message);

        Expect.Equal("\nold line\n  indented\n", Actual, bless: true, file, 4);
        var rewritten = File.ReadAllText(file);
        Assert.Equal(Source.Replace("            old line\n              indented\n", "            new line\n              still indented\n\n            after a blank\n"), rewritten);
        // Read back as the compiler reads the literal: the closing quotes' indentation removed.
        var literal = string.Join('\n', rewritten.Split('\n')[6..10].Select(l => l.Length == 0 ? l : l[12..]));
        Expect.Equal(literal, Actual, bless: false, file, 4);
        Assert.Throws<ExpectationException>(() => Expect.Equal("not in the file", Actual, bless: true, file, 4));
    }
}
