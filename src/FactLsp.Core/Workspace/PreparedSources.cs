namespace FactLsp.Core.Workspace;

/// <summary>
/// The few sources whose prepared forms (<see cref="SourceText"/>: plain text, search index, speaker inference)
/// stay built after their last use. A prepared source weighs several times its file; holding every source's
/// for a snapshot's life held a large archive's memory many times over. A source is prepared when asked for,
/// kept while anyone uses it (its <see cref="SourceModel"/> finds it again through a weak reference) and, among
/// the most recently used, for a while after: hovers, definitions and re-checks of the article being edited
/// then find their sources warm, and a source outside this set is rebuilt on demand, identical.
/// </summary>
public static class PreparedSources
{
    private static readonly object Gate = new();
    private static readonly LinkedList<SourceText> Recent = new();
    private static int _capacity = 16;
    private static SourceText? _mostRecent;

    /// <summary>How many recently used sources stay prepared (at least 1).</summary>
    public static int Capacity
    {
        get => _capacity;
        set
        {
            lock (Gate)
            {
                _capacity = Math.Max(1, value);
                Trim();
            }
        }
    }

    /// <summary>How many sources have been prepared since the process started (for tests and drivers).</summary>
    public static long Built => Interlocked.Read(ref _built);

    private static long _built;

    internal static void CountBuilt() => Interlocked.Increment(ref _built);

    /// <summary>Marks <paramref name="text"/> as just used.</summary>
    internal static void Touch(SourceText text)
    {
        // Already the most recent (the usual case while one article is worked on): nothing to move, no lock. Read
        // unlocked, a stale answer only leaves the order as it was, which costs a rebuild at worst, never a wrong one.
        if (ReferenceEquals(Volatile.Read(ref _mostRecent), text))
        {
            return;
        }
        lock (Gate)
        {
            if (ReferenceEquals(Recent.First?.Value, text))
            {
                return;
            }
            var node = Recent.Find(text);
            if (node is not null)
            {
                Recent.Remove(node);
                Recent.AddFirst(node);
                Volatile.Write(ref _mostRecent, text);
                return;
            }
            Recent.AddFirst(text);
            Trim();
            Volatile.Write(ref _mostRecent, text);
        }
    }

    /// <summary>Lets every source's prepared forms go once nobody uses them (tests; a process about to idle).</summary>
    public static void Clear()
    {
        lock (Gate)
        {
            Recent.Clear();
            Volatile.Write(ref _mostRecent, null);
        }
    }

    private static void Trim()
    {
        while (Recent.Count > _capacity)
        {
            Recent.RemoveLast();
        }
    }
}
