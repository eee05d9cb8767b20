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
        var cache = new Option<bool>("--cache") { Description = "Reuse the findings of articles unchanged since the last check (theirs, their sources', the people registry's and factlsp.yaml's content), kept in the workspace's .factlsp/cache/." };
        var cacheLocation = new Option<string?>("--cache-location") { Description = "The folder for --cache's files instead of each workspace's .factlsp/cache/ (implies --cache)." };
        var shard = ShardOption.Create();

        var check = new Command("check", "Check every quote and claim of the workspace against its sources.")
        {
            paths, format, output, warningsAsErrors, noProgress, cache, cacheLocation, shard,
        };
        check.SetAction((result, cancellationToken) => CheckCommand.RunAsync(new CheckOptions(
            result.GetValue(paths) ?? [],
            result.GetValue(format) ?? "text",
            result.GetValue(output),
            result.GetValue(warningsAsErrors),
            !result.GetValue(noProgress),
            result.GetValue(cache) || result.GetValue(cacheLocation) is not null,
            result.GetValue(cacheLocation) is { } location ? Path.GetFullPath(location) : null) { Shard = result.GetValue(shard) }, console, cancellationToken));

        var serve = new Command("serve", "Run the language server over standard input and output (LSP 3.17).");
        var stdio = new Option<bool>("--stdio") { Description = "Accepted for editors that pass it; stdio is the only transport." };
        serve.Add(stdio);
        serve.SetAction((_, cancellationToken) =>
        {
            ReserveThreadsForTheConnection();
            Server.Workspace.CheckWarmUp.Start();
            return LanguageServerHost.RunAsync(
                Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error,
                new LanguageServerOptions(), cancellationToken);
        });

        var source = SourceCommand(console);

        var root = new RootCommand("FactLsp keeps quotations honest: it checks every annotated quote against its source, word for word, and who said it.")
        {
            check, serve, source, MergeSarifCommand.Create(console),
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
            await console.Error.WriteLineAsync("factlsp: say what to do: 'factlsp check [PATH…]', 'factlsp source add URL|FILE…' or 'factlsp serve' (see 'factlsp --help')");
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

    /// <summary><c>source add URL|FILE…</c>: import web pages, PDFs and text files as sources.</summary>
    private static Command SourceCommand(CliConsole console)
    {
        var inputs = new Argument<string[]>("URL|FILE")
        {
            Description = "http(s) URLs of pages or PDFs, or local .html, .htm, .pdf, .txt or .md files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var id = new Option<string?>("--id") { Description = "The id to cite the source by (default: from publisher, date and title)." };
        var kind = new Option<string?>("--kind") { Description = "The source's kind (default: transcript for labelled turns, document for a PDF, else article)." };
        kind.AcceptOnlyFromAmong(Core.Import.SourceImporter.Kinds);
        var speaker = new Option<string?>("--speaker") { Description = "Whose words a statement, speech or post is (a people id)." };
        var workspace = new Option<string?>("--workspace") { Description = "The workspace folder (default: the one holding the current folder)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the source file that would be written; write nothing." };
        var force = new Option<bool>("--force") { Description = "Replace a source file that already exists." };
        var timeout = new Option<double>("--timeout")
        {
            Description = "Seconds a fetch may take, headers and body (default 30).",
            DefaultValueFactory = _ => 30,
        };
        var add = new Command("add", "Import web pages, PDFs and text files into sources/ and print the id to cite.")
        {
            inputs, id, kind, speaker, workspace, dryRun, force, timeout,
        };
        add.SetAction((result, cancellationToken) => SourceAddCommand.RunAsync(new SourceAddOptions(
            result.GetValue(inputs) ?? [],
            result.GetValue(id),
            result.GetValue(kind),
            result.GetValue(speaker),
            result.GetValue(workspace),
            result.GetValue(dryRun),
            result.GetValue(force),
            TimeSpan.FromSeconds(Math.Max(0.1, result.GetValue(timeout)))), console, cancellationToken));
        return new Command("source", "Manage sources: 'source add URL|FILE…' imports pages and files.") { add };
    }

    /// <summary>
    /// Checking runs parallel loops that block pool threads (on shared lazy work, each source built
    /// once); without spare threads the JSON-RPC writes queue behind them and the first diagnostics
    /// and progress reports wait for the whole index. A few more threads keep the connection
    /// answering. Set here, where `serve` owns the process, not in the server host, which tests run
    /// in their own process beside other tests.
    /// </summary>
    private static void ReserveThreadsForTheConnection()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount * 4), io);
    }

    /// <summary>System.CommandLine lists choices one per line ("Must be one of:\n\t'text'…"); the reason on stderr is one line.</summary>
    private static string OneLine(string message)
    {
        var lines = message.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Count <= 1 ? string.Join(string.Empty, lines) : lines[0] + " " + string.Join(", ", lines.Skip(1));
    }
}
