using System.Reflection;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;

namespace FactLsp.Server.Handlers;

/// <summary>A handler for an LSP notification: nothing is answered, failures are logged.</summary>
public abstract class NotificationHandler<TParams> : ILspHandler
{
    public abstract string Method { get; }

    public abstract HandlerKind Kind { get; }

    protected virtual bool RequiresParams => true;

    public virtual void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client)
    {
    }

    public abstract Task HandleAsync(TParams @params, RequestContext context, CancellationToken cancellationToken);

    (object Target, MethodInfo Method) ILspHandler.CreateEndpoint(HandlerDispatcher dispatcher) =>
        (new Endpoint(this, dispatcher), typeof(Endpoint).GetMethod(nameof(Endpoint.InvokeAsync))!);

    private sealed class Endpoint(NotificationHandler<TParams> handler, HandlerDispatcher dispatcher)
    {
        public Task InvokeAsync(System.Text.Json.JsonElement? @params = default, CancellationToken cancellationToken = default) =>
            dispatcher.DispatchNotificationAsync<TParams>(handler, handler.RequiresParams, @params, handler.HandleAsync, cancellationToken);
    }
}
