using System.Runtime;
using FactLsp.Core.Workspace;
using FactLsp.Server.Handlers;

namespace FactLsp.Server.Memory;

/// <summary>
/// What the server holds while it checks a whole workspace, and after. During a pass it keeps as few prepared
/// sources as a batch <c>check</c> (<see cref="Capacity"/>) instead of the editing's recent few: the pass takes
/// one source at a time per core and never comes back to it, so the sources the editing keeps warm
/// (<see cref="PreparedSources.Capacity"/>, 16) were only the pass's last ones, about 30 MB of peak on the
/// generated 94 MB workspace. When the last pass ends (those of several folders may overlap) the editing's
/// capacity comes back, and once the client has been quiet a while the heap is compacted and its free memory
/// given back: the collector otherwise keeps what the pass's garbage took, and the server idles at its peak.
/// </summary>
public static class IndexingMemory
{
    /// <summary>The prepared sources kept while a whole workspace is checked (one per core is in use anyway).</summary>
    public const int Capacity = 2;

    private static readonly object Gate = new();
    private static int _passes;
    private static int _editing;
    private static long _compactions;

    /// <summary>Whether a whole-workspace pass is running (tests).</summary>
    public static bool Indexing
    {
        get
        {
            lock (Gate)
            {
                return _passes > 0;
            }
        }
    }

    /// <summary>How many compactions after a pass have run in this process (tests).</summary>
    public static long Compactions => Interlocked.Read(ref _compactions);

    /// <summary>
    /// Starts a pass: until the returned scope is disposed, few prepared sources are kept. With
    /// <paramref name="services"/>, the end of the last pass compacts the heap once the client is quiet.
    /// </summary>
    public static IDisposable Enter(ServerServices? services = null)
    {
        lock (Gate)
        {
            if (_passes++ == 0)
            {
                _editing = PreparedSources.Capacity;
                PreparedSources.Capacity = Math.Min(_editing, Capacity);
            }
        }
        return new Pass(services);
    }

    private static void Exit(ServerServices? services)
    {
        lock (Gate)
        {
            if (--_passes != 0)
            {
                return;
            }
            PreparedSources.Capacity = _editing;
        }
        if (services?.Options.CompactAfterIndexingQuiet is { } quiet)
        {
            _ = CompactWhenQuietAsync(services, quiet);
        }
    }

    private static async Task CompactWhenQuietAsync(ServerServices services, TimeSpan quiet)
    {
        try
        {
            while (true)
            {
                await services.DiagnosticsPublisher.WhenIdleAsync(Timeout.InfiniteTimeSpan, services.Stopping).ConfigureAwait(false);
                var since = TimeSpan.FromMilliseconds(Environment.TickCount64 - services.Queue.LastEnqueued);
                if (since >= quiet)
                {
                    break;
                }
                await Task.Delay(quiet - since, services.Stopping).ConfigureAwait(false);
            }
            lock (Gate)
            {
                if (_passes > 0)
                {
                    return; // Another pass began meanwhile: its end compacts.
                }
            }
            var before = Environment.WorkingSet;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            Compact();
            Interlocked.Increment(ref _compactions);
            _ = services.Client.LogAsync(Protocol.MessageType.Log,
                $"Memory after indexing: {before >> 20:N0} MB resident, {Environment.WorkingSet >> 20:N0} MB once compacted ({clock.ElapsedMilliseconds:N0} ms).");
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>A full compacting collection, the large object heap too, that gives the free memory back to the system.</summary>
    private static void Compact()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private sealed class Pass(ServerServices? services) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Exit(services);
            }
        }
    }
}
