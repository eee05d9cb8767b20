using System.Diagnostics;
using System.Globalization;
using FactLsp.Benchmarks.Lsp;
using FactLsp.Core.Workspace;

namespace FactLsp.Benchmarks.Drivers;

/// <summary>
/// <c>soak-driver [--steps 20000] [--every 2000] [--burst 10] [--paragraph 1000]</c>: what hostile
/// input and long sessions cost.
/// <list type="number">
/// <item>One paragraph of N lines, each an unannotated “four words in quotes”: the Core's load and
/// check for N = 100 … 2,000 (best of three), to show the time grows linearly.</item>
/// <item>The built server on the <c>--paragraph</c> article: edit → its diagnostics while typing
/// inside that paragraph (p50, p95 of 20 edits).</item>
/// <item>A long session: <c>--steps</c> edits to examples/articles/first-draft.md (a letter typed
/// into a quotation and deleted again, so diagnostics flip between misquote and verbatim), sent in
/// bursts of <c>--burst</c> with each burst's diagnostics awaited; the server's resident and peak
/// memory printed every <c>--every</c> steps, to show where it levels off.</item>
/// </list>
/// </summary>
internal static class SoakDriver
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = args.ToList();
        var steps = int.Parse(CheckDriver.Option(options, "--steps") ?? "20000", CultureInfo.InvariantCulture);
        var every = int.Parse(CheckDriver.Option(options, "--every") ?? "2000", CultureInfo.InvariantCulture);
        var burst = int.Parse(CheckDriver.Option(options, "--burst") ?? "10", CultureInfo.InvariantCulture);
        var paragraph = int.Parse(CheckDriver.Option(options, "--paragraph") ?? "1000", CultureInfo.InvariantCulture);
        var dll = Figures.FactLspDll();
        if (dll is null)
        {
            Console.Error.WriteLine("Build the server first: dotnet build src/FactLsp/FactLsp.csproj -c Release");
            return 2;
        }
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; server: dotnet {dll} serve");

        var root = Path.Combine(Path.GetTempPath(), "factlsp-bench", "soak-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Console.WriteLine("\n1. One paragraph of N unannotated quotations: load + check (best of 3)");
            foreach (var n in new[] { 100, 400, 1000, 2000 })
            {
                var folder = WriteParagraphWorkspace(Path.Combine(root, $"p{n}"), n);
                var best = Enumerable.Range(0, 3).Min(_ => Figures.Time(() => WorkspaceSnapshot.Load(folder).GetAllDiagnostics()));
                Console.WriteLine($"  N = {n,5:N0}: {Figures.Ms(best),9}  ({best / n * 1000:N0} µs per quotation)");
            }

            Console.WriteLine($"\n2. Typing inside the {paragraph:N0}-quotation paragraph (server, edit → its diagnostics)");
            var paragraphRoot = WriteParagraphWorkspace(Path.Combine(root, "typing"), paragraph);
            await using (var client = await StartAsync(dll, paragraphRoot))
            {
                var uri = new Uri(Path.Combine(paragraphRoot, "a.md")).AbsoluteUri;
                var text = File.ReadAllText(Path.Combine(paragraphRoot, "a.md"));
                await OpenAsync(client, uri, text);
                var times = new List<double>();
                for (var version = 2; version < 22; version++)
                {
                    // Type a letter into the middle line's quotation, or take it out again.
                    var line = paragraph / 2;
                    var change = version % 2 == 0
                        ? new { range = Range(line, 1, line, 1), text = "x" }
                        : new { range = Range(line, 1, line, 2), text = "" };
                    times.Add(await ChangeAsync(client, uri, version, change));
                }
                Console.WriteLine($"  p50 {Figures.Ms(Figures.Percentile(times, 50))}, p95 {Figures.Ms(Figures.Percentile(times, 95))} (includes the 150 ms debounce)");
            }

            Console.WriteLine($"\n3. {steps:N0} edits in one session (first-draft.md, bursts of {burst}); server memory");
            var examples = Path.Combine(root, "examples");
            CopyFolder(Path.Combine(Figures.RepositoryRoot(), "examples"), examples);
            await using (var client = await StartAsync(dll, examples))
            {
                var path = Path.Combine(examples, "articles", "first-draft.md");
                var uri = new Uri(path).AbsoluteUri;
                var text = File.ReadAllText(path);
                await OpenAsync(client, uri, text);
                var lines = text.Split('\n');
                var line = Array.FindIndex(lines, l => l.Contains('“'));
                var character = lines[line].IndexOf('“') + 1;
                Console.WriteLine($"  {"steps",8} {"resident",10} {"peak",10} {"last burst",12}");
                var clock = Stopwatch.StartNew();
                for (var step = 1; step <= steps; step++)
                {
                    var version = step + 1;
                    var change = step % 2 == 1
                        ? new { range = Range(line, character, line, character), text = "x" }
                        : new { range = Range(line, character, line, character + 1), text = "" };
                    if (step % burst == 0 || step == steps)
                    {
                        var elapsed = await ChangeAsync(client, uri, version, change);
                        if (step % every == 0 || step == steps)
                        {
                            Console.WriteLine($"  {step,8:N0} {Figures.MB(ResidentOf(client.ProcessId) ?? 0),10} {Figures.MB(Figures.PeakResidentOf(client.ProcessId) ?? 0),10} {Figures.Ms(elapsed),12}");
                        }
                    }
                    else
                    {
                        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { change } });
                    }
                }
                Console.WriteLine($"  {steps:N0} edits in {Figures.Ms(clock.Elapsed.TotalMilliseconds)}");
                await client.ShutdownAsync(TimeSpan.FromSeconds(30));
            }
            return 0;
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string WriteParagraphWorkspace(string folder, int quotations)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "people.yaml"), "khalil: {name: Redur Khalil, aliases: [Khalil]}\n");
        File.WriteAllText(Path.Combine(folder, "a.md"), string.Join("\n", Enumerable.Repeat("“four words in quotes”", quotations)) + "\n");
        return folder;
    }

    private static object Range(int startLine, int startCharacter, int endLine, int endCharacter) => new
    {
        start = new { line = startLine, character = startCharacter },
        end = new { line = endLine, character = endCharacter },
    };

    private static async Task<LspClient> StartAsync(string dll, string folder)
    {
        var client = LspClient.Start(dll, "serve");
        var rootUri = new Uri(folder + Path.DirectorySeparatorChar).AbsoluteUri;
        await client.RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri,
            capabilities = new { textDocument = new { publishDiagnostics = new { versionSupport = true, relatedInformation = true } } },
        }, Timeout);
        await client.NotifyAsync("initialized", new { });
        return client;
    }

    private static async Task OpenAsync(LspClient client, string uri, string text)
    {
        var opened = client.Expect("textDocument/publishDiagnostics", p => Is(p, uri, 1), Timeout);
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "markdown", version = 1, text } });
        await opened;
    }

    private static async Task<double> ChangeAsync(LspClient client, string uri, int version, object change)
    {
        var published = client.Expect("textDocument/publishDiagnostics", p => Is(p, uri, version), Timeout);
        var clock = Stopwatch.StartNew();
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { change } });
        await published;
        return clock.Elapsed.TotalMilliseconds;
    }

    private static bool Is(System.Text.Json.JsonElement p, string uri, int version) =>
        p.GetProperty("uri").GetString() == uri && p.TryGetProperty("version", out var v) && v.GetInt32() == version;

    /// <summary>VmRSS of a process (Linux), or null.</summary>
    private static long? ResidentOf(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status))
        {
            return null;
        }
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
