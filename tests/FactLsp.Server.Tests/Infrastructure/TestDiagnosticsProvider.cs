using System.Collections.Concurrent;
using FactLsp.Core.Text;
using FactLsp.Server.Diagnostics;
using FactLsp.Server.Protocol;

namespace FactLsp.Server.Tests.Infrastructure;

/// <summary>
/// A stand-in for the Core: one warning on every "TODO" of every open document, an empty list
/// for documents not open (so closing clears them). Counts its calls.
/// </summary>
public sealed class TestDiagnosticsProvider : IDiagnosticsProvider
{
    public int Calls;

    private readonly object _gate = new();
    private TaskCompletionSource _asked = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<DiagnosticsRequest> Requests { get; } = new();

    /// <summary>Waits until the server has asked for diagnostics as <paramref name="match"/> describes.</summary>
    public async Task WaitForRequestAsync(Func<DiagnosticsRequest, bool> match, string what)
    {
        var deadline = DateTime.UtcNow + LspClient.DefaultTimeout;
        while (true)
        {
            Task asked;
            lock (_gate)
            {
                if (Requests.Any(match))
                {
                    return;
                }
                asked = _asked.Task;
            }
            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero || await Task.WhenAny(asked, Task.Delay(remaining)) != asked)
            {
                throw new TimeoutException($"Waited {LspClient.DefaultTimeout.TotalSeconds} s for {what}; the server asked for none.");
            }
        }
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>>> ComputeAsync(DiagnosticsRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Calls);
        lock (_gate)
        {
            Requests.Enqueue(request);
            _asked.TrySetResult();
            _asked = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        var uris = request.ChangedUris ?? request.State.Documents.All.Select(d => d.Uri).ToHashSet();
        var results = new Dictionary<string, IReadOnlyList<Diagnostic>>();
        foreach (var uri in uris)
        {
            var document = request.State.Documents.Get(uri);
            var list = new List<Diagnostic>();
            if (document is not null)
            {
                for (var at = document.Text.IndexOf("TODO", StringComparison.Ordinal); at >= 0; at = document.Text.IndexOf("TODO", at + 1, StringComparison.Ordinal))
                {
                    var range = document.LineMap.GetRange(new TextSpan(at, 4), request.Encoding);
                    list.Add(new Diagnostic
                    {
                        Range = new Protocol.Range(new Position(range.Start.Line, range.Start.Character), new Position(range.End.Line, range.End.Character)),
                        Severity = DiagnosticSeverity.Warning,
                        Code = "todo",
                        Source = "factlsp-test",
                        Message = "TODO left in the text",
                    });
                }
            }
            results[uri] = list;
        }
        return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>>>(results);
    }
}
