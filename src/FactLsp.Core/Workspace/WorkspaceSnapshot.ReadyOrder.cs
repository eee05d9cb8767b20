using System.Collections.Concurrent;
using FactLsp.Core.Checking;
using FactLsp.Core.Diagnostics;

namespace FactLsp.Core.Workspace;

/// <summary>The order in which files' diagnostics can be had without waiting, while a whole-workspace check runs.</summary>
public sealed partial class WorkspaceSnapshot
{
    /// <summary>
    /// <paramref name="paths"/>, each once, in the order their diagnostics can be had without waiting on the
    /// whole-workspace check running on this snapshot (<see cref="GetAllDiagnostics(IProgress{int}?, CancellationToken)"/>):
    /// first, in the given order, every path that waits for nothing (any file but an article, an article open in the
    /// editor, one whose findings are known, everything when no such check runs); then each article the check's
    /// source-by-source pass works for, as soon as its last source is done. A server publishing every file's diagnostics
    /// beside the indexing so sends each article while the pass goes on, instead of most of them at its end.
    /// Blocks while nothing is ready; ends early when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public IEnumerable<string> InReadyOrder(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        if (_sourceWork is not { } pass)
        {
            foreach (var path in paths)
            {
                yield return path;
            }
            yield break;
        }
        var articles = new List<string>();
        foreach (var path in paths)
        {
            if (_analyses.ContainsKey(path) && !IsOpenInEditor(path) && !HasFindings(path))
            {
                articles.Add(path);
            }
            else
            {
                yield return path;
            }
        }
        // The pass parses every article before it knows what each waits for: only articles wait for that.
        var plan = articles.Count == 0 ? null : PlanOf(pass.Task, cancellationToken);
        if (plan is null)
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                foreach (var path in articles)
                {
                    yield return path;
                }
            }
            yield break;
        }
        var ready = new BlockingCollection<string>();
        var waiting = 0;
        foreach (var path in articles)
        {
            if (plan.GetValueOrDefault(path) is { IsReady: false } work)
            {
                waiting++;
                // Every work is ready at the latest when the pass ends (done, failed or cancelled).
                work.Ready.ContinueWith(_ => ready.Add(path), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
            else
            {
                yield return path;
            }
        }
        for (var i = 0; i < waiting; i++)
        {
            if (Take(ready, cancellationToken) is not { } next)
            {
                yield break;
            }
            yield return next;
        }
    }

    /// <summary>
    /// Announces a whole-workspace check of this snapshot before it starts: from now on <see cref="InReadyOrder"/> and the
    /// articles' own checks wait for its source-by-source pass, as they do once it runs. A server hands a workspace over
    /// and starts publishing every file's diagnostics at once; a publication that found no pass yet would check each article
    /// alone beside it, preparing its sources again. Run the check with <see cref="AnnouncedCheck.Run"/>; disposing an
    /// announcement that was never run withdraws it (whoever waits then checks on their own).
    /// </summary>
    public AnnouncedCheck AnnounceAllDiagnostics()
    {
        var pass = NewPass();
        _sourceWork = pass;
        return new AnnouncedCheck(this, pass);
    }

    /// <summary>A whole-workspace check announced by <see cref="AnnounceAllDiagnostics"/>, run once or withdrawn.</summary>
    public sealed class AnnouncedCheck : IDisposable
    {
        private readonly WorkspaceSnapshot _snapshot;
        private readonly TaskCompletionSource<Dictionary<string, SourceWork>?> _pass;
        private int _taken;

        internal AnnouncedCheck(WorkspaceSnapshot snapshot, TaskCompletionSource<Dictionary<string, SourceWork>?> pass)
        {
            _snapshot = snapshot;
            _pass = pass;
        }

        public WorkspaceSnapshot Snapshot => _snapshot;

        /// <summary>
        /// As <see cref="GetAllDiagnostics(int, IProgress{int}?, CancellationToken)"/>, on the announced pass; only once, and not after <see cref="Dispose"/>.
        /// </summary>
        public IReadOnlyList<(WorkspaceFile File, IReadOnlyList<Diagnostic> Diagnostics)> Run(int parallelism, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref _taken, 1) != 0)
            {
                throw new InvalidOperationException("An announced check runs once, and not after it was withdrawn.");
            }
            return _snapshot.GetAllDiagnostics(parallelism, progress, cancellationToken, _pass);
        }

        /// <summary>Withdraws the announcement if the check was never run; does nothing after <see cref="Run"/>.</summary>
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _taken, 1) != 0)
            {
                return;
            }
            _pass.TrySetResult(null);
            if (ReferenceEquals(_snapshot._sourceWork, _pass))
            {
                _snapshot._sourceWork = null;
            }
        }
    }

    // The pass's plan once it has one; null when it failed or had nothing to do, or when cancelled meanwhile.
    private static Dictionary<string, SourceWork>? PlanOf(Task<Dictionary<string, SourceWork>?> planned, CancellationToken cancellationToken)
    {
        try
        {
            planned.Wait(cancellationToken);
            return planned.Result;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private static string? Take(BlockingCollection<string> ready, CancellationToken cancellationToken)
    {
        try
        {
            return ready.Take(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }
}
