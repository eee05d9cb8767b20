using FactLsp.Server.Queue;

namespace FactLsp.Server.Diagnostics;

/// <summary>
/// Tells a held `workspace/diagnostic` request that the server state changed: completes after a
/// commit followed by a quiet <c>delay</c> (a burst of keystrokes is one change), with what the
/// commits since the last wait changed. Subscribed before the first computation, so no commit
/// between it and the wait is missed.
/// </summary>
internal sealed class StateChangeSignal : IDisposable
{
    private readonly RequestQueue _queue;
    private readonly object _gate = new();
    private TaskCompletionSource _changed = NewSource();
    private ChangeSet _accumulated = new();
    private long _commits;

    /// <param name="queue">The queue whose commits are watched.</param>
    /// <param name="seen">The state the caller computed from: a read-only request starts on its own
    /// thread, after the queue may have committed newer states, whose changes count as "everything".</param>
    public StateChangeSignal(RequestQueue queue, State.ServerState seen)
    {
        _queue = queue;
        _queue.Committed += OnCommitted;
        if (!ReferenceEquals(queue.CurrentState, seen))
        {
            var missed = new ChangeSet();
            missed.AddEverything();
            OnCommitted(queue.CurrentState, missed);
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void OnCommitted(State.ServerState state, ChangeSet changes)
    {
        lock (_gate)
        {
            _commits++;
            _accumulated.UnionWith(changes);
            _changed.TrySetResult();
        }
    }

    /// <summary>Waits for the next change (or one since the last wait), then until none came for <paramref name="delay"/>; returns what changed.</summary>
    public async Task<ChangeSet> WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        Task changed;
        lock (_gate)
        {
            changed = _changed.Task;
        }
        await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            long before;
            lock (_gate)
            {
                before = _commits;
                _changed = NewSource();
            }
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                if (_commits == before)
                {
                    var taken = _accumulated;
                    _accumulated = new ChangeSet();
                    return taken;
                }
            }
        }
    }

    public void Dispose() => _queue.Committed -= OnCommitted;
}
