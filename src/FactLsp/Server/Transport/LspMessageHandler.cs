using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using FactLsp.Server.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace FactLsp.Server.Transport;

/// <summary>
/// LSP's base protocol (Content-Length framed JSON), made so that no client bug costs the
/// connection. StreamJsonRpc's own reader ends the connection on a bad header, on a response
/// to a request it never sent, and leaves some malformed requests unanswered. Here:
/// <list type="bullet">
/// <item>a broken header (no or a garbled Content-Length, a line that is no header) is logged and
/// skipped up to the next `Content-Length:`; only the end of the input ends the connection;</item>
/// <item>each frame's top level is checked first (<see cref="MessageEnvelope"/>): invalid JSON is
/// answered -32700, a message that is no request -32600, scalar params -32602 (with the request's
/// id when it can be read, null otherwise), and a notification that cannot be served is logged;</item>
/// <item>a response whose id the server never sent (or already got an answer for) is logged and
/// dropped, and a request reusing the id of one still in flight is answered -32600.</item>
/// </list>
/// Writing is StreamJsonRpc's, watched only to know which ids are outstanding either way.
/// </summary>
internal sealed class LspMessageHandler : HeaderDelimitedMessageHandler
{
    private readonly Action<string> _log;

    // Requests the server sent that the client has not answered.
    private readonly ConcurrentDictionary<RequestId, byte> _awaitingAnswer = new();

    // Requests the client sent that the server has not answered.
    private readonly ConcurrentDictionary<RequestId, byte> _inFlight = new();

    // Errors this class answers itself: writing them must not end another request's in-flight id.
    private readonly HashSet<JsonRpcMessage> _ownAnswers = new(ReferenceEqualityComparer.Instance);

    public LspMessageHandler(Stream output, Stream input, IJsonRpcMessageFormatter formatter, Action<string> log)
        : base(output, input, formatter)
    {
        _log = log;
    }

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        var reader = Reader ?? throw new InvalidOperationException("No input.");
        while (true)
        {
            var content = await ReadFrameAsync(reader, cancellationToken).ConfigureAwait(false);
            if (content is null)
            {
                return null;
            }
            JsonRpcMessage? message;
            JsonRpcError? reply;
            try
            {
                (message, reply) = Accept(content.Value);
            }
            finally
            {
                reader.AdvanceTo(content.Value.End);
            }
            if (message is not null)
            {
                return message;
            }
            if (reply is not null)
            {
                lock (_ownAnswers)
                {
                    _ownAnswers.Add(reply);
                }
                await WriteAsync(reply, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    protected override void Write(JsonRpcMessage content, CancellationToken cancellationToken)
    {
        bool own;
        lock (_ownAnswers)
        {
            own = _ownAnswers.Remove(content);
        }
        if (content is JsonRpcRequest { IsResponseExpected: true } request)
        {
            _awaitingAnswer.TryAdd(request.RequestId, 0);
        }
        else if (!own && content is IJsonRpcMessageWithId answer)
        {
            _inFlight.TryRemove(answer.RequestId, out _);
        }
        base.Write(content, cancellationToken);
    }

    /// <summary>
    /// The next frame's content, still in the reader's buffer (the caller advances past it); null at
    /// the end of the input. Broken headers are skipped here.
    /// </summary>
    private async ValueTask<ReadOnlySequence<byte>?> ReadFrameAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            switch (FrameHeader.Read(buffer, out var bodyStart, out var length, out var problem))
            {
                case FrameHeaderStatus.Incomplete:
                    if (result.IsCompleted)
                    {
                        if (!buffer.IsEmpty)
                        {
                            _log($"[Error] The input ended inside a frame header ({buffer.Length} bytes); stopping.");
                        }
                        reader.AdvanceTo(buffer.End);
                        return null;
                    }
                    reader.AdvanceTo(buffer.Start, buffer.End);
                    continue;

                case FrameHeaderStatus.Broken:
                    _log($"[Warning] Skipped a broken frame header ({problem}); reading on from the next Content-Length header.");
                    if (!await SkipToNextFrameAsync(reader, result, cancellationToken).ConfigureAwait(false))
                    {
                        _log("[Error] The input ended before another Content-Length header; stopping.");
                        return null;
                    }
                    continue;
            }

            var body = buffer.Slice(bodyStart);
            if (body.Length >= length)
            {
                return body.Slice(0, length);
            }
            reader.AdvanceTo(bodyStart, buffer.End);
            while (true)
            {
                result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                if (result.Buffer.Length >= length)
                {
                    return result.Buffer.Slice(0, length);
                }
                if (result.IsCompleted)
                {
                    _log($"[Error] The input ended inside a frame ({result.Buffer.Length} of {length} bytes); stopping.");
                    reader.AdvanceTo(result.Buffer.End);
                    return null;
                }
                reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
            }
        }
    }

    /// <summary>Drops bytes up to the next `Content-Length:`; false when the input ends first.</summary>
    private static async ValueTask<bool> SkipToNextFrameAsync(PipeReader reader, ReadResult result, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (FrameHeader.FindNextFrame(result.Buffer, out var scanned) is { } next)
            {
                reader.AdvanceTo(next);
                return true;
            }
            if (result.IsCompleted)
            {
                reader.AdvanceTo(result.Buffer.End);
                return false;
            }
            reader.AdvanceTo(scanned, result.Buffer.End);
            result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The message to hand to StreamJsonRpc, or the error to answer instead (or neither: dropped).</summary>
    private (JsonRpcMessage? Message, JsonRpcError? Reply) Accept(ReadOnlySequence<byte> content)
    {
        var envelope = MessageEnvelope.Inspect(content);
        switch (envelope.Kind)
        {
            case EnvelopeKind.Invalid:
                _log($"[Warning] Rejected an incoming message ({envelope.ErrorCode}): {envelope.Problem}.");
                if (envelope.Method is not null && !envelope.HasId)
                {
                    return (null, null); // A notification is never answered.
                }
                return (null, Error(envelope.HasId ? envelope.Id : RequestId.Null, envelope.ErrorCode, envelope.Problem));

            case EnvelopeKind.Response when !_awaitingAnswer.TryRemove(envelope.Id, out _):
                _log($"[Warning] Ignored a response the server never asked for (id {envelope.Id}).");
                return (null, null);

            case EnvelopeKind.Request when !_inFlight.TryAdd(envelope.Id, 0):
                _log($"[Warning] Rejected a request reusing the id {envelope.Id} of one in flight ({envelope.Method}).");
                return (null, Error(envelope.Id, LspErrorCodes.InvalidRequest, $"the id {envelope.Id} is already in use by a request in flight"));
        }

        try
        {
            return (Formatter.Deserialize(content), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (envelope.Kind == EnvelopeKind.Request)
            {
                _inFlight.TryRemove(envelope.Id, out _);
            }
            _log($"[Warning] Rejected an incoming message ({envelope.Method ?? "a response"}): {ex.Message}");
            return envelope.Kind == EnvelopeKind.Request
                ? (null, Error(envelope.Id, LspErrorCodes.InvalidRequest, ex.Message))
                : (null, null);
        }
    }

    private static JsonRpcError Error(RequestId id, int code, string problem) => new()
    {
        RequestId = id,
        Error = new JsonRpcError.ErrorDetail
        {
            Code = (JsonRpcErrorCode)code,
            Message = code switch
            {
                LspErrorCodes.ParseError => $"Parse error: {problem}.",
                LspErrorCodes.InvalidParams => $"Invalid params: {problem}.",
                _ => $"Invalid request: {problem}.",
            },
        },
    };
}
