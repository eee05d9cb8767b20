using FactLsp.Cli.Tests.Infrastructure;

namespace FactLsp.Cli.Tests;

/// <summary>Exit codes: 0 no errors; 1 errors (or warnings with --warnings-as-errors); 2 bad usage or an unreadable path, with a one-line reason.</summary>
public class ExitCodeTests
{
    [Fact]
    public async Task A_workspace_without_findings_exits_0()
    {
        using var ws = new TempWorkspace(
            ("people.yaml", "khalil: {name: Redur Khalil, aliases: [Khalil]}\n"),
            ("sources/briefing.txt", "Khalil said: “The noose is tightening.”\n"),
            ("article.md", "[“The noose is tightening.”]{.quote by=khalil src=briefing}\n"));
        var result = await InProcessCli.RunAsync("check", ws.Root, "--warnings-as-errors");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["0 errors, 0 warnings, 0 infos, 0 hints in 3 files checked."], result.StdoutLines);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task Warnings_alone_exit_0_and_1_with_warnings_as_errors()
    {
        using var ws = TempWorkspace.WithFindings(error: false);
        var lenient = await InProcessCli.RunAsync("check", ws.Root);
        Assert.True(lenient.ExitCode == 0, lenient.ToString());
        Assert.Contains("warning misquote", lenient.Stdout);

        var strict = await InProcessCli.RunAsync("check", "--warnings-as-errors", ws.Root);
        Assert.True(strict.ExitCode == 1, strict.ToString());
        Assert.Equal(lenient.Stdout, strict.Stdout);
    }

    [Fact]
    public async Task Errors_exit_1()
    {
        using var ws = TempWorkspace.WithFindings();
        var result = await InProcessCli.RunAsync("check", ws.Root);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("error unknown-speaker", result.Stdout);
    }

    [Fact]
    public async Task An_error_turned_off_in_factlsp_yaml_does_not_fail_the_check()
    {
        using var ws = TempWorkspace.WithFindings();
        ws.Write("factlsp.yaml", "rules:\n  unknown-speaker: off\n  misquote: info\n");
        var result = await InProcessCli.RunAsync("check", ws.Root, "--warnings-as-errors");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("info misquote", result.Stdout);
        Assert.DoesNotContain("unknown-speaker", result.Stdout);
    }

    [Theory]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--output")]
    [InlineData("chekc")]
    [InlineData("check", "--warnings-as-errors=maybe")]
    public async Task Bad_usage_exits_2_with_a_one_line_reason(params string[] args)
    {
        var result = await InProcessCli.RunAsync(args);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("", result.Stdout);
        Assert.StartsWith("factlsp: ", result.Stderr);
        Assert.Single(result.Stderr.TrimEnd('\n', '\r').Split('\n'));
    }

    [Fact]
    public async Task No_command_at_all_exits_2_saying_what_to_do()
    {
        var result = await InProcessCli.RunAsync();
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("factlsp: say what to do: 'factlsp check [PATH…]', 'factlsp source add URL|FILE…' or 'factlsp serve' (see 'factlsp --help')", result.Stderr.TrimEnd());
    }

    [Fact]
    public async Task A_path_that_cannot_be_read_exits_2_and_checks_nothing()
    {
        using var ws = TempWorkspace.WithFindings();
        var missing = Path.Combine(ws.Root, "no-such-folder");
        var result = await InProcessCli.RunAsync("check", ws.Root, missing);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal($"factlsp: cannot read '{missing}': no such file or folder.", result.Stderr.TrimEnd());
    }

    [Fact]
    public async Task An_output_file_that_cannot_be_written_exits_2()
    {
        using var ws = TempWorkspace.WithFindings();
        var output = Path.Combine(ws.Root, "no-such-folder", "report.json");
        var result = await InProcessCli.RunAsync("check", ws.Root, "--format", "json", "--output", output);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"factlsp: cannot write '{output}': ", result.Stderr);
        Assert.Single(result.Stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Help_exits_0_on_stdout()
    {
        var result = await InProcessCli.RunAsync("check", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("check [<PATH>...] [options]", result.Stdout);
        Assert.Contains("--warnings-as-errors", result.Stdout);
        Assert.Contains("--format", result.Stdout);
    }

    [Fact]
    public async Task A_file_path_checks_that_file_of_its_workspace_only()
    {
        using var ws = TempWorkspace.WithFindings();
        ws.Write("other.md", "[“x”]{.quote by=nobody src=nowhere}\n");
        var result = await InProcessCli.RunAsync("check", ws["article.md"]);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.DoesNotContain("other.md", result.Stdout);
        Assert.Contains("misquote", result.Stdout);
        Assert.EndsWith("in 1 file checked.", result.StdoutLines[^1]);
    }
}
