using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FactLsp.Benchmarks.Generation;
using FactLsp.Core.Syntax;
using Markdig;

namespace FactLsp.Benchmarks.Drivers;

/// <summary>
/// <c>check-driver [--dir DIR] [--runs N] [--phases] [--no-exe] [--exe BINARY] [generator options]</c>: the check
/// benchmark. Generates the workspace once (2,000 articles, 20,000 quotes, 500 sources of up to 1 MB
/// by default), then runs the Core's check N times, each in a fresh process (wall time, peak working
/// set, diagnostics by rule), compares it with a bare Markdig parse of the same articles, and runs the
/// real executable under <c>/usr/bin/time -v</c> for its CPU and peak resident set: the plain build
/// (<c>dotnet factlsp.dll</c>), or with <c>--exe BINARY</c> a published binary (scripts/publish.sh, ReadyToRun as
/// users install it).
/// </summary>
internal static class CheckDriver
{
    public static int Run(string[] args)
    {
        var options = GeneratorOptions.Parse(args, out var rest);
        var dir = Option(rest, "--dir") ?? Path.Combine(Path.GetTempPath(), "factlsp-bench", "check");
        var runs = int.Parse(Option(rest, "--runs") ?? "3", CultureInfo.InvariantCulture);
        var binary = Option(rest, "--exe") is { } given ? Path.GetFullPath(given) : null;
        if (binary is not null && !File.Exists(binary))
        {
            Console.Error.WriteLine($"No binary at {binary}: build one with scripts/publish.sh --no-archive host");
            return 2;
        }
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC");
        var workspace = WorkspaceGenerator.Ensure(dir, options, Console.Out);

        Console.WriteLine();
        Console.WriteLine($"Core check (WorkspaceSnapshot.Load + GetAllDiagnostics), {runs} runs, each in a fresh process:");
        var results = new List<CheckOnce.Result>();
        for (var run = 1; run <= runs; run++)
        {
            var outcome = ChildProcess.Run(ChildProcess.Self(["check-once", workspace.Root]), echo: true);
            var result = Parse(outcome);
            results.Add(result);
            Console.WriteLine($"  run {run}: {Figures.Ms(result.TotalMs),8} (load {Figures.Ms(result.LoadMs)}, check {Figures.Ms(result.DiagnosticsMs)}; CPU {Figures.Ms(result.CpuMs)}); " +
                              $"peak working set {Figures.MB(result.PeakWorkingSet)}; managed heap after, snapshot alive {Figures.MB(result.HeapAfter)}");
        }
        var last = results[^1];
        Console.WriteLine($"  {last.Files:N0} files; diagnostics by severity: {string.Join(", ", last.BySeverity.OrderBy(kv => kv.Key).Select(kv => $"{kv.Value:N0} {kv.Key}"))}");
        foreach (var (rule, count) in last.ByRule.OrderByDescending(kv => kv.Value))
        {
            Console.WriteLine($"    {rule,-24} {count,8:N0}");
        }
        Console.WriteLine("  written on purpose by the generator:");
        foreach (var (what, count) in workspace.Counts)
        {
            Console.WriteLine($"    {what,-36} {count,8:N0}");
        }

        var median = Figures.Percentile(results.Select(r => r.TotalMs).ToList(), 50);
        var markdig = BareMarkdig(workspace);
        Console.WriteLine();
        Console.WriteLine($"Bare Markdig parse of the {workspace.Articles.Count:N0} article files (UsePreciseSourceLocation, texts in memory, on every core): " +
                          $"{Figures.Ms(markdig.Parallel)} (one core: {Figures.Ms(markdig.Serial)}; with our span extension: {Figures.Ms(markdig.WithSpans)})");
        Console.WriteLine($"Ratio, check median / bare Markdig parse: {median / markdig.Parallel:N0}x");
        // The check reads every file, sources included (most of the bytes): the same ratio against a parse of them all.
        var everything = BareMarkdigOfAll(workspace);
        Console.WriteLine($"Bare Markdig parse of all {workspace.Articles.Count + workspace.Sources.Count:N0} files (articles and sources, " +
                          $"{Figures.MB(workspace.ArticleBytes + workspace.SourceBytes)}; on every core): {Figures.Ms(everything)}; ratio, check median / that: {median / everything:N1}x");
        ColdLikeForLike(workspace, median, everything);

        if (rest.Contains("--phases"))
        {
            Console.WriteLine();
            Console.WriteLine("Where the time goes (the same work forced stage by stage, fresh process):");
            var outcome = ChildProcess.Run(ChildProcess.Self(["check-once", workspace.Root, "--phases"]), echo: true);
            var phased = Parse(outcome);
            Console.WriteLine($"  total {Figures.Ms(phased.TotalMs)}, peak working set {Figures.MB(phased.PeakWorkingSet)}");
        }

        if (!rest.Contains("--no-exe"))
        {
            Console.WriteLine();
            RunExecutable(workspace, binary);
        }
        if (rest.Contains("--cache"))
        {
            Console.WriteLine();
            CacheFigures.Run(workspace);
        }
        return 0;
    }

    /// <summary>
    /// The check's figure is a cold run (a fresh process: JIT, file reads) and the bare parse above a warm one (texts in
    /// memory, best of three). Two figures put them on one footing: the bare parse run cold in a fresh process too,
    /// and the fixed cost of any check (a fresh process checking a two-article workspace), which no archive's size changes.
    /// </summary>
    private static void ColdLikeForLike(GeneratedWorkspace workspace, double median, double warmMarkdig)
    {
        var list = Path.Combine(Path.GetTempPath(), "factlsp-bench-files.txt");
        File.WriteAllLines(list, workspace.Articles.Concat(workspace.Sources).Select(workspace.FullPath));
        var cold = ChildProcess.Run(ChildProcess.Self(["markdig-once", list]), echo: false);
        var line = cold.Stdout.LastOrDefault(l => l.StartsWith(MarkdigOnce.ResultPrefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"markdig-once failed (exit {cold.ExitCode}): {cold.Stderr}");
        var coldMs = double.Parse(line[MarkdigOnce.ResultPrefix.Length..].Split(' ')[0], CultureInfo.InvariantCulture);

        var tiny = WorkspaceGenerator.Ensure(Path.Combine(Path.GetTempPath(), "factlsp-bench", "fixed-cost"), new GeneratorOptions
        {
            Articles = 2, Sources = 2, People = 10, LongArticleWords = 0, MinSourceBytes = 4 << 10, MaxSourceBytes = 8 << 10,
        });
        var fixedRuns = Enumerable.Range(0, 3).Select(_ => Parse(ChildProcess.Run(ChildProcess.Self(["check-once", tiny.Root]), echo: false)).TotalMs).ToList();
        var fixedMs = Figures.Percentile(fixedRuns, 50);
        Console.WriteLine("Cold, like for like (each in a fresh process, files read from disk, JIT included):");
        Console.WriteLine($"  bare Markdig read and parse of all files: {Figures.Ms(coldMs)}; ratio, check median / that: {median / coldMs:N1}x");
        Console.WriteLine($"  the fixed cost of any check (a fresh process checking {tiny.Articles.Count} articles and {tiny.Sources.Count} sources, median of 3): {Figures.Ms(fixedMs)}" +
                          $" = {fixedMs / warmMarkdig:N1}x the warm bare parse of all files");
        Console.WriteLine($"  the archive's own cost, check median - fixed cost: {Figures.Ms(median - fixedMs)} = {(median - fixedMs) / warmMarkdig:N1}x the warm bare parse of all files");
    }

    private static CheckOnce.Result Parse(ChildProcess.Outcome outcome)
    {
        var line = outcome.Stdout.LastOrDefault(l => l.StartsWith(CheckOnce.ResultPrefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"check-once failed (exit {outcome.ExitCode}): {outcome.Stderr}");
        return JsonSerializer.Deserialize<CheckOnce.Result>(line[CheckOnce.ResultPrefix.Length..], new JsonSerializerOptions { IncludeFields = true })!;
    }

    private static (double Parallel, double Serial, double WithSpans) BareMarkdig(GeneratedWorkspace workspace)
    {
        var texts = workspace.Articles.Select(p => File.ReadAllText(workspace.FullPath(p))).ToArray();
        var pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        // Warm up, then the best of three (the parse is short: noise matters more than for the check).
        double Best(Action action) => Enumerable.Range(0, 4).Select(_ => Figures.Time(action)).Skip(1).Min();
        var parallel = Best(() => Parallel.ForEach(texts, options, t => Markdown.Parse(t, pipeline)));
        var serial = Best(() => Array.ForEach(texts, t => Markdown.Parse(t, pipeline)));
        var spans = Best(() => Parallel.ForEach(texts, options, t => Markdown.Parse(t, MarkdownDocumentParser.Pipeline)));
        return (parallel, serial, spans);
    }

    private static double BareMarkdigOfAll(GeneratedWorkspace workspace)
    {
        var texts = workspace.Articles.Concat(workspace.Sources).Select(p => File.ReadAllText(workspace.FullPath(p))).ToArray();
        var pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        return Enumerable.Range(0, 3).Select(_ => Figures.Time(() => Parallel.ForEach(texts, options, t => Markdown.Parse(t, pipeline)))).Skip(1).Min();
    }

    /// <summary>The real <c>factlsp check</c>, as a user runs it, for its wall time, CPU and peak resident set.</summary>
    internal static void RunExecutable(GeneratedWorkspace workspace, string? binary = null)
    {
        var dll = Figures.FactLspDll();
        if (binary is null && dll is null)
        {
            Console.WriteLine("The executable is not built (dotnet build src/FactLsp -c Release); skipping its run.");
            return;
        }
        var output = Path.Combine(Path.GetTempPath(), "factlsp-bench-check.json");
        var time = File.Exists("/usr/bin/time");
        string[] command = binary is null ? ["dotnet", dll!] : [binary];
        var info = new ProcessStartInfo(time ? "/usr/bin/time" : command[0]);
        foreach (var arg in (time ? ["-v", .. command] : command[1..]).Concat(["check", workspace.Root, "--format", "json", "--output", output, "--no-progress"]))
        {
            info.ArgumentList.Add(arg);
        }
        Console.WriteLine($"The executable: {(time ? "/usr/bin/time -v " : "")}{string.Join(' ', command)} check {workspace.Root} --format json --output {output}");
        var outcome = ChildProcess.Run(info, echo: false);
        var rss = outcome.PeakResidentBytes;
        var maxRss = outcome.Stderr.Split('\n').FirstOrDefault(l => l.Contains("Maximum resident set size", StringComparison.Ordinal));
        if (maxRss is not null && long.TryParse(maxRss.Split(':')[^1].Trim(), out var kb))
        {
            rss = kb * 1024;
        }
        var summary = outcome.Stderr.Split('\n').FirstOrDefault(l => !l.StartsWith('\t') && l.Trim().Length > 0 && !l.Contains("Command", StringComparison.Ordinal));
        var cpu = TimeSeconds(outcome.Stderr, "User time (seconds)") + TimeSeconds(outcome.Stderr, "System time (seconds)");
        Console.WriteLine($"  exit {outcome.ExitCode}, wall {Figures.Ms(outcome.WallMs)}, CPU {(time ? Figures.Ms(cpu * 1000) : "unknown")}, " +
                          $"peak resident set {(rss is { } r ? Figures.MB(r) : "unknown")}; {summary?.Trim()}");
    }

    /// <summary>A seconds figure from <c>/usr/bin/time -v</c>'s report (0 when it is missing).</summary>
    private static double TimeSeconds(string report, string label)
    {
        var line = report.Split('\n').FirstOrDefault(l => l.Contains(label, StringComparison.Ordinal));
        return line is not null && double.TryParse(line.Split(':')[^1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 0;
    }

    internal static string? Option(List<string> args, string name)
    {
        var i = args.IndexOf(name);
        if (i < 0 || i + 1 >= args.Count)
        {
            return null;
        }
        var value = args[i + 1];
        args.RemoveAt(i + 1);
        args.RemoveAt(i);
        return value;
    }
}
