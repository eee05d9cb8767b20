using System.Diagnostics;
using FactLsp.Benchmarks.Generation;
using FactLsp.Benchmarks.Lsp;

namespace FactLsp.Benchmarks.Drivers;

/// <summary>
/// The start-up half of <c>lsp-driver</c>: three fresh servers on the generated workspace,
/// each opening the long article right after <c>initialized</c>, as an editor restoring its tabs does.
/// Cold with the on-disk cache off; cold with it on (no cache file yet: it is written at the end); and a
/// warm restart that reads it. For each: initialize → the open article's first publishDiagnostics, a
/// hover sent then (answered while the workspace is still indexing), initialize → the end of the indexing
/// progress, the server's CPU time by then, and its peak resident set. Printed side by side.
/// </summary>
internal static class RestartFigures
{
    private sealed record Start(string Name, double FirstDiagnostics, double FirstCpu, double Hover, double Indexed, double CpuMs, long PeakBytes, string Log);

    public static async Task RunAsync(Func<LspClient> startServer, GeneratedWorkspace workspace)
    {
        var cacheFolder = Path.Combine(workspace.Root, ".factlsp");
        if (Directory.Exists(cacheFolder))
        {
            Directory.Delete(cacheFolder, recursive: true);
        }
        Console.WriteLine("Start-up: a fresh server each time, the long article opened right after initialized:");
        var starts = new List<Start>
        {
            await StartOnceAsync(startServer, workspace, "cold, cache off", LspDriver.NoCache, waitForCache: false),
            await StartOnceAsync(startServer, workspace, "cold, cache on (writes it)", null, waitForCache: true),
            await StartOnceAsync(startServer, workspace, "warm restart (cache on)", null, waitForCache: false),
        };
        Console.WriteLine();
        Console.WriteLine($"  {"",-46} {starts[0].Name,26} {starts[1].Name,28} {starts[2].Name,26}");
        void Row(string what, Func<Start, string> value) =>
            Console.WriteLine($"  {what,-46} {value(starts[0]),26} {value(starts[1]),28} {value(starts[2]),26}");
        Row("initialize → open article's first diagnostics", s => Figures.Ms(s.FirstDiagnostics));
        Row("  server CPU by then (process start included)", s => Figures.Ms(s.FirstCpu));
        Row("hover sent then (answered during indexing)", s => Figures.Ms(s.Hover));
        Row("initialize → indexing progress end", s => Figures.Ms(s.Indexed));
        Row("server CPU at progress end", s => Figures.Ms(s.CpuMs));
        Row("server peak resident set (VmHWM)", s => Figures.MB(s.PeakBytes));
        foreach (var start in starts.Where(s => s.Log.Length > 0))
        {
            Console.WriteLine($"  {start.Name}: {start.Log}");
        }
        Console.WriteLine();
    }

    private static async Task<Start> StartOnceAsync(Func<LspClient> startServer, GeneratedWorkspace workspace, string name, object? initializationOptions, bool waitForCache)
    {
        await using var client = startServer();
        var path = workspace.LongArticle!;
        var uri = new Uri(workspace.FullPath(path)).AbsoluteUri;
        var text = File.ReadAllText(workspace.FullPath(path));
        var quote = new ArticlePositions(text);
        var progressEnd = LspDriver.ExpectProgressEnd(client);
        var opened = client.Expect("textDocument/publishDiagnostics", p => LspDriver.Is(p, uri, 1), LspDriver.IndexTimeout);
        var cacheLog = client.Expect("window/logMessage", p => p.GetProperty("message").GetString()?.StartsWith("Cache written", StringComparison.Ordinal) == true, LspDriver.IndexTimeout);
        var workspaceLog = client.Expect("window/logMessage", p => p.GetProperty("message").GetString()?.StartsWith("Workspace ", StringComparison.Ordinal) == true, LspDriver.IndexTimeout);

        var clock = Stopwatch.StartNew();
        await LspDriver.InitializeAsync(client, workspace, initializationOptions);
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "markdown", version = 1, text } });
        await opened;
        var first = clock.Elapsed.TotalMilliseconds;
        var firstCpu = client.ProcessorTime.TotalMilliseconds;
        var hoverClock = Stopwatch.StartNew();
        await client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = quote.Position(quote.Quotes[0].Words) }, LspDriver.IndexTimeout);
        var hover = hoverClock.Elapsed.TotalMilliseconds;
        await progressEnd;
        var indexed = clock.Elapsed.TotalMilliseconds;
        var cpu = client.ProcessorTime.TotalMilliseconds;
        var log = await Task.WhenAny(workspaceLog, Task.Delay(TimeSpan.FromSeconds(1))) == workspaceLog ? workspaceLog.Result.GetProperty("message").GetString() ?? "" : "";
        if (waitForCache)
        {
            await cacheLog;
        }
        var peak = Figures.PeakResidentOf(client.ProcessId) ?? 0;
        Console.WriteLine($"  {name}: first diagnostics {Figures.Ms(first)} (server CPU {Figures.Ms(firstCpu)}), hover {Figures.Ms(hover)}, indexed {Figures.Ms(indexed)}, CPU {Figures.Ms(cpu)}, peak {Figures.MB(peak)}");
        await client.ShutdownAsync(TimeSpan.FromSeconds(30));
        return new Start(name, first, firstCpu, hover, indexed, cpu, peak, log);
    }
}
