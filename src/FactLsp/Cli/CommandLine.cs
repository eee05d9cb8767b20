using System.CommandLine;
using FactLsp.Server;

namespace FactLsp.Cli;

/// <summary>The command line, parsed with System.CommandLine. Bad usage exits 2 with a one-line reason.</summary>
internal static class CommandLine
{
    public const int ExitOk = 0;
    public const int ExitFindings = 1;
    public const int ExitUsage = 2;

    public static async Task<int> RunAsync(string[] args, CliConsole? console = null)
    {
        console ??= CliConsole.Standard();
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Workspace folders or files to check (default: the current folder).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (file:line:col: severity rule: message), json, sarif (SARIF 2.1.0) or github (GitHub Actions annotations).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Exit 1 when there are warnings, not only errors." };
        var noProgress = new Option<bool>("--no-progress") { Description = "Never show progress on standard error." };

        var check = new Command("check", "Check every quote and claim of the workspace against its sources.")
        {
            paths, format, output, warningsAsErrors, noProgress,
        };
        check.SetAction((result, cancellationToken) => CheckCommand.RunAsync(new CheckOptions(
            result.GetValue(paths) ?? [],
            result.GetValue(format) ?? "text",
            result.GetValue(output),
            result.GetValue(warningsAsErrors),
            !result.GetValue(noProgress)), console, cancellationToken));

        var serve = new Command("serve", "Run the language server over standard input and output (LSP 3.17).");
        var stdio = new Option<bool>("--stdio") { Description = "Accepted for editors that pass it; stdio is the only transport." };
        serve.Add(stdio);
        serve.SetAction((_, cancellationToken) => LanguageServerHost.RunAsync(
            Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error,
            new LanguageServerOptions { DiagnosticsProvider = new Server.Diagnostics.CoreDiagnosticsProvider() }, cancellationToken));

        var root = new RootCommand("FactLsp keeps quotations honest: it checks every annotated quote against its source, word for word, and who said it.")
        {
            check, serve,
        };
        // The built-in --version prints the entry assembly's version (the test host's when run in
        // process); this prints FactLsp's, to the console it was given.
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new PrintVersionAction(console);
        }

        // Before parsing: System.CommandLine would only say "Required command was not provided".
        if (args.Length == 0)
        {
            await console.Error.WriteLineAsync("factlsp: say what to do: 'factlsp check [PATH…]' or 'factlsp serve' (see 'factlsp --help')");
            return ExitUsage;
        }
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            await console.Error.WriteLineAsync($"factlsp: {OneLine(parsed.Errors[0].Message)} (see 'factlsp --help')");
            return ExitUsage;
        }
        await using var help = new StreamWriter(console.Output, leaveOpen: true) { AutoFlush = true };
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = help, Error = console.Error });
    }

    /// <summary>System.CommandLine lists choices one per line ("Must be one of:\n\t'text'…"); the reason on stderr is one line.</summary>
    private static string OneLine(string message)
    {
        var lines = message.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Count <= 1 ? string.Join(string.Empty, lines) : lines[0] + " " + string.Join(", ", lines.Skip(1));
    }
}
