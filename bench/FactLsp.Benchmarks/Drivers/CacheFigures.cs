using System.Diagnostics;
using System.Text.Json;
using FactLsp.Benchmarks.Generation;

namespace FactLsp.Benchmarks.Drivers;

/// <summary>
/// <c>check-driver --cache</c>: the real <c>factlsp check</c> under <c>/usr/bin/time -v</c>,
/// side by side: without the cache; <c>--cache</c> with no cache file (it writes one); <c>--cache</c> on
/// the unchanged workspace (a CI re-check); and <c>--cache</c> after one source changed (a line added,
/// taken out afterwards), which re-checks only the articles citing it. Each report must be the same as
/// the first (the edited run's only for the articles that do not cite the source).
/// </summary>
internal static class CacheFigures
{
    private sealed record Measured(string Name, double WallMs, double CpuMs, long? PeakBytes, string Report, int Exit);

    public static void Run(GeneratedWorkspace workspace)
    {
        var dll = Figures.FactLspDll();
        if (dll is null || !File.Exists("/usr/bin/time"))
        {
            Console.WriteLine("The cache figures need the built executable and /usr/bin/time; skipped.");
            return;
        }
        var location = Path.Combine(Path.GetTempPath(), "factlsp-bench-cache");
        if (Directory.Exists(location))
        {
            Directory.Delete(location, recursive: true);
        }
        Console.WriteLine($"The on-disk cache: dotnet {dll} check {workspace.Root} --format json [--cache --cache-location {location}]");
        var runs = new List<Measured>
        {
            Check(dll, workspace, "no cache", []),
            Check(dll, workspace, "--cache, none yet", ["--cache", "--cache-location", location]),
            Check(dll, workspace, "--cache, unchanged", ["--cache", "--cache-location", location]),
        };
        // One source changed: the articles citing it are checked again, the rest reuse their findings.
        var source = workspace.FullPath(workspace.Sources[0]);
        var original = File.ReadAllBytes(source);
        try
        {
            File.AppendAllText(source, "\nA line added by the benchmark.\n");
            runs.Add(Check(dll, workspace, "--cache, 1 source edited", ["--cache", "--cache-location", location]));
        }
        finally
        {
            File.WriteAllBytes(source, original);
        }

        Console.WriteLine();
        Console.WriteLine($"  {"",-22}" + string.Concat(runs.Select(r => $"{r.Name,26}")));
        Console.WriteLine($"  {"wall",-22}" + string.Concat(runs.Select(r => $"{Figures.Ms(r.WallMs),26}")));
        Console.WriteLine($"  {"CPU (user + system)",-22}" + string.Concat(runs.Select(r => $"{Figures.Ms(r.CpuMs),26}")));
        Console.WriteLine($"  {"peak resident set",-22}" + string.Concat(runs.Select(r => $"{(r.PeakBytes is { } b ? Figures.MB(b) : "?"),26}")));
        Console.WriteLine($"  {"CPU, ratio to no cache",-22}" + string.Concat(runs.Select(r => $"{r.CpuMs / runs[0].CpuMs,26:P0}")));
        var same = runs.Take(3).All(r => r.Report == runs[0].Report && r.Exit == runs[0].Exit);
        Console.WriteLine($"  reports of the first three runs identical (findings, exit code): {(same ? "yes" : "NO")}");
    }

    private static Measured Check(string dll, GeneratedWorkspace workspace, string name, string[] extra)
    {
        var output = Path.Combine(Path.GetTempPath(), $"factlsp-bench-cache-{Environment.ProcessId}.json");
        var info = new ProcessStartInfo("/usr/bin/time");
        foreach (var arg in new[] { "-v", "dotnet", dll, "check", workspace.Root, "--format", "json", "--output", output, "--no-progress" }.Concat(extra))
        {
            info.ArgumentList.Add(arg);
        }
        var outcome = ChildProcess.Run(info, echo: false);
        double Seconds(string label) =>
            outcome.Stderr.Split('\n').FirstOrDefault(l => l.Contains(label, StringComparison.Ordinal)) is { } line
            && double.TryParse(line.Split(':')[^1].Trim(), System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0;
        var cpu = (Seconds("User time (seconds)") + Seconds("System time (seconds)")) * 1000;
        long? peak = outcome.Stderr.Split('\n').FirstOrDefault(l => l.Contains("Maximum resident set size", StringComparison.Ordinal)) is { } rss
            && long.TryParse(rss.Split(':')[^1].Trim(), out var kb) ? kb * 1024 : null;
        var report = File.Exists(output) ? Normalize(File.ReadAllText(output)) : "";
        File.Delete(output);
        Console.WriteLine($"  {name}: exit {outcome.ExitCode}, wall {Figures.Ms(outcome.WallMs)}, CPU {Figures.Ms(cpu)}, peak {(peak is { } p ? Figures.MB(p) : "?")}");
        return new Measured(name, outcome.WallMs, cpu, peak, report, outcome.ExitCode);
    }

    // The report as data, re-serialized: the same findings print the same.
    private static string Normalize(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}
