using System.Threading.Channels;
using FactLsp.Server.Client;
using FactLsp.Server.Handlers;
using FactLsp.Server.State;

namespace FactLsp.Server.Queue;

/// <summary>
/// The request queue, after Roslyn's CLaSP RequestExecutionQueue. Messages are taken in arrival
/// order by one loop. A mutating message runs alone and to completion before the next message is
/// taken, and its committed state becomes current; a read-only message is given the state current
/// at that moment and runs concurrently with whatever follows. Because the state is immutable,
/// read-only work never needs to be waited for before a mutation (CLaSP must, its state is not).
/// </summary>
public sealed class RequestQueue : IAsyncDisposable
{
    private readonly Channel<WorkItem> _channel = Channel.CreateUnbounded<WorkItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ClientSession _client;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private ServerState _state;

    public RequestQueue(ServerState initial, ClientSession client)
    {
        _state = initial;
        _client = client;
        _loop = Task.Run(ProcessAsync);
    }

    /// <summary>The latest committed state.</summary>
    public ServerState CurrentState => Volatile.Read(ref _state);

    private long _lastEnqueued = Environment.TickCount64;

    /// <summary>When work was last queued (<see cref="Environment.TickCount64"/>): how long the client has been quiet.</summary>
    public long LastEnqueued => Volatile.Read(ref _lastEnqueued);

    /// <summary>Called on the queue's loop after each committed mutation that changed something.</summary>
    public event Action<ServerState, ChangeSet>? Committed;

    /// <summary>
    /// Queues work. The returned task ends with the work's result, or faults with what it threw.
    /// Must be called in arrival order (the JSON-RPC endpoints are).
    /// </summary>
    public Task<T> EnqueueAsync<T>(string method, HandlerKind kind, Func<RequestContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _lastEnqueued, Environment.TickCount64);
        var item = new WorkItem<T>(method, kind, work, cancellationToken);
        if (!_channel.Writer.TryWrite(item))
        {
            return Task.FromCanceled<T>(new CancellationToken(canceled: true));
        }
        return item.Completion.Task;
    }

    private async Task ProcessAsync()
    {
        await foreach (var item in _channel.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            var context = new RequestContext(item.Method, item.Kind, CurrentState, _client);
            if (item.Kind == HandlerKind.ReadOnly)
            {
                _ = Task.Run(() => item.RunAsync(context, _stopping.Token));
                continue;
            }

            if (await item.RunAsync(context, _stopping.Token).ConfigureAwait(false) && context.Committed is { } next)
            {
                Volatile.Write(ref _state, next);
                if (!context.Changes.IsEmpty)
                {
                    try
                    {
                        Committed?.Invoke(CurrentState, context.Changes);
                    }
                    catch (Exception ex)
                    {
                        await _client.LogAsync(Protocol.MessageType.Error, $"After {item.Method}: {ex}").ConfigureAwait(false);
                    }
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        _stopping.Cancel();
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        _stopping.Dispose();
    }

    private abstract class WorkItem(string method, HandlerKind kind)
    {
        public string Method { get; } = method;

        public HandlerKind Kind { get; } = kind;

        /// <summary>Runs the work and completes its task; true when it succeeded.</summary>
        public abstract Task<bool> RunAsync(RequestContext context, CancellationToken stopping);
    }

    private sealed class WorkItem<T>(string method, HandlerKind kind, Func<RequestContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        : WorkItem(method, kind)
    {
        public TaskCompletionSource<T> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async Task<bool> RunAsync(RequestContext context, CancellationToken stopping)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                // Cancelled while waiting: never started, so nothing to undo.
                Completion.TrySetCanceled(cancellationToken);
                return false;
            }
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
            try
            {
                Completion.TrySetResult(await work(context, linked.Token).ConfigureAwait(false));
                return true;
            }
            catch (OperationCanceledException) when (linked.IsCancellationRequested)
            {
                Completion.TrySetCanceled(linked.Token);
                return false;
            }
            catch (Exception ex)
            {
                Completion.TrySetException(ex);
                return false;
            }
        }
    }
}
