namespace FactLsp.Server.Concurrency;

/// <summary>
/// Counts runs under way and completes a task when the last one ends: the publisher's rounds and the
/// opened articles' checks are each waited on this way (the end of indexing, the background read).
/// </summary>
public sealed class IdleGate
{
    private readonly object _gate = new();
    // Guarded by _gate: how many runs are open, and what completes when none is.
    private int _open;
    private TaskCompletionSource _idle = Completed();

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult();
        return done;
    }

    /// <summary>How many runs are open now.</summary>
    public int Open => Volatile.Read(ref _open);

    /// <summary>A run begins: until it ends, <see cref="WhenIdleAsync"/> waits.</summary>
    public void Enter()
    {
        lock (_gate)
        {
            if (_open++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    /// <summary>A run ends; the last one to end completes what <see cref="WhenIdleAsync"/> waits on.</summary>
    public void Exit()
    {
        lock (_gate)
        {
            if (_open == 0)
            {
                throw new InvalidOperationException("A run ended that had not begun.");
            }
            if (--_open == 0)
            {
                _idle.TrySetResult();
            }
        }
    }

    /// <summary>Completes when no run is open, or after <paramref name="patience"/> (which is not an error).</summary>
    public async Task WhenIdleAsync(TimeSpan patience, CancellationToken cancellationToken)
    {
        Task idle;
        lock (_gate)
        {
            idle = _idle.Task;
        }
        try
        {
            await idle.WaitAsync(patience, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
        }
    }
}
