using System.Text.Json;
using FactLsp.Cli.Tests.Infrastructure;

namespace FactLsp.Cli.Tests;

/// <summary><c>--output FILE</c>: the report goes to the file, not standard output; the exit code is the same.</summary>
public class OutputFileTests
{
    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    public async Task The_report_is_written_to_the_file(string format)
    {
        using var ws = TempWorkspace.WithFindings();
        var onStdout = await InProcessCli.RunAsync("check", ws.Root, "--format", format);
        var file = Path.Combine(ws.Root, "reports", $"report.{format}");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);

        var result = await InProcessCli.RunAsync("check", ws.Root, "--format", format, "--output", file);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal(onStdout.Stdout, File.ReadAllText(file));
        if (format == "text")
        {
            Assert.Equal("", result.Stderr);
        }
        else
        {
            // A machine report in a file still tells the person at the terminal how it went.
            Assert.Equal("1 error, 1 warning, 0 infos, 0 hints in 3 files checked.", result.Stderr.TrimEnd());
            using var _ = JsonDocument.Parse(File.ReadAllText(file));
        }
    }

    [Fact]
    public async Task An_existing_file_is_replaced()
    {
        using var ws = TempWorkspace.WithFindings(error: false);
        var file = Path.Combine(ws.Root, "report.json");
        File.WriteAllText(file, new string('x', 100_000));
        var result = await InProcessCli.RunAsync("check", ws.Root, "-f", "json", "-o", file);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
    }
}
