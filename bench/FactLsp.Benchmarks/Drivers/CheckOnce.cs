using System.Diagnostics;
using System.Text.Json;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Workspace;

namespace FactLsp.Benchmarks.Drivers;

/// <summary>
/// <c>check-once DIR [--phases]</c>: one <c>factlsp check</c>'s worth of Core work in a fresh process
/// (WorkspaceSnapshot.Load, then GetAllDiagnostics on every core), reported as one JSON line for
/// <see cref="CheckDriver"/>. With <c>--phases</c>, the same work forced one stage at a time, each timed.
/// </summary>
internal static class CheckOnce
{
    public const string ResultPrefix = "RESULT ";

    public sealed record Result(double LoadMs, double DiagnosticsMs, double TotalMs, double CpuMs, long PeakWorkingSet, long HeapAfter,
        int Files, Dictionary<string, int> ByRule, Dictionary<string, int> BySeverity, List<(string Phase, double Ms)>? Phases);

    public static int Run(string[] args)
    {
        var root = args[0];
        var phases = args.Contains("--phases");
        // --pause SECONDS: with --phases, wait after each stage (pid printed) so `dotnet-gcdump collect -p PID` can take the heap there.
        var pause = args.SkipWhile(a => a != "--pause").Skip(1).Select(int.Parse).FirstOrDefault();
        // --shard K/N: a CI shard's load (ShardDriver's phases) in place of the whole workspace's.
        var shard = args.SkipWhile(a => a != "--shard").Skip(1).FirstOrDefault()?.Split('/').Select(int.Parse).ToArray();
        Func<WorkspaceSnapshot> load = shard is [var k, var n]
            ? () => WorkspaceSnapshot.LoadArticles(root, path => ShardDriver.ShardOf(path, n) == k, readSourcesThrough: k == 1)
            : () => WorkspaceSnapshot.Load(root);
        // Set up as `factlsp check` sets itself up, so the figures are the command's.
        using var batch = BatchCheck.Begin();
        using var sampler = args.Contains("--sample-memory") ? new MemorySampler() : null;
        var result = phases ? RunPhases(load, pause) : RunCheck(load);
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result, new JsonSerializerOptions { IncludeFields = true }));
        return 0;
    }

    private static Result RunCheck(Func<WorkspaceSnapshot> loader)
    {
        var clock = Stopwatch.StartNew();
        var snapshot = loader();
        var load = clock.Elapsed.TotalMilliseconds;
        var all = snapshot.GetAllDiagnostics();
        var total = clock.Elapsed.TotalMilliseconds;
        return Summarize(load, total - load, total, all, null, snapshot);
    }

    /// <summary>The check cut at the seams the Core exposes; each stage runs on every core, as the check does.</summary>
    private static Result RunPhases(Func<WorkspaceSnapshot> load, int pause)
    {
        var phases = new List<(string, double)>();
        var clock = Stopwatch.StartNew();
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"  {"stage",-58} {"wall",10} {"CPU",10} {"heap after",11}");
        void Phase(string name, Action action)
        {
            self.Refresh();
            var cpu = self.TotalProcessorTime;
            var ms = Figures.Time(action);
            self.Refresh();
            var used = (self.TotalProcessorTime - cpu).TotalMilliseconds;
            phases.Add((name, ms));
            Console.WriteLine($"  {name,-58} {Figures.Ms(ms),10} {Figures.Ms(used),10} {Figures.MB(GC.GetTotalMemory(forceFullCollection: true)),11}");
            if (pause > 0)
            {
                Console.WriteLine($"  (pid {Environment.ProcessId}: pausing {pause} s after '{name}')");
                Thread.Sleep(TimeSpan.FromSeconds(pause));
            }
        }

        WorkspaceSnapshot snapshot = null!;
        Phase("load: read and classify files", () => snapshot = load());
        var articles = snapshot.ArticlePaths.ToList();
        var sourcePaths = snapshot.Files.Where(f => f.Kind == FileKind.Source).Select(f => f.Path).ToList();
        Phase($"parse {articles.Count:N0} articles (Markdig + spans + front matter)", () => Parallel.ForEach(articles, p => snapshot.GetArticle(p)));
        Phase($"parse {sourcePaths.Count:N0} source front matters", () => Parallel.ForEach(sourcePaths, p => snapshot.GetSourceFile(p)));
        Phase("index people and sources; speaker directory", () => _ = snapshot.Index.Directory);
        // The check prepares each cited source once, source by source, and lets it go (SourceMajorChecker): there is
        // no stage holding every source's plain text, index or inference any more (`profile` times those one by one).
        IReadOnlyList<(WorkspaceFile, IReadOnlyList<Diagnostic>)> all = null!;
        Phase("check: source by source (prepare, match, attribute, let go), then articles", () => all = snapshot.GetAllDiagnostics());
        Phase("diagnostics of every file again (severities, suppressions)", () => all = snapshot.GetAllDiagnostics());
        var total = clock.Elapsed.TotalMilliseconds;
        return Summarize(phases[0].Item2, total - phases[0].Item2, total, all, phases, snapshot);
    }

    private static Result Summarize(double load, double diagnostics, double total, IReadOnlyList<(WorkspaceFile File, IReadOnlyList<Diagnostic> Diagnostics)> all,
        List<(string, double)>? phases, WorkspaceSnapshot snapshot)
    {
        var peak = Figures.PeakWorkingSet();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(snapshot);
        var byRule = all.SelectMany(x => x.Diagnostics).GroupBy(d => d.Code).ToDictionary(g => g.Key, g => g.Count());
        var bySeverity = all.SelectMany(x => x.Diagnostics).GroupBy(d => d.Severity.ToString().ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Count());
        return new Result(load, diagnostics, total, cpu, peak, heap, all.Count, byRule, bySeverity, phases);
    }
}
