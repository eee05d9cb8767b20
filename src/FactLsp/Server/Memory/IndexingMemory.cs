using FactLsp.Core.Workspace;

namespace FactLsp.Server.Memory;

/// <summary>
/// What the server holds while it checks a whole workspace: as few prepared sources as a batch
/// <c>check</c> keeps (<see cref="Capacity"/>), instead of the editing's recent few. The whole-workspace
/// pass takes one source at a time per core and never comes back to it, so the sources the editing keeps
/// warm (<see cref="PreparedSources.Capacity"/>, 16) were only the pass's last ones: on the generated 94 MB
/// workspace about 45 MB of large strings held for nothing, and the collector's budget grown in step. The
/// editing's capacity is put back when the last pass ends (passes of several folders may overlap).
/// </summary>
public static class IndexingMemory
{
    /// <summary>The prepared sources kept while a whole workspace is checked (one per core is in use anyway).</summary>
    public const int Capacity = 2;

    private static readonly object Gate = new();
    private static int _passes;
    private static int _editing;

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

    /// <summary>Starts a pass: until the returned scope is disposed, few prepared sources are kept.</summary>
    public static IDisposable Enter()
    {
        lock (Gate)
        {
            if (_passes++ == 0)
            {
                _editing = PreparedSources.Capacity;
                PreparedSources.Capacity = Math.Min(_editing, Capacity);
            }
        }
        return new Pass();
    }

    private static void Exit()
    {
        lock (Gate)
        {
            if (--_passes == 0)
            {
                PreparedSources.Capacity = _editing;
            }
        }
    }

    private sealed class Pass : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Exit();
            }
        }
    }
}
