using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FactLsp.Benchmarks.Generation;
using FactLsp.Core.Workspace;

namespace FactLsp.Benchmarks.Drivers;

/// <summary>
/// <c>shard-driver [--dir DIR] [--counts 2,4] [generator options]</c>: the CI shards. Runs the
/// real <c>factlsp check</c> on the whole workspace, then <c>check --shard K/N</c> for every K of each
/// N, one after another, each under <c>/usr/bin/time -v</c> (wall, CPU, peak resident set), with how
/// many articles each shard took and how many sources it had to read whole; then merges each N's
/// SARIF logs with <c>merge-sarif</c> and checks the merged log against the whole run's.
/// </summary>
internal static class ShardDriver
{
    private sealed record CheckRun(string Label, int Exit, double WallMs, double CpuMs, long PeakRss, string Summary);

    public static int Run(string[] args)
    {
        var options = GeneratorOptions.Parse(args, out var rest);
        var dir = CheckDriver.Option(rest, "--dir") ?? Path.Combine(Path.GetTempPath(), "factlsp-bench", "check");
        var counts = (CheckDriver.Option(rest, "--counts") ?? "2,4").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
        var dll = Figures.FactLspDll() ?? throw new InvalidOperationException("Build the executable first: dotnet build src/FactLsp -c Release");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; load average {LoadAverage()}");
        var workspace = WorkspaceGenerator.Ensure(dir, options, Console.Out);
        var bytes = Directory.EnumerateFiles(workspace.Root, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        var output = Path.Combine(Path.GetTempPath(), "factlsp-bench-shards");
        Directory.CreateDirectory(output);

        Console.WriteLine();
        Console.WriteLine($"factlsp check on {workspace.Root} ({Figures.MB(bytes)} of files), each run a fresh process under /usr/bin/time -v:");
        var wholeLog = Path.Combine(output, "whole.sarif");
        var whole = Check(dll, workspace.Root, null, wholeLog);
        Print(whole, null);

        foreach (var count in counts)
        {
            Console.WriteLine();
            Console.WriteLine($"--shard K/{count}:");
            var logs = new List<string>();
            var runs = new List<CheckRun>();
            for (var k = 1; k <= count; k++)
            {
                var log = Path.Combine(output, $"shard-{k}-of-{count}.sarif");
                var run = Check(dll, workspace.Root, $"{k}/{count}", log);
                runs.Add(run);
                logs.Add(log);
                Print(run, Share(workspace.Root, k, count));
            }
            Console.WriteLine($"  slowest shard (the matrix's wall time on {count} machines): {Figures.Ms(runs.Max(r => r.WallMs))} wall, {Figures.Ms(runs.Max(r => r.CpuMs))} CPU " +
                              $"({runs.Max(r => r.CpuMs) / whole.CpuMs:P0} of the whole run's CPU); all shards' CPU together: {Figures.Ms(runs.Sum(r => r.CpuMs))} ({runs.Sum(r => r.CpuMs) / whole.CpuMs:N2}x the whole run); " +
                              $"largest peak resident set {Figures.MB(runs.Max(r => r.PeakRss))} ({(double)runs.Max(r => r.PeakRss) / whole.PeakRss:P0} of the whole run's)");
            Console.WriteLine($"  merge-sarif of the {count} logs equals the whole run's log merged alone: {MergesEqual(dll, logs, wholeLog, output, count)}");
        }
        return 0;
    }

    private static void Print(CheckRun run, (int Articles, int WholeSources, int Sources)? share)
    {
        var what = share is { } s ? $"{s.Articles,5:N0} articles, {s.WholeSources,3} of {s.Sources} sources read whole; " : string.Empty;
        Console.WriteLine($"  {run.Label,-10} {what}wall {Figures.Ms(run.WallMs),8}, CPU {Figures.Ms(run.CpuMs),8}, peak resident set {Figures.MB(run.PeakRss),7}; exit {run.Exit}: {run.Summary}");
    }

    private static CheckRun Check(string dll, string root, string? shard, string log)
    {
        List<string> args = ["-v", "dotnet", dll, "check", root, "--format", "sarif", "--output", log, "--no-progress"];
        if (shard is not null)
        {
            args.AddRange(["--shard", shard]);
        }
        var info = new ProcessStartInfo("/usr/bin/time");
        args.ForEach(info.ArgumentList.Add);
        var outcome = ChildProcess.Run(info, echo: false);
        var lines = outcome.Stderr.Split('\n');
        string Field(string name) => lines.First(l => l.Contains(name, StringComparison.Ordinal)).Split(": ")[^1].Trim();
        var cpu = (double.Parse(Field("User time (seconds)"), CultureInfo.InvariantCulture) + double.Parse(Field("System time (seconds)"), CultureInfo.InvariantCulture)) * 1000;
        var rss = long.Parse(Field("Maximum resident set size (kbytes)"), CultureInfo.InvariantCulture) * 1024;
        var summary = lines.FirstOrDefault(l => l.Contains("checked", StringComparison.Ordinal))?.Trim() ?? outcome.Stderr.Trim();
        return new CheckRun(shard is null ? "whole" : $"shard {shard}", outcome.ExitCode, outcome.WallMs, cpu, rss, summary);
    }

    /// <summary>What a shard takes: its articles (by the CLI's hash: SHA-256 of the path, first 8 bytes big-endian, mod N), and the sources it reads whole.</summary>
    private static (int Articles, int WholeSources, int Sources) Share(string root, int index, int count)
    {
        var snapshot = WorkspaceSnapshot.LoadArticles(root, path => ShardOf(path, count) == index, readSourcesThrough: false);
        var sources = snapshot.Files.Where(f => f.Kind == FileKind.Source).ToList();
        var whole = sources.Count(f => IsWhole(snapshot, f));
        return (snapshot.ArticlePaths.Count(), whole, sources.Count);
    }

    // The text kept against the file's bytes (less a byte order mark): a front matter alone is far shorter.
    private static bool IsWhole(WorkspaceSnapshot snapshot, WorkspaceFile file) =>
        file.Text is { } text && Encoding.UTF8.GetByteCount(text) >= new FileInfo(snapshot.Root.ToFullPath(file.Path)).Length - 3;

    internal static int ShardOf(string path, int count) =>
        (int)(BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(path.Normalize(NormalizationForm.FormC)))) % (ulong)count) + 1;

    private static string MergesEqual(string dll, List<string> logs, string wholeLog, string output, int count)
    {
        var merged = Path.Combine(output, $"merged-{count}.sarif");
        var mergedWhole = Path.Combine(output, "merged-whole.sarif");
        Merge(dll, merged, logs);
        Merge(dll, mergedWhole, [wholeLog]);
        var same = File.ReadAllBytes(merged).AsSpan().SequenceEqual(File.ReadAllBytes(mergedWhole));
        using var doc = JsonDocument.Parse(File.ReadAllBytes(merged));
        var results = doc.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength();
        return $"{(same ? "yes" : "NO")} ({results:N0} results)";
    }

    private static void Merge(string dll, string output, IEnumerable<string> logs)
    {
        var info = new ProcessStartInfo("dotnet");
        foreach (var arg in new[] { dll, "merge-sarif", output }.Concat(logs))
        {
            info.ArgumentList.Add(arg);
        }
        var outcome = ChildProcess.Run(info, echo: false);
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"merge-sarif failed: {outcome.Stderr}");
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
