using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FactLsp.Benchmarks.Generation;
using FactLsp.Benchmarks.Lsp;

namespace FactLsp.Benchmarks.Drivers;

/// <summary>
/// <c>lsp-driver [--dir DIR] [--index-runs N] [--edits N] [--samples N] [generator options]</c>:
/// the server's speed figures. Starts the built server (<c>dotnet src/FactLsp/bin/Release/net10.0/factlsp.dll
/// serve</c>) on the generated workspace, speaks LSP over its standard streams as an editor does, and
/// prints p50 and p95 of: time to index, edit-to-diagnostics on the 5,000-word article, hover,
/// definition, references and rename of the speaker quoted in every article, and the server's peak
/// memory. A method the server does not know (-32601) is skipped and reported as such.
/// </summary>
internal static class LspDriver
{
    internal static readonly TimeSpan IndexTimeout = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(2);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = GeneratorOptions.Parse(args, out var rest);
        var dir = CheckDriver.Option(rest, "--dir") ?? Path.Combine(Path.GetTempPath(), "factlsp-bench", "check");
        var indexRuns = int.Parse(CheckDriver.Option(rest, "--index-runs") ?? "3", CultureInfo.InvariantCulture);
        var edits = int.Parse(CheckDriver.Option(rest, "--edits") ?? "40", CultureInfo.InvariantCulture);
        var samples = int.Parse(CheckDriver.Option(rest, "--samples") ?? "100", CultureInfo.InvariantCulture);
        var dll = Figures.FactLspDll();
        if (dll is null)
        {
            Console.Error.WriteLine("Build the server first: dotnet build src/FactLsp/FactLsp.csproj -c Release");
            return 2;
        }
        // --server PATH: a published binary (scripts/publish.sh, ReadyToRun as users install it) in place of the plain build.
        var binary = CheckDriver.Option(rest, "--server") is { } given ? Path.GetFullPath(given) : null;
        if (binary is not null && !File.Exists(binary))
        {
            Console.Error.WriteLine($"No server binary at {binary}: build one with scripts/publish.sh --no-archive host");
            return 2;
        }
        Func<LspClient> startServer = binary is null ? () => LspClient.Start(dll, "serve") : () => LspClient.StartCommand(binary, ["serve"]);
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; server: {(binary is null ? $"dotnet {dll}" : binary)} serve");
        var workspace = WorkspaceGenerator.Ensure(dir, options, Console.Out);
        if (workspace.LongArticle is null)
        {
            Console.Error.WriteLine("The workspace has no long article (--long-article-words 0).");
            return 2;
        }

        if (!rest.Contains("--no-startup"))
        {
            await RestartFigures.RunAsync(startServer, workspace);
            if (rest.Contains("--startup-only"))
            {
                return 0;
            }
        }

        var table = new List<(string What, List<double> Ms, string Note)>();
        var index = new List<double>();
        var firstDiagnostics = new List<double>();
        LspClient? session = null;
        long? peak = null;
        for (var run = 1; run <= indexRuns; run++)
        {
            var client = startServer();
            var (progressEnd, firstPublish) = await IndexAsync(client, workspace, NoCache);
            index.Add(progressEnd);
            if (firstPublish is { } f)
            {
                firstDiagnostics.Add(f);
            }
            Console.WriteLine($"  index run {run}: $/progress end after {Figures.Ms(progressEnd)}" +
                              (firstPublish is { } fp ? $", first publishDiagnostics after {Figures.Ms(fp)}" : "") +
                              $"; server peak so far {Figures.MB(Figures.PeakResidentOf(client.ProcessId) ?? 0)}");
            if (run < indexRuns)
            {
                peak = Math.Max(peak ?? 0, Figures.PeakResidentOf(client.ProcessId) ?? 0);
                await client.ShutdownAsync(TimeSpan.FromSeconds(30));
                await client.DisposeAsync();
            }
            else
            {
                session = client;
            }
        }
        table.Add(("time to index (initialize → $/progress end)", index, $"{workspace.Articles.Count:N0} articles, {workspace.Sources.Count:N0} sources"));
        if (firstDiagnostics.Count > 0)
        {
            table.Add(("initialize → first publishDiagnostics", firstDiagnostics, ""));
        }

        await using (session)
        {
            var client = session!;
            var path = workspace.LongArticle;
            var uri = new Uri(workspace.FullPath(path)).AbsoluteUri;
            var text = File.ReadAllText(workspace.FullPath(path));
            var article = new ArticlePositions(text);
            var starQuote = article.Quotes.FirstOrDefault(q => q.Speaker == workspace.StarSpeaker);
            Console.WriteLine($"  long article {path}: {text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length:N0} words, {article.Quotes.Count} quotes");

            // Open, then type: each change waits for the diagnostics of its version.
            var version = 1;
            var opened = client.Expect("textDocument/publishDiagnostics", p => Is(p, uri, version), RequestTimeout);
            var clock = Stopwatch.StartNew();
            await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "markdown", version, text } });
            await opened;
            table.Add(("didOpen → publishDiagnostics (5,000-word article)", [clock.Elapsed.TotalMilliseconds], ""));

            // Typing while the first publication of the whole workspace is still going, then on a quiet server.
            var busyEdits = await TypeAsync(client, uri, article, edits / 2, version, settle: false);
            version += edits / 2;
            table.Add(("edit → its diagnostics, right after indexing", busyEdits.Times, $"{busyEdits.Publications:N1} files published per edit"));
            await client.WaitForQuietAsync("textDocument/publishDiagnostics", TimeSpan.FromSeconds(3), TimeSpan.FromMinutes(5));
            var quietEdits = await TypeAsync(client, uri, article, edits - edits / 2, version, settle: true);
            version += edits - edits / 2;
            table.Add(("edit → its diagnostics, server quiet", quietEdits.Times, $"{quietEdits.Publications:N1} files published per edit; includes the 150 ms debounce"));

            var quotes = article.Quotes;
            await Measure(client, table, "hover on a quote", "textDocument/hover", samples,
                i => new { textDocument = new { uri }, position = article.Position(quotes[i % quotes.Count].Words) }, Summarize.Hover);
            await Measure(client, table, "definition from a quote (onto the source's words)", "textDocument/definition", samples,
                i => new { textDocument = new { uri }, position = article.Position(quotes[i % quotes.Count].Words) }, Summarize.Locations);
            await Measure(client, table, "definition from a by= id (onto people.yaml)", "textDocument/definition", samples,
                i => new { textDocument = new { uri }, position = article.Position(quotes[i % quotes.Count].By) }, Summarize.Locations);
            if (starQuote is null)
            {
                Console.WriteLine($"  (the long article does not quote '{workspace.StarSpeaker}': references and rename skipped)");
            }
            else
            {
                var star = article.Position(starQuote.By);
                var few = Math.Max(5, samples / 5);
                await Measure(client, table, $"references of '{workspace.StarSpeaker}' (quoted {workspace.StarQuotes:N0} times)", "textDocument/references", few,
                    _ => new { textDocument = new { uri }, position = star, context = new { includeDeclaration = true } }, Summarize.Locations);
                await Measure(client, table, "prepareRename on that id", "textDocument/prepareRename", few,
                    _ => new { textDocument = new { uri }, position = star }, _ => "");
                await Measure(client, table, "rename of that id (the WorkspaceEdit, not applied)", "textDocument/rename", few,
                    _ => new { textDocument = new { uri }, position = star, newName = workspace.StarSpeaker + "-renamed" }, Summarize.Edits);
            }

            var hwm = Figures.PeakResidentOf(client.ProcessId);
            peak = Math.Max(peak ?? 0, hwm ?? 0);
            Console.WriteLine();
            Console.WriteLine($"{"",-58} {"p50",10} {"p95",10} {"n",5}");
            foreach (var (what, ms, note) in table)
            {
                Console.WriteLine($"  {what,-56} {Figures.Ms(Figures.Percentile(ms, 50)),10} {Figures.Ms(Figures.Percentile(ms, 95)),10} {ms.Count,5}  {note}");
            }
            Console.WriteLine($"  server peak resident set (VmHWM): {Figures.MB(hwm ?? 0)} in the measured session; {Figures.MB(peak ?? 0)} over all sessions");
            foreach (var (method, count) in client.NotificationCounts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"  server sent {count:N0} {method}");
            }
            foreach (var problem in client.ServerProblems.Take(5))
            {
                Console.WriteLine($"  server logged: {problem}");
            }
            await client.ShutdownAsync(TimeSpan.FromSeconds(30));
        }
        return 0;
    }

    /// <summary>
    /// Types a word at the start of the article's first paragraph and takes it out again, <paramref name="count"/>
    /// changes in all, each timed until the diagnostics of its version arrive. With <paramref name="settle"/>, each
    /// change waits for the server to fall quiet first, so it is measured alone.
    /// </summary>
    private static async Task<(List<double> Times, double Publications)> TypeAsync(LspClient client, string uri, ArticlePositions article, int count, int version, bool settle)
    {
        const string Word = "Meanwhile ";
        var times = new List<double>();
        var at = article.Position(article.EditOffset);
        var before = client.NotificationCounts.GetValueOrDefault("textDocument/publishDiagnostics");
        for (var i = 0; i < count; i++)
        {
            if (settle)
            {
                await client.WaitForQuietAsync("textDocument/publishDiagnostics", TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(1));
            }
            version++;
            // An even number of changes has gone before: even changes insert the word, odd ones remove it.
            object change = i % 2 == 0
                ? new { range = new { start = at, end = at }, text = Word }
                : new { range = new { start = at, end = article.Position(article.EditOffset + Word.Length) }, text = "" };
            var expected = version;
            var published = client.Expect("textDocument/publishDiagnostics", p => Is(p, uri, expected), RequestTimeout);
            var clock = Stopwatch.StartNew();
            await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { change } });
            await published;
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        var after = client.NotificationCounts.GetValueOrDefault("textDocument/publishDiagnostics");
        return (times, count == 0 ? 0 : (double)(after - before) / count);
    }

    /// <summary>initializationOptions that turn the on-disk cache off: the index runs measure a cold start.</summary>
    internal static readonly object NoCache = new { cache = new { enabled = false } };

    /// <summary>initialize → initialized, then waits for the end of the indexing progress; also notes the first diagnostics.</summary>
    private static async Task<(double ProgressEnd, double? FirstPublish)> IndexAsync(LspClient client, GeneratedWorkspace workspace, object? initializationOptions)
    {
        var progressEnd = ExpectProgressEnd(client);
        var clock = new Stopwatch();
        double? first = null;
        var firstPublish = client.Expect("textDocument/publishDiagnostics", _ => true, IndexTimeout)
            .ContinueWith(t => first = t.IsCompletedSuccessfully ? clock.Elapsed.TotalMilliseconds : null, TaskScheduler.Default);
        clock.Start();
        await InitializeAsync(client, workspace, initializationOptions);
        await progressEnd;
        var end = clock.Elapsed.TotalMilliseconds;
        // Diagnostics may come with the end of indexing, or only once a document is opened.
        await Task.WhenAny(firstPublish, Task.Delay(TimeSpan.FromSeconds(2)));
        return (end, first);
    }

    internal static Task<JsonElement> ExpectProgressEnd(LspClient client) =>
        client.Expect("$/progress", p => p.TryGetProperty("value", out var v) && v.TryGetProperty("kind", out var k) && k.GetString() == "end", IndexTimeout);

    /// <summary>initialize (as VS Code declares itself, in short) and initialized.</summary>
    internal static async Task InitializeAsync(LspClient client, GeneratedWorkspace workspace, object? initializationOptions)
    {
        var rootUri = new Uri(workspace.Root).AbsoluteUri;
        var initialize = await client.RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            clientInfo = new { name = "factlsp-bench", version = "1" },
            rootUri,
            initializationOptions,
            workspaceFolders = new[] { new { uri = rootUri, name = "bench" } },
            capabilities = new
            {
                general = new { positionEncodings = new[] { "utf-16" } },
                window = new { workDoneProgress = true },
                workspace = new { workspaceFolders = true, configuration = true, didChangeWatchedFiles = new { dynamicRegistration = true } },
                textDocument = new
                {
                    synchronization = new { didSave = true },
                    publishDiagnostics = new { versionSupport = true, relatedInformation = true },
                    hover = new { contentFormat = new[] { "markdown", "plaintext" } },
                    definition = new { linkSupport = false },
                    references = new { },
                    rename = new { prepareSupport = true },
                },
            },
        }, RequestTimeout);
        if (initialize.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException($"initialize failed: {error}");
        }
        await client.NotifyAsync("initialized", new { });
    }

    internal static bool Is(JsonElement p, string uri, int version) =>
        p.GetProperty("uri").GetString() == uri && p.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.GetInt32() == version;

    /// <summary>Sends the request <paramref name="count"/> times, one after another; skips a method the server does not know.</summary>
    private static async Task Measure(LspClient client, List<(string, List<double>, string)> table, string what, string method, int count,
        Func<int, object> parameters, Func<JsonElement, string> summarize)
    {
        var times = new List<double>();
        var note = "";
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            var response = await client.RequestAsync(method, parameters(i), RequestTimeout);
            var ms = clock.Elapsed.TotalMilliseconds;
            if (response.TryGetProperty("error", out var error))
            {
                var code = error.GetProperty("code").GetInt32();
                if (code == -32601)
                {
                    Console.WriteLine($"  {method}: the server does not implement it (-32601); skipped");
                    return;
                }
                note = $"error {code}: {error.GetProperty("message").GetString()}";
                continue;
            }
            times.Add(ms);
            if (i == 0)
            {
                note = summarize(response.GetProperty("result"));
            }
        }
        table.Add((what, times, note));
    }

    private static class Summarize
    {
        public static string Hover(JsonElement result) =>
            result.ValueKind == JsonValueKind.Null ? "null" : $"{(result.GetProperty("contents").TryGetProperty("value", out var v) ? v.GetString()?.Length ?? 0 : 0)} characters";

        public static string Locations(JsonElement result) => result.ValueKind switch
        {
            JsonValueKind.Array => $"{result.GetArrayLength():N0} locations",
            JsonValueKind.Object => "1 location",
            _ => "null",
        };

        public static string Edits(JsonElement result)
        {
            if (result.ValueKind != JsonValueKind.Object || !result.TryGetProperty("changes", out var changes))
            {
                return result.ValueKind.ToString();
            }
            var files = 0;
            var edits = 0;
            foreach (var file in changes.EnumerateObject())
            {
                files++;
                edits += file.Value.GetArrayLength();
            }
            return $"{edits:N0} edits in {files:N0} files";
        }
    }
}
