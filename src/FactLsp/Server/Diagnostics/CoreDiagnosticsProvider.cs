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
    // Written only by push requests, which the publisher runs one at a time.
    private readonly ConcurrentDictionary<string, WorkspaceSnapshot> _published = new(StringComparer.Ordinal);

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
            }
        }

        var published = new List<(string Root, WorkspaceSnapshot Snapshot)>();
        foreach (var entry in workspaces.Entries)
        {
            var snapshot = entry.Snapshot;
            var paths = request.IsWholeWorkspace ? new HashSet<string>(snapshot.Files.Select(f => f.Path), StringComparer.Ordinal) : Paths(asked, entry);
            if (request.IncludeDependents)
            {
                if (_published.TryGetValue(entry.RootPath, out var older))
                {
                    paths.UnionWith(snapshot.ChangedSince(older));
                }
                published.Add((entry.RootPath, snapshot));
            }
            Parallel.ForEach(paths, new ParallelOptions { CancellationToken = cancellationToken }, path =>
            {
                var uri = workspaces.UriOf(snapshot, path);
                results[uri] = snapshot.GetDiagnostics(path).Select(d => LspDiagnostics.Convert(workspaces, snapshot, d, request.Encoding)).ToList();
            });
        }

        // Only a finished round counts as published: a cancelled one leaves its changes to the next.
        foreach (var (root, snapshot) in published)
        {
            _published[root] = snapshot;
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
