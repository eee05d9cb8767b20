using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactLsp.Server.Tests.Infrastructure;

/// <summary>
/// A deliberately raw LSP client: it writes frames byte for byte (so tests can send malformed
/// ones and `"params": null`) and reads the server's output strictly as Content-Length frames,
/// recording anything else as a framing error.
/// </summary>
public sealed class LspTestClient : IAsyncDisposable
{
    private readonly Stream _output;
    private readonly Stream _input;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _responses = new();
    private readonly ConcurrentQueue<JsonElement> _nullIdResponses = new();
    private readonly List<JsonElement> _notifications = [];
    private readonly List<JsonElement> _serverRequests = [];
    private readonly Task _readLoop;
    private int _nextId;

    public LspTestClient(Stream writeTo, Stream readFrom)
    {
        _output = writeTo;
        _input = readFrom;
        _readLoop = Task.Run(ReadLoopAsync);
    }

    /// <summary>Answers requests the server sends (method, params) → result. Default: null.</summary>
    public Func<string, JsonElement, object?> ServerRequestHandler { get; set; } = (_, _) => null;

    public string? FramingError { get; private set; }

    public int FramesRead { get; private set; }

    public Task ReadLoop => _readLoop;

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public IReadOnlyList<JsonElement> Notifications
    {
        get { lock (_notifications) { return _notifications.ToArray(); } }
    }

    public IReadOnlyList<JsonElement> ServerRequests
    {
        get { lock (_notifications) { return _serverRequests.ToArray(); } }
    }

    /// <summary>Sends a request; returns the whole response message (with "result" or "error").</summary>
    public Task<JsonElement> RequestAsync(string method, object? @params = null, bool omitParams = false) =>
        RequestAsync(method, @params, omitParams, out _);

    public Task<JsonElement> RequestAsync(string method, object? @params, bool omitParams, out int id)
    {
        id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (!omitParams)
        {
            message["params"] = ToNode(@params);
        }
        var tcs = _responses.GetOrAdd(id.ToString(), _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
        _ = WriteRawAsync(message.ToJsonString());
        return tcs.Task.WaitAsync(Timeout);
    }

    /// <summary>The result of a request that must succeed.</summary>
    public async Task<JsonElement> CallAsync(string method, object? @params = null)
    {
        var response = await RequestAsync(method, @params);
        if (response.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException($"{method} failed: {error}");
        }
        return response.GetProperty("result");
    }

    public Task NotifyAsync(string method, object? @params = null, bool omitParams = false)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method };
        if (!omitParams)
        {
            message["params"] = ToNode(@params);
        }
        return WriteRawAsync(message.ToJsonString());
    }

    /// <summary>Writes one frame whose content is exactly <paramref name="content"/>.</summary>
    public async Task WriteRawAsync(string content)
    {
        var body = Encoding.UTF8.GetBytes(content);
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _writeLock.WaitAsync();
        try
        {
            await _output.WriteAsync(header);
            await _output.WriteAsync(body);
            await _output.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Writes bytes as they are, headers included: for frames whose header is broken.</summary>
    public async Task WriteBytesAsync(string raw)
    {
        await _writeLock.WaitAsync();
        try
        {
            await _output.WriteAsync(Encoding.UTF8.GetBytes(raw));
            await _output.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>The response to a request sent raw with this id.</summary>
    public Task<JsonElement> WaitForResponseAsync(string id) =>
        _responses.GetOrAdd(id, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task.WaitAsync(Timeout);

    /// <summary>The next response whose id is null (answers to unparseable messages).</summary>
    public async Task<JsonElement> NextNullIdResponseAsync()
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_nullIdResponses.TryDequeue(out var response))
            {
                return response;
            }
            await Task.Delay(10);
        }
        throw new TimeoutException("No response with a null id.");
    }

    /// <summary>The first request the server sent with this method, waiting for it if need be.</summary>
    public async Task<JsonElement> WaitForServerRequestAsync(string method)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            foreach (var request in ServerRequests)
            {
                if (request.GetProperty("method").GetString() == method)
                {
                    return request;
                }
            }
            await Task.Delay(10);
        }
        throw new TimeoutException($"The server never sent {method}.");
    }

    public async Task<JsonElement> WaitForNotificationAsync(string method, Func<JsonElement, bool>? match = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Timeout);
        while (DateTime.UtcNow < deadline)
        {
            foreach (var n in Notifications)
            {
                if (n.GetProperty("method").GetString() == method && (match is null || match(n.GetProperty("params"))))
                {
                    return n.GetProperty("params");
                }
            }
            await Task.Delay(10);
        }
        throw new TimeoutException($"No {method} notification arrived.");
    }

    public IEnumerable<JsonElement> NotificationsOf(string method) =>
        Notifications.Where(n => n.GetProperty("method").GetString() == method).Select(n => n.GetProperty("params"));

    private async Task ReadLoopAsync()
    {
        try
        {
            while (true)
            {
                var frame = await ReadFrameAsync();
                if (frame is null)
                {
                    return;
                }
                FramesRead++;
                Dispatch(frame.Value);
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or OperationCanceledException)
        {
        }
        catch (Exception ex)
        {
            FramingError = ex.Message;
        }
    }

    private void Dispatch(JsonElement message)
    {
        var hasId = message.TryGetProperty("id", out var id);
        var hasMethod = message.TryGetProperty("method", out var method);
        if (hasMethod && hasId)
        {
            lock (_notifications)
            {
                _serverRequests.Add(message);
            }
            var @params = message.TryGetProperty("params", out var p) ? p : default;
            var result = ServerRequestHandler(method.GetString()!, @params);
            var reply = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = JsonNode.Parse(id.GetRawText()), ["result"] = ToNode(result) };
            _ = WriteRawAsync(reply.ToJsonString());
        }
        else if (hasMethod)
        {
            lock (_notifications)
            {
                _notifications.Add(message);
            }
        }
        else if (hasId && id.ValueKind == JsonValueKind.Null)
        {
            _nullIdResponses.Enqueue(message);
        }
        else if (hasId)
        {
            _responses.GetOrAdd(id.ToString(), _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(message);
        }
        else
        {
            throw new InvalidDataException($"Neither a request, a notification nor a response: {message}");
        }
    }

    /// <summary>Reads one frame strictly: only Content-Length/Content-Type headers, CRLF line ends.</summary>
    private async Task<JsonElement?> ReadFrameAsync()
    {
        int? length = null;
        var headerCount = 0;
        while (true)
        {
            var line = await ReadHeaderLineAsync(allowEof: headerCount == 0);
            if (line is null)
            {
                return null;
            }
            headerCount++;
            if (line.Length == 0)
            {
                break;
            }
            var colon = line.IndexOf(':');
            if (colon < 0)
            {
                throw new InvalidDataException($"Not a header: '{line}'.");
            }
            var name = line[..colon];
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line[(colon + 1)..].Trim());
            }
            else if (!name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidDataException($"Unexpected header: '{line}'.");
            }
        }
        if (length is null)
        {
            throw new InvalidDataException("A frame without Content-Length.");
        }
        var body = new byte[length.Value];
        await _input.ReadExactlyAsync(body);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    private async Task<string?> ReadHeaderLineAsync(bool allowEof)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            var read = await _input.ReadAsync(one);
            if (read == 0)
            {
                if (allowEof && bytes.Count == 0)
                {
                    return null;
                }
                throw new InvalidDataException("The stream ended inside a frame header.");
            }
            if (one[0] == '\n')
            {
                if (bytes.Count == 0 || bytes[^1] != '\r')
                {
                    throw new InvalidDataException("A header line not ended by CRLF.");
                }
                return Encoding.ASCII.GetString(bytes.ToArray(), 0, bytes.Count - 1);
            }
            bytes.Add(one[0]);
            if (bytes.Count > 1000)
            {
                throw new InvalidDataException("A header line too long: not a frame.");
            }
        }
    }

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node,
        _ => JsonSerializer.SerializeToNode(value),
    };

    public async ValueTask DisposeAsync()
    {
        await _output.DisposeAsync();
        try
        {
            await _readLoop.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
        }
    }
}
