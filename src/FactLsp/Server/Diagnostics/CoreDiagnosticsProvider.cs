using System.Collections.Concurrent;
using FactLsp.Core.Workspace;
using FactLsp.Server.Workspace;

namespace FactLsp.Server.Diagnostics;

/// <summary>
/// The real diagnostics: the Core's, for every workspace of the server state. In push mode it
/// remembers the snapshot each workspace was last published from, so that an edit to a source or
/// to people.yaml republishes exactly the files whose diagnostics it can change (the Core's
/// <see cref="WorkspaceSnapshot.ChangedSince"/>), and a file that left the workspace is cleared.
/// </summary>
public sealed class CoreDiagnosticsProvider : IDiagnosticsProvider
{
    // Written only by push requests, which the publisher runs one at a time. A round starts by
    // taking the snapshot it checks as the new baseline and owing every path it plans; a path is
    // paid when sent. A round cut short by an edit leaves its debts to the next, which also adds
    // whatever changed since the baseline: nothing planned is lost, nothing sent is sent again.
    private readonly ConcurrentDictionary<string, WorkspaceSnapshot> _published = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _owed = new(StringComparer.Ordinal);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Protocol.Diagnostic>>> ComputeAsync(DiagnosticsRequest request, CancellationToken cancellationToken) =>
        Task.Run(() => Compute(request, cancellationToken), cancellationToken);

    private IReadOnlyDictionary<string, IReadOnlyList<Protocol.Diagnostic>> Compute(DiagnosticsRequest request, CancellationToken cancellationToken)
    {
        var workspaces = request.State.Workspaces;
        var results = new ConcurrentDictionary<string, IReadOnlyList<Protocol.Diagnostic>>(StringComparer.Ordinal);
        var asked = new Dictionary<WorkspaceEntry, HashSet<string>>();
        // The whole workspace includes the open documents that lie in none.
        foreach (var uri in request.ChangedUris ?? request.State.Documents.All.Select(d => d.Uri).ToHashSet())
        {
            if (workspaces.Locate(uri) is { } located)
            {
                Paths(asked, located.Entry).Add(located.Path);
            }
            else
            {
                // In no workspace (a closed loose file, a file outside every folder): nothing to say about it.
                results[uri] = [];
                request.OnDocument?.Invoke(uri, []);
            }
        }

        foreach (var entry in workspaces.Entries)
        {
            var snapshot = entry.Snapshot;
            var paths = request.IsWholeWorkspace ? new HashSet<string>(snapshot.Files.Select(f => f.Path), StringComparer.Ordinal) : Paths(asked, entry);
            ConcurrentDictionary<string, byte>? owed = null;
            if (request.IncludeDependents)
            {
                if (_published.TryGetValue(entry.RootPath, out var older))
                {
                    paths.UnionWith(snapshot.ChangedSince(older));
                }
                owed = _owed.GetOrAdd(entry.RootPath, _ => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal));
                paths.UnionWith(owed.Keys);
                foreach (var path in paths)
                {
                    owed[path] = 0;
                }
                _published[entry.RootPath] = snapshot;
            }
            // The documents open in the editor first: the writer is looking at them.
            var ordered = paths.OrderByDescending(snapshot.IsOpenInEditor).ToList();
            Parallel.ForEach(Partitioner.Create(ordered, EnumerablePartitionerOptions.NoBuffering), new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, path =>
            {
                var uri = workspaces.UriOf(snapshot, path);
                var diagnostics = snapshot.GetDiagnostics(path).Select(d => LspDiagnostics.Convert(workspaces, snapshot, d, request.Encoding, request.Client)).ToList();
                results[uri] = diagnostics;
                request.OnDocument?.Invoke(uri, diagnostics);
                owed?.TryRemove(path, out _);
            });
        }
        return results;
    }

    private static HashSet<string> Paths(Dictionary<WorkspaceEntry, HashSet<string>> asked, WorkspaceEntry entry)
    {
        if (!asked.TryGetValue(entry, out var paths))
        {
            asked[entry] = paths = new HashSet<string>(StringComparer.Ordinal);
        }
        return paths;
    }
}
