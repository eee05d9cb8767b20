using FactLsp.Core.Workspace;
using FactLsp.Server.State;

namespace FactLsp.Server.Workspace;

/// <summary>
/// Checks an article the moment the editor opens it, beside the publisher's quiet delay (which
/// still decides when diagnostics are sent, so a burst of edits is published once): the check is
/// the snapshot's own lazy work, so the publication that follows finds it done. While such checks
/// run, the background read of a large workspace pauses (<see cref="WaitWhileBusy"/>) and its
/// hand-over waits (<see cref="WhenIdleAsync"/>): on two cores the writer's article comes first.
/// </summary>
public sealed class OpenArticleChecks
{
    private readonly object _gate = new();
    private int _running;
    private TaskCompletionSource _idle = Idle();

    private static TaskCompletionSource Idle()
    {
        var idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        idle.SetResult();
        return idle;
    }

    /// <summary>How many opened articles are being checked now.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>Starts the check of <paramref name="uri"/> on <paramref name="state"/> if it is an article of a workspace.</summary>
    public void Start(ServerState state, string uri, CancellationToken stopping)
    {
        if (state.Workspaces.Locate(uri) is not { } located || located.Snapshot.GetFile(located.Path)?.Kind != FileKind.Article)
        {
            return;
        }
        var snapshot = located.Snapshot;
        var path = located.Path;
        if (snapshot.HasFindings(path))
        {
            return;
        }
        lock (_gate)
        {
            if (_running++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
        _ = Task.Run(() =>
        {
            try
            {
                if (!stopping.IsCancellationRequested)
                {
                    // Catches what a check throws itself (the file is reported as unreadable).
                    snapshot.GetDiagnostics(path);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
            }
            finally
            {
                lock (_gate)
                {
                    if (--_running == 0)
                    {
                        _idle.TrySetResult();
                    }
                }
            }
        }, CancellationToken.None);
    }

    /// <summary>Completes when no opened article is being checked, or after <paramref name="patience"/>.</summary>
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

    /// <summary>Blocks the calling (background) thread while an opened article is being checked, for at most <paramref name="patience"/>.</summary>
    public void WaitWhileBusy(TimeSpan patience, CancellationToken cancellationToken)
    {
        if (Running == 0)
        {
            return;
        }
        WhenIdleAsync(patience, cancellationToken).GetAwaiter().GetResult();
    }
}
