using System.Collections.Concurrent;
using FactLsp.Server.Conversions;
using FactLsp.Server.Workspace;

namespace FactLsp.Server.Diagnostics;

/// <summary>
/// The real diagnostics: the Core's, for the documents asked about in the request's state. A pure
/// function of the request: it keeps nothing between calls (what was sent and what is owed is the
/// <see cref="DiagnosticsPublisher"/>'s to know).
/// </summary>
public sealed class CoreDiagnosticsProvider : IDiagnosticsProvider
{
    public Task<IReadOnlyDictionary<string, IReadOnlyList<Protocol.Diagnostic>>> ComputeAsync(DiagnosticsRequest request, CancellationToken cancellationToken) =>
        Task.Run(() => Compute(request, cancellationToken), cancellationToken);

    private static IReadOnlyDictionary<string, IReadOnlyList<Protocol.Diagnostic>> Compute(DiagnosticsRequest request, CancellationToken cancellationToken)
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
                if (request.OnDocument is { } send)
                {
                    send(uri, []);
                }
                else
                {
                    results[uri] = [];
                }
            }
        }

        foreach (var entry in workspaces.Entries)
        {
            var snapshot = entry.Snapshot;
            var paths = request.IsWholeWorkspace ? snapshot.Files.Select(f => f.Path) : Paths(asked, entry);
            // The documents open in the editor first: the writer is looking at them. While the indexer checks the
            // workspace, each article comes as soon as its sources are done, so a whole-workspace round is sent as
            // the indexing goes, not at its end.
            var ordered = snapshot.InReadyOrder(paths.OrderByDescending(snapshot.IsOpenInEditor).ToList(), cancellationToken);
            Parallel.ForEach(Partitioner.Create(ordered, EnumerablePartitionerOptions.NoBuffering), new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, path =>
            {
                var uri = workspaces.UriOf(snapshot, path);
                var diagnostics = snapshot.GetDiagnostics(path).Select(d => LspDiagnostics.Convert(workspaces, snapshot, d, request.Encoding, request.Client)).ToList();
                if (request.OnDocument is { } send)
                {
                    // Sent now and not kept: a whole workspace's converted diagnostics would otherwise all be held to the round's end.
                    send(uri, diagnostics);
                }
                else
                {
                    results[uri] = diagnostics;
                }
            });
            // The ordering ends early when cancelled: the round did not cover everything.
            cancellationToken.ThrowIfCancellationRequested();
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
