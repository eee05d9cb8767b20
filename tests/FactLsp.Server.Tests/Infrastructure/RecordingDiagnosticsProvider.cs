using System.Collections.Concurrent;
using FactLsp.Core.Checking;
using FactLsp.Server.Diagnostics;
using FactLsp.Server.Protocol;

namespace FactLsp.Server.Tests.Infrastructure;

/// <summary>
/// The Core's provider, recording for each article it answered which check object the answer came
/// from and whether the workspace was still the partial one: a check done again is another object.
/// </summary>
public sealed class RecordingDiagnosticsProvider : IDiagnosticsProvider
{
    private readonly CoreDiagnosticsProvider _inner = new();

    public ConcurrentQueue<(string Uri, int? Version, bool Partial, ArticleAnalysis? Check, bool Reused)> Answers { get; } = new();

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>>> ComputeAsync(DiagnosticsRequest request, CancellationToken cancellationToken)
    {
        // A document handed to OnDocument is sent at once: it is recorded before it is passed on, so a test that
        // has seen a publication finds its answer here.
        var recorded = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var forward = request.OnDocument;
        var recording = request with
        {
            OnDocument = (uri, diagnostics) =>
            {
                Record(request, uri, recorded);
                forward?.Invoke(uri, diagnostics);
            },
        };
        var results = await _inner.ComputeAsync(recording, cancellationToken);
        foreach (var uri in results.Keys)
        {
            Record(request, uri, recorded);
        }
        return results;
    }

    private void Record(DiagnosticsRequest request, string uri, ConcurrentDictionary<string, bool> recorded)
    {
        if (recorded.TryAdd(uri, true) && request.State.Workspaces.Locate(uri) is { } located && located.Snapshot.GetArticle(located.Path) is not null)
        {
            // Reused findings are what the answer gave (they come before any check); else the answer
            // finished the check, and asking for it here starts nothing new.
            var fromCache = located.Snapshot.HasReusedFindings(located.Path);
            Answers.Enqueue((uri, request.State.Documents.Get(uri)?.Version, located.Entry.IsPartial, fromCache ? null : located.Snapshot.GetAnalysis(located.Path), fromCache));
        }
    }
}
