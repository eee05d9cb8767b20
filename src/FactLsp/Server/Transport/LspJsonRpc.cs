using System.Text.Json;
using FactLsp.Server.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace FactLsp.Server.Transport;

/// <summary>
/// StreamJsonRpc with LSP's error codes. The handlers take their params as JSON and read them
/// themselves (<see cref="Handlers.ParamsReader"/> answers -32602 naming the field), so what
/// fails here is rarer: a JSON error anywhere still becomes -32602 (InvalidParams) rather than
/// StreamJsonRpc's generic -32000 and a .NET stack trace, other unexpected exceptions -32603
/// (InternalError). Errors the server raises on purpose (LocalRpcException) keep their code.
/// </summary>
internal sealed class LspJsonRpc(IJsonRpcMessageHandler handler) : JsonRpc(handler)
{
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        if (exception is LocalRpcException)
        {
            return base.CreateErrorDetails(request, exception);
        }

        var invalidParams = FindInChain<JsonException>(exception) ?? (Exception?)FindInChain<RpcArgumentDeserializationException>(exception);
        return invalidParams is not null
            ? new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)LspErrorCodes.InvalidParams, Message = $"Invalid params for '{request.Method}': {invalidParams.Message}" }
            : new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)LspErrorCodes.InternalError, Message = $"'{request.Method}' failed: {exception.Message}" };
    }

    private static T? FindInChain<T>(Exception exception)
        where T : Exception
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is T match)
            {
                return match;
            }
        }
        return null;
    }
}
