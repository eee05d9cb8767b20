using System.Buffers;
using System.Text.Json;
using FactLsp.Server.Protocol;
using StreamJsonRpc;

namespace FactLsp.Server.Transport;

internal enum EnvelopeKind
{
    Request,
    Notification,
    Response,

    /// <summary>Not a message the server can act on; <see cref="MessageEnvelope.ErrorCode"/> says why.</summary>
    Invalid,
}

/// <summary>
/// The top level of one incoming message (`id`, `method`, `params`, `result`/`error`), checked
/// against JSON-RPC 2.0 before StreamJsonRpc sees it: StreamJsonRpc leaves some malformed messages
/// unanswered (a non-string method, scalar params) and ends the connection on others (a response
/// nobody asked for). One forward pass with <see cref="Utf8JsonReader"/>; values are skipped, not built.
/// </summary>
internal readonly record struct MessageEnvelope(EnvelopeKind Kind, RequestId Id, string? Method, int ErrorCode, string Problem)
{
    /// <summary>Deeper JSON is refused as a parse error: no LSP message nests anywhere near it.</summary>
    public const int MaxDepth = 64;

    public bool HasId => !Id.IsEmpty;

    public static MessageEnvelope Inspect(ReadOnlySequence<byte> content)
    {
        var id = default(RequestId);
        var idValid = true;
        string? method = null;
        var methodKind = JsonTokenType.None;
        var paramsKind = JsonTokenType.None;
        var isResponse = false;
        try
        {
            var reader = new Utf8JsonReader(content, new JsonReaderOptions { MaxDepth = MaxDepth });
            if (!reader.Read())
            {
                return Fail(LspErrorCodes.ParseError, "the message is empty");
            }
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                EnsureEnd(ref reader);
                return Fail(LspErrorCodes.InvalidRequest, "a message must be a JSON object (LSP has no batches)");
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "id":
                        (id, idValid) = reader.TokenType switch
                        {
                            JsonTokenType.String => (new RequestId(reader.GetString()), true),
                            JsonTokenType.Number when reader.TryGetInt64(out var number) => (new RequestId(number), true),
                            JsonTokenType.Null => (RequestId.Null, true),
                            _ => (default, false),
                        };
                        break;
                    case "method":
                        methodKind = reader.TokenType;
                        method = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                        break;
                    case "params":
                        paramsKind = reader.TokenType;
                        break;
                    case "result" or "error":
                        isResponse = true;
                        break;
                }
                reader.Skip();
            }
            EnsureEnd(ref reader);
        }
        catch (JsonException ex)
        {
            return Fail(LspErrorCodes.ParseError, ex.Message);
        }

        if (!idValid)
        {
            return Fail(LspErrorCodes.InvalidRequest, "an id must be a string or an integer");
        }
        if (methodKind == JsonTokenType.None)
        {
            return isResponse && !id.IsEmpty
                ? new MessageEnvelope(EnvelopeKind.Response, id, null, 0, "")
                : Fail(LspErrorCodes.InvalidRequest, "neither a request, a notification nor a response", id);
        }
        if (methodKind != JsonTokenType.String)
        {
            return Fail(LspErrorCodes.InvalidRequest, "'method' must be a string", id);
        }
        if (id.IsNull)
        {
            // LSP: a request's id is an integer or a string; a notification has none.
            return Fail(LspErrorCodes.InvalidRequest, "a request's id must be a string or an integer, not null");
        }
        var kind = id.IsEmpty ? EnvelopeKind.Notification : EnvelopeKind.Request;
        if (paramsKind is not (JsonTokenType.None or JsonTokenType.Null or JsonTokenType.StartObject))
        {
            // JSON-RPC allows an array, but no LSP method takes positional params.
            return new MessageEnvelope(EnvelopeKind.Invalid, id, method, LspErrorCodes.InvalidParams, $"'params' of '{method}' must be an object");
        }
        return new MessageEnvelope(kind, id, method, 0, "");
    }

    private static MessageEnvelope Fail(int code, string problem, RequestId id = default) =>
        new(EnvelopeKind.Invalid, id, null, code, problem);

    // Only whitespace may follow the message.
    private static void EnsureEnd(ref Utf8JsonReader reader)
    {
        if (reader.Read())
        {
            throw new JsonException("content after the end of the message");
        }
    }
}
