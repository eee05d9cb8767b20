using System.Text.RegularExpressions;
using FactLsp.Cli.Tests.Infrastructure;

namespace FactLsp.Cli.Tests;

/// <summary>The text format: <c>file:line:col: severity rule: message</c>, 1-based lines and UTF-16 columns, related places indented under it, then a summary.</summary>
public partial class TextFormatTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public async Task Each_finding_is_one_line_with_1_based_line_and_UTF16_column(string lineEnd)
    {
        // The emoji before the quote takes two UTF-16 code units, as LSP columns count it.
        using var ws = TempWorkspace.WithFindings(lineEnd: lineEnd, beforeQuote: "🙂 ");
        var result = await InProcessCli.RunAsync("check", ws.Root);

        var article = ws["article.md"];
        var misquoteColumn = "🙂 Khalil said [".Length + 1;
        Assert.Equal(4, "🙂 ".Length + 1);
        Assert.Equal(
            [
                $"{article}:4:{misquoteColumn}: warning misquote: Misquote (85 % similar): 'briefing' says “Geographically, the noose is tightening around IS”.",
                $"    {ws["sources/briefing.txt"]}:1:15: The passage in 'briefing'.",
                $"{article}:5:66: error unknown-speaker: No one is registered as 'kalil'. Did you mean 'khalil'?",
                "1 error, 1 warning, 0 infos, 0 hints in 3 files checked.",
            ],
            result.StdoutLines);
        foreach (var line in result.StdoutLines.Where(l => !l.StartsWith(' ') && l.Contains(": ")).SkipLast(1))
        {
            Assert.Matches(FindingLine(), line);
        }
    }

    [Fact]
    public async Task The_summary_counts_each_severity_in_words()
    {
        using var ws = TempWorkspace.WithFindings();
        ws.Write("more.md", string.Join("\n",
            "[“a”]{.quote by=nobody src=briefing}",
            "[“b”]{.quote by=khalil src=nowhere}",
            "[a claim]{.claim}",
            "[the noose]{.claim src=briefing status=false}",
            "[“Geographically … around IS.”]{.quote by=khalil src=briefing}",
            "Trump said \"we have won against ISIS\".",
            ""));
        ws.Write("factlsp.yaml", "rules:\n  unattributed-quote: info\n");
        var result = await InProcessCli.RunAsync("check", ws.Root);
        Assert.Equal("4 errors, 3 warnings, 1 info, 1 hint in 5 files checked.", result.StdoutLines[^1]);
    }

    [GeneratedRegex(@"^(?<path>.+):(?<line>[1-9]\d*):(?<column>[1-9]\d*): (?<severity>error|warning|info|hint) (?<rule>[a-z]+(?:-[a-z]+)*): (?<message>\S.*)$")]
    internal static partial Regex FindingLine();
}
