using System.Diagnostics;

namespace FactLsp.Benchmarks.Drivers;

/// <summary>Small measuring helpers shared by the drivers: timing, percentiles, memory in words.</summary>
internal static class Figures
{
    public static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }

    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        var sorted = values.Order().ToArray();
        var rank = p / 100 * (sorted.Length - 1);
        var lo = (int)Math.Floor(rank);
        var hi = (int)Math.Ceiling(rank);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }

    public static string Ms(double ms) => ms >= 10_000 ? $"{ms / 1000:N1} s" : ms >= 100 ? $"{ms:N0} ms" : $"{ms:N2} ms";

    public static string MB(long bytes) => $"{bytes / 1048576.0:N0} MB";

    /// <summary>The peak resident set of this process so far (VmHWM on Linux).</summary>
    public static long PeakWorkingSet()
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return self.PeakWorkingSet64;
    }

    /// <summary>VmHWM (peak resident set) of a running process from /proc, or null where there is no /proc.</summary>
    public static long? PeakResidentOf(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
        }
        return null;
    }

    /// <summary>The repository root: the nearest folder above the working directory holding FactLsp.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactLsp.sln")))
            {
                return dir.FullName;
            }
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactLsp.sln")))
            {
                return dir.FullName;
            }
        }
        return Environment.CurrentDirectory;
    }

    /// <summary>The built server/CLI, <c>src/FactLsp/bin/Release/net10.0/factlsp.dll</c>, or null when it is not built.</summary>
    public static string? FactLspDll()
    {
        var dll = Path.Combine(RepositoryRoot(), "src", "FactLsp", "bin", "Release", "net10.0", "factlsp.dll");
        return File.Exists(dll) ? dll : null;
    }
}
