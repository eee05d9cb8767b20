using System.Text;
using FactLsp.Cli;

namespace FactLsp.Cli.Tests.Infrastructure;

/// <summary>What one run of <c>factlsp</c> did: its exit code and what it wrote.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}--- stderr\n{Stderr}";
}

/// <summary>
/// Runs <c>factlsp</c> in-process, as <c>Program.Main</c> does, with its own output and error in place of
/// the process's, so tests run side by side.
/// </summary>
internal static class InProcessCli
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var exitCode = await CommandLine.RunAsync(args, new CliConsole(output, error, ErrorIsTerminal: false));
        return new CliResult(exitCode, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    /// <summary>The repository's examples/ folder, found above the test binaries.</summary>
    public static string ExamplesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "examples");
            if (File.Exists(Path.Combine(candidate, "factlsp.yaml")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("No examples/ folder above " + AppContext.BaseDirectory);
    }
}
