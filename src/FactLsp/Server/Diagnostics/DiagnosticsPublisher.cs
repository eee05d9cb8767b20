using System.Collections.Concurrent;
using FactLsp.Server.Client;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;
using FactLsp.Server.State;

namespace FactLsp.Server.Diagnostics;

/// <summary>
/// Pushes diagnostics after changes, debounced: a burst of keystrokes is checked once, a quiet
/// <see cref="Delay"/> after the last one, on the state current at that moment. Each publication
/// carries the version of the document it was computed on. A change arriving while a check runs
/// cancels it; its documents are checked again with the new change.
/// </summary>
public sealed class DiagnosticsPublisher : IAsyncDisposable
{
    private readonly IDiagnosticsProvider _provider;
    private readonly Func<ServerState> _currentState;
    private readonly ClientSession _client;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly object _gate = new();
    private readonly CancellationTokenSource _disposed = new();
    private ChangeSet _pending = new();
    private CancellationTokenSource? _scheduled;

    public DiagnosticsPublisher(IDiagnosticsProvider provider, Func<ServerState> currentState, ClientSession client, TimeSpan delay)
    {
        _provider = provider;
        _currentState = currentState;
        _client = client;
        Delay = delay;
    }

    public TimeSpan Delay { get; }

    /// <summary>Completes each time a publication round ends (tests and benchmarks wait on it).</summary>
    public event Action? Published;

    public void Schedule(ChangeSet changes)
    {
        CancellationToken token;
        lock (_gate)
        {
            if (_disposed.IsCancellationRequested)
            {
                return;
            }
            _pending.UnionWith(changes);
            _scheduled?.Cancel();
            _scheduled?.Dispose();
            _scheduled = CancellationTokenSource.CreateLinkedTokenSource(_disposed.Token);
            token = _scheduled.Token;
        }
        _ = RunAsync(token);
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Delay, cancellationToken).ConfigureAwait(false);
            await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return; // A later change rescheduled the work.
        }

        ChangeSet taken;
        lock (_gate)
        {
            taken = _pending;
            _pending = new ChangeSet();
        }
        var state = _currentState();
        // Each document is sent as soon as it is checked: a round over a large workspace (after
        // indexing) that a keystroke cancels loses nothing already sent.
        var sent = new ConcurrentDictionary<string, Task>(StringComparer.Ordinal);
        // Sent even when the round is being cancelled: they are right for the version they name, a
        // newer round follows, and the provider counts every computed document as delivered.
        void Send(string uri, IReadOnlyList<Diagnostic> diagnostics) =>
            sent[uri] = _client.NotifyAsync(LspMethods.PublishDiagnostics, new PublishDiagnosticsParams(uri, diagnostics, state.Documents.Get(uri)?.Version));
        try
        {
            var request = new DiagnosticsRequest(state, taken.Everything ? null : taken.Uris, _client.PositionEncoding, IncludeDependents: true, OnDocument: Send, Client: _client.Capabilities);
            var results = await _provider.ComputeAsync(request, cancellationToken).ConfigureAwait(false);
            foreach (var (uri, diagnostics) in results.Where(r => !sent.ContainsKey(r.Key)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                Send(uri, diagnostics);
            }
            await Task.WhenAll(sent.Values).ConfigureAwait(false);
            Published?.Invoke();
        }
        catch (OperationCanceledException)
        {
            // Superseded: give the documents not yet sent back to the run that cancelled this one.
            var rest = new ChangeSet();
            var all = taken.Everything ? AllDocuments(state) : taken.Uris;
            foreach (var uri in all.Where(u => !sent.ContainsKey(u)))
            {
                rest.Add(uri);
            }
            lock (_gate)
            {
                rest.UnionWith(_pending);
                _pending = rest;
            }
        }
        catch (Exception ex)
        {
            await _client.LogAsync(MessageType.Error, $"Computing diagnostics failed: {ex}").ConfigureAwait(false);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    // Every document a whole-workspace round covers: each workspace's files and the open documents.
    private static IEnumerable<string> AllDocuments(ServerState state) =>
        state.Workspaces.Entries
            .SelectMany(e => e.Snapshot.Files.Select(f => state.Workspaces.UriOf(e.Snapshot, f.Path)))
            .Concat(state.Documents.All.Select(d => d.Uri))
            .Distinct(StringComparer.Ordinal);

    public ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            _disposed.Cancel();
            _scheduled?.Dispose();
            _scheduled = null;
        }
        return ValueTask.CompletedTask;
    }
}
