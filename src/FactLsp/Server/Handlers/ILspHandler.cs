using FactLsp.Server.Protocol;

namespace FactLsp.Server.Handlers;

/// <summary>
/// One LSP method. Derive from <see cref="RequestHandler{TParams,TResult}"/> or
/// <see cref="NotificationHandler{TParams}"/> and list the class in <see cref="HandlerCatalog"/>.
/// </summary>
public interface ILspHandler
{
    string Method { get; }

    HandlerKind Kind { get; }

    /// <summary>
    /// Adds what this handler serves to the capabilities answered to `initialize`, given what the
    /// client can do. The default adds nothing (for methods that need no capability).
    /// </summary>
    void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client);

    /// <summary>The JSON-RPC endpoint object and method that receive this method's messages.</summary>
    internal (object Target, System.Reflection.MethodInfo Method) CreateEndpoint(HandlerDispatcher dispatcher);
}
