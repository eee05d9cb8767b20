using System.Collections.Concurrent;
using FactLsp.Core.Workspace;
using FactLsp.Server.Client;
using FactLsp.Server.Concurrency;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;
using FactLsp.Server.State;

namespace FactLsp.Server.Diagnostics;

/// <summary>
/// Pushes diagnostics after changes, debounced: a burst of keystrokes is checked once, a quiet
/// <see cref="Delay"/> after the last one, on the latest state committed by then. Each publication
/// carries the version of the document it was computed on. A change arriving while a check runs
/// cancels it; its documents are checked again with the new change.
/// </summary>
/// <remarks>
/// The one owner of what was sent and what is owed. The provider only computes; this class plans
/// each round (the changed documents, and those whose diagnostics the change can reach: the
/// articles quoting an edited source, found by comparing each workspace with the snapshot the last
/// round planned from), and a round cut short by an edit gives what it had not sent back to the
/// next: nothing planned is lost, nothing sent is sent again. An open document whose diagnostics
/// and version are what was last sent for it is not sent again either.
/// </remarks>
public sealed class DiagnosticsPublisher : IAsyncDisposable
{
    private readonly IDiagnosticsProvider _provider;
    private readonly ClientSession _client;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly object _gate = new();
    private readonly CancellationTokenSource _disposed = new();
    // Guarded by _gate: what is owed, and the state it is owed on.
    private ChangeSet _pending = new();
    private ServerState? _state;
    private CancellationTokenSource? _scheduled;
    // Runs scheduled or running: idle when none is.
    private readonly IdleGate _runs = new();
    // Touched only by rounds, which run one at a time: each workspace's snapshot as the last round planned it.
    private readonly Dictionary<string, WorkspaceSnapshot> _planned = new(StringComparer.Ordinal);
    // What was last sent for each document: its version and its diagnostics' resultId.
    private readonly ConcurrentDictionary<string, (int? Version, string ResultId)> _lastSent = new(StringComparer.Ordinal);

    public DiagnosticsPublisher(IDiagnosticsProvider provider, ClientSession client, TimeSpan delay)
    {
        _provider = provider;
        _client = client;
        Delay = delay;
    }

    public TimeSpan Delay { get; }

    /// <summary>Completes each time a publication round ends (tests and benchmarks wait on it).</summary>
    public event Action? Published;

    /// <summary>Raised when a document's diagnostics are sent, or found to be what the client already shows.</summary>
    public event Action<string>? DocumentSent;

    /// <summary>
    /// Completes when everything owed has been sent (no publication is scheduled or under way), or after
    /// <paramref name="patience"/>: the end of indexing waits on it, so the editor sees every file's
    /// diagnostics by then and the first edits after it are not published beside the workspace's tail.
    /// </summary>
    public Task WhenIdleAsync(TimeSpan patience, CancellationToken cancellationToken) => _runs.WhenIdleAsync(patience, cancellationToken);

    /// <summary>A state was committed with <paramref name="changes"/>: its diagnostics are owed, after the quiet delay.</summary>
    public void Schedule(ServerState state, ChangeSet changes)
    {
        CancellationToken token;
        lock (_gate)
        {
            if (_disposed.IsCancellationRequested)
            {
                return;
            }
            _state = state;
            _pending.UnionWith(changes);
            _scheduled?.Cancel();
            _scheduled?.Dispose();
            _scheduled = CancellationTokenSource.CreateLinkedTokenSource(_disposed.Token);
            token = _scheduled.Token;
            _runs.Enter();
        }
        _ = CountedRunAsync(token);
    }

    private async Task CountedRunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RunAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _runs.Exit();
        }
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
        ServerState state;
        lock (_gate)
        {
            taken = _pending;
            _pending = new ChangeSet();
            state = _state!;
        }
        HashSet<string>? planned;
        try
        {
            planned = Plan(state, taken);
        }
        catch (Exception ex)
        {
            // Released here too: a round that fails before its own try must not stop every later publication.
            _oneAtATime.Release();
            await _client.LogAsync(MessageType.Error, $"Planning diagnostics failed: {ex}").ConfigureAwait(false);
            return;
        }
        // Each document is sent as soon as it is checked: a round over a large workspace (after
        // indexing) that a keystroke cancels loses nothing already sent.
        var sent = new ConcurrentDictionary<string, Task>(StringComparer.Ordinal);
        // Sent even when the round is being cancelled: they are right for the version they name,
        // and a newer round follows that will not send them again.
        void Send(string uri, IReadOnlyList<Diagnostic> diagnostics)
        {
            var version = state.Documents.Get(uri)?.Version;
            // What an open document already shows for this version is not sent again (the whole-workspace
            // round after the start's hand-over finds the open articles as they were). Only open documents
            // are compared: hashing every file's diagnostics would cost more than sending them.
            var published = version is { } open ? (open, DiagnosticResultIds.Of(diagnostics)) : default((int?, string)?);
            if (published is { } same && _lastSent.TryGetValue(uri, out var last) && last == same)
            {
                sent[uri] = Task.CompletedTask;
            }
            else
            {
                if (published is { } record)
                {
                    _lastSent[uri] = record;
                }
                else
                {
                    _lastSent.TryRemove(uri, out _);
                }
                sent[uri] = _client.NotifyAsync(LspMethods.PublishDiagnostics, new PublishDiagnosticsParams(uri, diagnostics, version));
            }
            DocumentSent?.Invoke(uri);
        }
        try
        {
            var request = new DiagnosticsRequest(state, planned, _client.PositionEncoding, OnDocument: Send, Client: _client.Capabilities);
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
            foreach (var uri in (planned ?? AllDocuments(state)).Where(u => !sent.ContainsKey(u)))
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

    /// <summary>
    /// The documents this round owes: null for every document (after a change to everything), else
    /// the changed ones and every file whose workspace snapshot changed it since the last round.
    /// Each workspace's current snapshot becomes the one the next round compares with.
    /// </summary>
    private HashSet<string>? Plan(ServerState state, ChangeSet taken)
    {
        var workspaces = state.Workspaces;
        var planned = taken.Everything ? null : new HashSet<string>(taken.Uris, StringComparer.Ordinal);
        foreach (var entry in workspaces.Entries)
        {
            if (planned is not null && _planned.TryGetValue(entry.RootPath, out var older))
            {
                planned.UnionWith(entry.Snapshot.ChangedSince(older).Select(path => workspaces.UriOf(entry.Snapshot, path)));
            }
            _planned[entry.RootPath] = entry.Snapshot;
        }
        foreach (var gone in _planned.Keys.Where(root => !workspaces.HasRoot(root)).ToList())
        {
            _planned.Remove(gone);
        }
        return planned;
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
