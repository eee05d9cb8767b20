using FactLsp.Core.Workspace;
using FactLsp.Server.Concurrency;
using FactLsp.Server.State;

namespace FactLsp.Server.Workspace;

/// <summary>
/// Checks an article the moment the editor opens it, beside the publisher's quiet delay (which
/// still decides when diagnostics are sent, so a burst of edits is published once): the check is
/// the snapshot's own lazy work, so the publication that follows finds it done. Until such checks
/// end and their diagnostics are sent, the background read of a large workspace pauses (<see cref="WaitWhileBusy"/>) and its
/// hand-over waits (<see cref="WhenIdleAsync"/>): on two cores the writer's article comes first.
/// </summary>
/// <param name="publishPatience">How long an opened article counts as running after its check, waiting for its diagnostics to be sent.</param>
public sealed class OpenArticleChecks(TimeSpan publishPatience)
{
    private readonly IdleGate _checks = new();

    /// <summary>How many opened articles are being checked now.</summary>
    public int Running => _checks.Open;

    /// <summary>
    /// Starts the check of <paramref name="uri"/> on <paramref name="state"/> if it is an article of a
    /// workspace. With <paramref name="publisher"/> (a client that is sent diagnostics), it counts as
    /// running until its diagnostics are sent too (for the publish patience at most): an article
    /// answered from the cache is checked beside its publication (hovers read the check), before the read goes on.
    /// </summary>
    public void Start(ServerState state, string uri, CancellationToken stopping, Diagnostics.DiagnosticsPublisher? publisher)
    {
        if (state.Workspaces.Locate(uri) is not { } located || located.Snapshot.GetFile(located.Path)?.Kind != FileKind.Article)
        {
            return;
        }
        var snapshot = located.Snapshot;
        var path = located.Path;
        var known = snapshot.HasFindings(path);
        if (known && publisher is null)
        {
            return;
        }
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnSent(string what)
        {
            if (what == uri)
            {
                sent.TrySetResult();
            }
        }
        if (publisher is not null)
        {
            publisher.DocumentSent += OnSent;
        }
        else
        {
            sent.SetResult();
        }
        _checks.Enter();
        _ = Task.Run(async () =>
        {
            try
            {
                if (!stopping.IsCancellationRequested)
                {
                    if (known)
                    {
                        // Answered from the cache: the check that hovers and lenses read runs now, beside the
                        // publication (which needs no check), so a hover sent after the diagnostics finds it done or under way.
                        snapshot.GetAnalysis(path);
                    }
                    else
                    {
                        // Catches what a check throws itself (the file is reported as unreadable).
                        snapshot.GetDiagnostics(path);
                    }
                }
                await sent.Task.WaitAsync(publishPatience, stopping).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Stopped, or no publication in time, or a check that failed: the diagnostics say so when asked; nothing to do here.
            }
            finally
            {
                if (publisher is not null)
                {
                    publisher.DocumentSent -= OnSent;
                }
                _checks.Exit();
            }
        }, CancellationToken.None);
    }

    /// <summary>Completes when no opened article is being checked, or after <paramref name="patience"/>.</summary>
    public Task WhenIdleAsync(TimeSpan patience, CancellationToken cancellationToken) => _checks.WhenIdleAsync(patience, cancellationToken);

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
