using System.Diagnostics;

namespace FactLsp.Benchmarks.Drivers;

/// <summary>Runs a program to its end, echoing its output, and watches its peak resident set from /proc while it runs.</summary>
internal static class ChildProcess
{
    public sealed record Outcome(int ExitCode, double WallMs, long? PeakResidentBytes, List<string> Stdout, string Stderr);

    /// <summary>This benchmark program again, with <paramref name="args"/>: a fresh process, so its peak memory is its own.</summary>
    public static ProcessStartInfo Self(IEnumerable<string> args)
    {
        var host = Environment.ProcessPath!;
        var info = new ProcessStartInfo(host);
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            info.ArgumentList.Add(typeof(Program).Assembly.Location);
        }
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        return info;
    }

    public static Outcome Run(ProcessStartInfo info, bool echo)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {info.FileName}");
        var lines = new List<string>();
        var stderr = process.StandardError.ReadToEndAsync();
        long? peak = null;
        var watcher = Task.Run(async () =>
        {
            while (!process.HasExited)
            {
                peak = Figures.PeakResidentOf(process.Id) ?? peak;
                await Task.Delay(20);
            }
        });
        while (process.StandardOutput.ReadLine() is { } line)
        {
            lines.Add(line);
            if (echo && !line.StartsWith(CheckOnce.ResultPrefix, StringComparison.Ordinal))
            {
                Console.WriteLine("    " + line);
            }
        }
        process.WaitForExit();
        var wall = clock.Elapsed.TotalMilliseconds;
        watcher.Wait();
        return new Outcome(process.ExitCode, wall, peak, lines, stderr.Result);
    }
}
