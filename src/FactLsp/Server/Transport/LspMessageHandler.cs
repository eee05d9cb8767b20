using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace FactLsp.Server.Transport;

/// <summary>
/// LSP's base protocol (Content-Length framed JSON), made to survive bad content. StreamJsonRpc
/// ends the connection when a frame's content does not parse; an editor would then lose its
/// server over one bad message. Here such a frame is answered with a JSON-RPC error whose id is
/// null (-32700 for invalid JSON, -32600 for JSON that is no JSON-RPC message) and reading goes
/// on with the next frame. Broken framing (a bad header, a truncated stream) still ends the
/// connection: nothing after it can be trusted.
/// </summary>
internal sealed class LspMessageHandler : HeaderDelimitedMessageHandler
{
    private readonly Action<string> _log;

    public LspMessageHandler(Stream output, Stream input, IJsonRpcMessageFormatter formatter, Action<string> log)
        : base(output, input, formatter)
    {
        _log = log;
    }

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                // The base class consumes the frame's content even when the formatter throws
                // (small frames are buffered whole and released in a finally), so the next read
                // starts at the next frame's header.
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsBadContent(ex))
            {
                var parseError = ex is JsonException || ex.InnerException is JsonException;
                var code = parseError ? JsonRpcErrorCode.ParseError : JsonRpcErrorCode.InvalidRequest;
                _log($"Rejected an incoming message ({(int)code}): {ex.Message}");
                await WriteAsync(
                    new JsonRpcError
                    {
                        RequestId = RequestId.Null,
                        Error = new JsonRpcError.ErrorDetail
                        {
                            Code = code,
                            Message = parseError ? "Parse error: the message is not valid JSON." : $"Invalid request: {ex.Message}",
                        },
                    },
                    cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsBadContent(Exception ex) => ex is not (
        OperationCanceledException or EndOfStreamException or IOException or ObjectDisposedException or BadRpcHeaderException);
}
