using System.Diagnostics;
using FactLsp.Cli.Tests.Infrastructure;

namespace FactLsp.Cli.Tests;

/// <summary>The built <c>factlsp check</c> as CI runs it: a child process, its exit code, its standard output and error.</summary>
public class ChildProcessTests
{
    private static async Task<CliResult> RunAsync(string workingDirectory, params string[] args)
    {
        // The project reference copies factlsp.dll next to the test assembly.
        var dll = Path.Combine(AppContext.BaseDirectory, "factlsp.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing.");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Check_of_the_examples_exits_1_with_paths_relative_to_the_current_folder()
    {
        var repository = Path.GetDirectoryName(InProcessCli.ExamplesFolder())!;
        var result = await RunAsync(repository, "check", "examples");
        Assert.True(result.ExitCode == 1, result.ToString());
        // Standard error is no terminal here: no progress line, nothing at all.
        Assert.Equal("", result.Stderr);
        var findings = result.StdoutLines.Where(l => !l.StartsWith(' ')).SkipLast(1).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, l => Assert.Matches(TextFormatTests.FindingLine(), l));
        Assert.All(findings, l => Assert.StartsWith("examples/articles/first-draft.md:", l));
        Assert.Matches(@"^\d+ errors?, \d+ warnings?, \d+ infos?, \d+ hints? in 6 files checked\.$", result.StdoutLines[^1]);
    }

    [Fact]
    public async Task Bad_usage_exits_2_with_one_line_on_stderr()
    {
        var result = await RunAsync(AppContext.BaseDirectory, "check", "--format", "yaml");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal("factlsp: Argument 'yaml' not recognized. Must be one of: 'text', 'json', 'sarif', 'github' (see 'factlsp --help')", result.Stderr.TrimEnd());
    }

    [Fact]
    public async Task Version_is_the_declared_version_on_one_line()
    {
        var result = await RunAsync(AppContext.BaseDirectory, "--version");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([VersionTests.DeclaredVersion()], result.StdoutLines);
        Assert.Equal("", result.Stderr);
    }
}
