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
        try
        {
            var state = _currentState();
            var request = new DiagnosticsRequest(state, taken.Everything ? null : taken.Uris, _client.PositionEncoding, IncludeDependents: true);
            var results = await _provider.ComputeAsync(request, cancellationToken).ConfigureAwait(false);
            foreach (var (uri, diagnostics) in results)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var version = state.Documents.Get(uri)?.Version;
                await _client.NotifyAsync(LspMethods.PublishDiagnostics, new PublishDiagnosticsParams(uri, diagnostics, version)).ConfigureAwait(false);
            }
            Published?.Invoke();
        }
        catch (OperationCanceledException)
        {
            // Superseded: give the documents back to the run that cancelled this one.
            lock (_gate)
            {
                taken.UnionWith(_pending);
                _pending = taken;
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
