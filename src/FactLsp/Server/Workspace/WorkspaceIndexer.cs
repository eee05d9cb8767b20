using FactLsp.Core.Configuration;
using FactLsp.Core.Workspace;
using FactLsp.Server.Client;
using FactLsp.Server.Conversions;
using FactLsp.Server.Protocol;
using Humanizer;

namespace FactLsp.Server.Workspace;

/// <summary>
/// Loads the client's folders into Core snapshots, then checks every file in the background so
/// the first hover and the first diagnostics are answered from finished work. Loading reads the
/// files; parsing and checking are the Core's lazy work, shared by every later snapshot.
/// </summary>
public static class WorkspaceIndexer
{
    /// <summary>The FactLsp workspaces in the client's folders (see <see cref="WorkspaceDiscovery.FindRootsIn"/>).</summary>
    public static IReadOnlyList<string> FindRoots(IEnumerable<string> folderUris) => folderUris
        .Select(DocumentUris.ToLocalPath)
        .OfType<string>()
        .SelectMany(WorkspaceDiscovery.FindRootsIn)
        .Distinct(StringComparer.Ordinal)
        .ToList();

    /// <summary>Reads every workspace, reporting on <paramref name="progress"/>.</summary>
    public static WorkspaceSet Load(IReadOnlyList<string> roots, ConfigOverrides overrides, WorkDoneProgress progress, Action<string> log, CancellationToken cancellationToken)
    {
        var set = WorkspaceSet.Empty;
        foreach (var root in roots)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _ = progress.ReportAsync($"Reading {root}");
            var snapshot = WorkspaceSnapshot.Load(root, overrides, cancellationToken: cancellationToken);
            log($"Workspace {root}: {"article".ToQuantity(snapshot.Files.Count(f => f.Kind == FileKind.Article), "N0")}, {"source".ToQuantity(snapshot.Sources.Count(), "N0")}.");
            set = set.With(snapshot);
        }
        return set;
    }

    /// <summary>
    /// Checks every file of <paramref name="workspaces"/> on all cores ("Indexing 1,204 files"),
    /// then, once <paramref name="sent"/> completes (the publisher has sent what the check found), ends
    /// <paramref name="progress"/>. Runs outside the request queue: snapshots are immutable.
    /// </summary>
    /// <remarks>
    /// With <paramref name="announced"/> (from <see cref="Announce"/>, taken over here: run or withdrawn), the checks
    /// were announced when the workspaces were committed, so a publication started meanwhile waits for them.
    /// </remarks>
    public static async Task CheckAllAsync(WorkspaceSet workspaces, WorkDoneProgress progress, CancellationToken cancellationToken, Func<CancellationToken, Task>? sent = null,
        IReadOnlyList<WorkspaceSnapshot.AnnouncedCheck>? announced = null)
    {
        announced ??= Announce(workspaces);
        var total = workspaces.Entries.Sum(e => e.Snapshot.Files.Count());
        var title = $"Indexing {"file".ToQuantity(total, "N0")}";
        var counter = new Counter();
        // Started before anything is awaited, and whatever the token says: the announced checks must run or be
        // withdrawn (each ends at once when cancelled), or publications would wait for them.
        var work = Task.Run(() =>
        {
            try
            {
                foreach (var entry in workspaces.Entries)
                {
                    if (announced.FirstOrDefault(a => ReferenceEquals(a.Snapshot, entry.Snapshot)) is { } check)
                    {
                        check.Run(Environment.ProcessorCount, counter, cancellationToken);
                    }
                    else
                    {
                        entry.Snapshot.GetAllDiagnostics(counter, cancellationToken);
                    }
                }
            }
            finally
            {
                foreach (var check in announced)
                {
                    check.Dispose();
                }
            }
        }, CancellationToken.None);
        await progress.ReportAsync(title, 0).ConfigureAwait(false);
        try
        {
            // Reports go from this one loop, a few a second: in order (LSP wants percentages that never
            // go down, and nothing after "end"), and never a flood on a large workspace.
            var last = 0;
            while (!work.IsCompleted)
            {
                await Task.WhenAny(work, Task.Delay(ReportInterval, cancellationToken)).ConfigureAwait(false);
                var percent = total == 0 ? 100 : Math.Min(100, counter.Count * 100 / total);
                if (percent > last && !work.IsCompleted)
                {
                    last = percent;
                    await progress.ReportAsync(title, percent).ConfigureAwait(false);
                }
            }
            await work.ConfigureAwait(false);
            if (sent is not null)
            {
                await sent(cancellationToken).ConfigureAwait(false);
            }
            await progress.EndAsync($"Indexed {"file".ToQuantity(total, "N0")}").ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await progress.EndAsync("Indexing stopped").ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Announces the whole-workspace check of every workspace in <paramref name="workspaces"/> (see
    /// <see cref="WorkspaceSnapshot.AnnounceAllDiagnostics"/>): called where the workspaces are committed, before the
    /// publication that commit schedules can start, and handed to <see cref="CheckAllAsync"/>.
    /// </summary>
    public static IReadOnlyList<WorkspaceSnapshot.AnnouncedCheck> Announce(WorkspaceSet workspaces) =>
        workspaces.Entries.Where(e => !e.IsPartial).Select(e => e.Snapshot.AnnounceAllDiagnostics()).ToList();

    private static readonly TimeSpan ReportInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Counts checked files as they finish, on whichever thread finishes them.</summary>
    private sealed class Counter : IProgress<int>
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Report(int value) => Interlocked.Increment(ref _count);
    }
}
