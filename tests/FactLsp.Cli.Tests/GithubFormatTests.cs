using FactLsp.Cli.Tests.Infrastructure;

namespace FactLsp.Cli.Tests;

/// <summary>
/// <c>--format github</c>: GitHub Actions workflow commands, one per finding
/// (<c>::error file=…,line=…,endLine=…,col=…,endColumn=…,title=…::message</c>), then the summary.
/// </summary>
public class GithubFormatTests
{
    [Fact]
    public async Task Each_finding_is_one_workflow_command_with_its_range_and_rule()
    {
        using var ws = TempWorkspace.WithFindings();
        var result = await InProcessCli.RunAsync("check", ws.Root, "--format", "github");
        Assert.True(result.ExitCode == 1, result.ToString());

        var article = ws["article.md"].Replace(":", "%3A").Replace(",", "%2C");
        var briefing = ws["sources/briefing.txt"];
        Assert.Equal(
            [
                $"::warning file={article},line=4,endLine=4,col=14,endColumn=63,title=FactLsp misquote::Misquote (85 %25 similar): 'briefing' says “Geographically, the noose is tightening around IS”.%0A{briefing}:1:15: The passage in 'briefing'.",
                $"::error file={article},line=5,endLine=5,col=66,endColumn=71,title=FactLsp unknown-speaker::No one is registered as 'kalil'. Did you mean 'khalil'?",
                "1 error, 1 warning, 0 infos, 0 hints in 3 files checked.",
            ],
            result.StdoutLines);
    }

    [Fact]
    public async Task Infos_and_hints_are_notices()
    {
        using var ws = TempWorkspace.WithFindings(error: false);
        ws.Write("factlsp.yaml", "rules:\n  misquote: info\n");
        var result = await InProcessCli.RunAsync("check", ws.Root, "--format", "github");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("::notice file=", result.StdoutLines[0]);
        Assert.Contains(",title=FactLsp misquote::", result.StdoutLines[0]);
    }

    [Fact]
    public async Task A_clean_workspace_writes_only_the_summary()
    {
        using var ws = new TempWorkspace(
            ("people.yaml", "khalil: {name: Redur Khalil, aliases: [Khalil]}\n"),
            ("sources/briefing.txt", "Khalil said: “The noose is tightening.”\n"),
            ("article.md", "[“The noose is tightening.”]{.quote by=khalil src=briefing}\n"));
        var result = await InProcessCli.RunAsync("check", ws.Root, "--format", "github");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["0 errors, 0 warnings, 0 infos, 0 hints in 3 files checked."], result.StdoutLines);
    }

    [Theory]
    [InlineData("50% of: a, b\r\nnext", "50%25 of: a, b%0D%0Anext", "50%25 of%3A a%2C b%0D%0Anext")]
    [InlineData("plain", "plain", "plain")]
    public void Messages_and_properties_are_escaped_as_GitHub_reads_them(string raw, string data, string property)
    {
        Assert.Equal(data, GithubReportWriter.Data(raw));
        Assert.Equal(property, GithubReportWriter.Property(raw));
    }
}
