using System.Text.Json;
using FactLsp.Server.Client;
using FactLsp.Server.Lifecycle;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;
using StreamJsonRpc;

namespace FactLsp.Server.Handlers;

/// <summary>
/// Between StreamJsonRpc and the handlers: checks the lifecycle, queues the work by the handler's
/// kind, and turns failures into LSP errors. It runs synchronously up to the enqueue so that the
/// queue receives messages in arrival order.
/// </summary>
public sealed class HandlerDispatcher
{
    private readonly ServerLifecycle _lifecycle;
    private readonly RequestQueue _queue;
    private readonly ClientSession _client;

    internal HandlerDispatcher(ServerLifecycle lifecycle, RequestQueue queue, ClientSession client)
    {
        _lifecycle = lifecycle;
        _queue = queue;
        _client = client;
    }

    internal async Task<TResult> DispatchRequestAsync<TParams, TResult>(
        ILspHandler handler,
        bool requiresParams,
        JsonElement? json,
        Func<TParams, RequestContext, CancellationToken, Task<TResult>> handle,
        CancellationToken cancellationToken)
    {
        // Params first: a refused `initialize` must not count as the one that initialized.
        var @params = ParamsReader.Read<TParams>(handler.Method, json, requiresParams);
        _lifecycle.Admit(handler.Method, isNotification: false);

        var work = Wrap(handler, @params!, handle);
        try
        {
            return handler.Kind == HandlerKind.Immediate
                ? await work(new RequestContext(handler.Method, handler.Kind, _queue.CurrentState, _client), cancellationToken).ConfigureAwait(false)
                : await _queue.EnqueueAsync(handler.Method, handler.Kind, work, cancellationToken).ConfigureAwait(false);
        }
        catch (FactLsp.Core.Workspace.FileChangedException ex)
        {
            // A source read again from disk (the server does not hold sources' bytes) changed before the file
            // watcher told us: the answer would mix two versions. LSP's ContentModified says exactly that, and
            // clients drop it quietly; the watcher's event brings the new version.
            await _client.LogAsync(MessageType.Info, $"{handler.Method}: {ex.Message}").ConfigureAwait(false);
            throw new LocalRpcException($"{handler.Method}: {ex.Message}") { ErrorCode = LspErrorCodes.ContentModified };
        }
        catch (Exception ex) when (ex is not (LocalRpcException or OperationCanceledException))
        {
            // The handler failed; its state change (if any) was discarded by the queue. Say what
            // failed, and keep serving.
            await _client.LogAsync(MessageType.Error, $"{handler.Method} failed: {ex}").ConfigureAwait(false);
            throw new LocalRpcException($"{handler.Method} failed: {ex.GetType().Name}: {ex.Message}") { ErrorCode = LspErrorCodes.InternalError };
        }
    }

    internal async Task DispatchNotificationAsync<TParams>(
        ILspHandler handler,
        bool requiresParams,
        JsonElement? json,
        Func<TParams, RequestContext, CancellationToken, Task> handle,
        CancellationToken cancellationToken)
    {
        if (!_lifecycle.Admit(handler.Method, isNotification: true))
        {
            return; // LSP: notifications before initialize or after shutdown are dropped.
        }
        TParams? @params;
        try
        {
            @params = ParamsReader.Read<TParams>(handler.Method, json, requiresParams);
        }
        catch (InvalidParamsException ex)
        {
            // Nobody is waiting for an answer: say what was wrong where the user can see it.
            await _client.LogAsync(MessageType.Warning, $"Ignored {handler.Method}: {ex.Message}").ConfigureAwait(false);
            return;
        }

        var work = Wrap<TParams, bool>(handler, @params!, async (p, context, ct) =>
        {
            await handle(p, context, ct).ConfigureAwait(false);
            return true;
        });
        try
        {
            _ = handler.Kind == HandlerKind.Immediate
                ? await work(new RequestContext(handler.Method, handler.Kind, _queue.CurrentState, _client), cancellationToken).ConfigureAwait(false)
                : await _queue.EnqueueAsync(handler.Method, handler.Kind, work, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Nobody waits for a notification.
        }
        catch (Exception ex)
        {
            await _client.LogAsync(MessageType.Error, $"{handler.Method} failed: {ex}").ConfigureAwait(false);
        }
    }

    private Func<RequestContext, CancellationToken, Task<TResult>> Wrap<TParams, TResult>(
        ILspHandler handler, TParams @params, Func<TParams, RequestContext, CancellationToken, Task<TResult>> handle) =>
        async (context, cancellationToken) =>
        {
            await _client.LogTraceAsync($"Handling '{handler.Method}'.").ConfigureAwait(false);
            return await handle(@params, context, cancellationToken).ConfigureAwait(false);
        };
}
