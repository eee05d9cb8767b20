using System.Diagnostics;

namespace FactLsp.Benchmarks.Drivers;

/// <summary>
/// <c>check-once … --sample-memory</c>: every 100 ms, the resident set beside what the collector has committed and
/// what its last collection left alive, to tell live data from the collector's slack and from the runtime's own
/// memory. Prints the sample at the highest resident set, and one line per second.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Thread _thread;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private volatile bool _stop;
    private string _atPeak = string.Empty;
    private long _peak;

    public MemorySampler()
    {
        _thread = new Thread(Loop) { IsBackground = true, Name = "memory sampler" };
        _thread.Start();
    }

    private void Loop()
    {
        var lastPrinted = -1L;
        while (!_stop)
        {
            var rss = Environment.WorkingSet;
            var info = GC.GetGCMemoryInfo();
            var line = $"  {_clock.ElapsedMilliseconds,6} ms  RSS {Figures.MB(rss),7}  GC committed {Figures.MB(info.TotalCommittedBytes),7}  "
                + $"heap at last GC {Figures.MB(info.HeapSizeBytes),7} (fragmented {Figures.MB(info.FragmentedBytes)})  allocated since start {Figures.MB(GC.GetTotalAllocatedBytes())}  gen2 GCs {GC.CollectionCount(2)}";
            if (rss > _peak)
            {
                _peak = rss;
                _atPeak = line;
            }
            if (_clock.ElapsedMilliseconds / 1000 != lastPrinted)
            {
                lastPrinted = _clock.ElapsedMilliseconds / 1000;
                Console.WriteLine(line);
            }
            Thread.Sleep(100);
        }
    }

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
        Console.WriteLine("  at the highest RSS:");
        Console.WriteLine(_atPeak);
    }
}
