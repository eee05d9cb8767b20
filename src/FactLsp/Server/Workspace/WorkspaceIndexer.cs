using FactLsp.Core.Configuration;
using FactLsp.Core.Workspace;
using FactLsp.Server.Client;
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
    /// then ends <paramref name="progress"/>. Runs outside the request queue: snapshots are immutable.
    /// </summary>
    public static async Task CheckAllAsync(WorkspaceSet workspaces, WorkDoneProgress progress, CancellationToken cancellationToken)
    {
        var total = workspaces.Entries.Sum(e => e.Snapshot.Files.Count());
        await progress.ReportAsync($"Indexing {"file".ToQuantity(total, "N0")}", 0).ConfigureAwait(false);
        var done = 0;
        var lastPercent = 0;
        var reporter = new Progress<int>(checkedSoFar =>
        {
            var percent = total == 0 ? 100 : Interlocked.Increment(ref done) * 100 / total;
            // One report per percent: a large workspace must not flood the client.
            if (percent > Volatile.Read(ref lastPercent) && Interlocked.Exchange(ref lastPercent, percent) < percent)
            {
                _ = progress.ReportAsync($"Indexing {"file".ToQuantity(total, "N0")}", percent);
            }
        });
        try
        {
            foreach (var entry in workspaces.Entries)
            {
                await Task.Run(() => entry.Snapshot.GetAllDiagnostics(reporter, cancellationToken), cancellationToken).ConfigureAwait(false);
            }
            await progress.EndAsync($"Indexed {"file".ToQuantity(total, "N0")}").ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await progress.EndAsync("Indexing stopped").ConfigureAwait(false);
        }
    }
}
