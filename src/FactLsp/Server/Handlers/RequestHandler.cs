using System.Reflection;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;

namespace FactLsp.Server.Handlers;

/// <summary>A handler for an LSP request: it answers with a <typeparamref name="TResult"/>.</summary>
/// <typeparam name="TParams">The params object. <c>JsonElement?</c> for methods that take none.</typeparam>
public abstract class RequestHandler<TParams, TResult> : ILspHandler
{
    public abstract string Method { get; }

    public abstract HandlerKind Kind { get; }

    /// <summary>False for methods whose params may be absent or null (`shutdown`).</summary>
    protected virtual bool RequiresParams => true;

    public virtual void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client)
    {
    }

    public abstract Task<TResult> HandleAsync(TParams @params, RequestContext context, CancellationToken cancellationToken);

    (object Target, MethodInfo Method) ILspHandler.CreateEndpoint(HandlerDispatcher dispatcher) =>
        (new Endpoint(this, dispatcher), typeof(Endpoint).GetMethod(nameof(Endpoint.InvokeAsync))!);

    /// <summary>
    /// What StreamJsonRpc calls. The parameter is optional and nullable so that absent params and
    /// `"params": null` both reach the handler (a parameterless method would refuse the latter);
    /// it stays JSON so that the dispatcher can say which field is wrong (<see cref="ParamsReader"/>).
    /// </summary>
    private sealed class Endpoint(RequestHandler<TParams, TResult> handler, HandlerDispatcher dispatcher)
    {
        public Task<TResult> InvokeAsync(System.Text.Json.JsonElement? @params = default, CancellationToken cancellationToken = default) =>
            dispatcher.DispatchRequestAsync<TParams, TResult>(handler, handler.RequiresParams, @params, handler.HandleAsync, cancellationToken);
    }
}
