using FactLsp.Server.Queue;

namespace FactLsp.Server.Diagnostics;

/// <summary>
/// Tells a held `workspace/diagnostic` request that the server state changed: completes after a
/// commit followed by a quiet <c>delay</c> (a burst of keystrokes is one change). Subscribed before
/// the first computation, so no commit between it and the wait is missed.
/// </summary>
internal sealed class StateChangeSignal : IDisposable
{
    private readonly RequestQueue _queue;
    private readonly object _gate = new();
    private TaskCompletionSource _changed = NewSource();
    private long _commits;

    public StateChangeSignal(RequestQueue queue)
    {
        _queue = queue;
        _queue.Committed += OnCommitted;
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void OnCommitted(State.ServerState state, ChangeSet changes)
    {
        lock (_gate)
        {
            _commits++;
            _changed.TrySetResult();
        }
    }

    /// <summary>Waits for the next change (or one since the last wait), then until none came for <paramref name="delay"/>.</summary>
    public async Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
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
                    return;
                }
            }
        }
    }

    public void Dispose() => _queue.Committed -= OnCommitted;
}
