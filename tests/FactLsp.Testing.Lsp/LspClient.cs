using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactLsp.Testing.Lsp;

/// <summary>
/// The LSP client of the server tests and the benchmark drivers, over real JSON-RPC framing: either
/// over a pair of streams (the server run in process over a pipe) or over a child process's stdio
/// (<see cref="Start"/>, <see cref="StartCommand"/>: <c>factlsp serve</c> as an editor runs it).
/// <para>
/// It is deliberately raw: frames are written byte for byte (so tests can send malformed ones and
/// <c>"params": null</c>), and the server's output is read strictly as Content-Length frames, anything
/// else recorded in <see cref="FramingError"/>. Every wait is on an event (a response, a message
/// arriving, the connection closing) with a timeout whose message says what was awaited; when the
/// server closes its output, every wait still open fails at once instead of running out its time.
/// </para>
/// </summary>
public sealed partial class LspClient : IAsyncDisposable
{
    /// <summary>How long a wait lasts when the caller gives no timeout: generous, for a loaded 2-core machine.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private readonly Stream _output;
    private readonly Stream _input;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _responses = new();
    // Guards the history, the null-id answers, the expectations, the arrival signal and _closed.
    private readonly object _gate = new();
    private readonly List<JsonElement> _notifications = [];
    private readonly List<JsonElement> _serverRequests = [];
    private readonly Queue<JsonElement> _nullIdResponses = new();
    private readonly List<(string Method, Func<JsonElement, bool> Match, TaskCompletionSource<JsonElement> Done)> _expectations = [];
    private readonly ConcurrentDictionary<string, long> _lastNotification = new();
    private readonly Task _readLoop;
    private TaskCompletionSource _arrived = NewSignal();
    private bool _closed;
    private int _nextId;
    private long _bytesReceived;
    private long _framesReceived;

    /// <summary>A client over streams: <paramref name="writeTo"/> is the server's input, <paramref name="readFrom"/> its output.</summary>
    public LspClient(Stream writeTo, Stream readFrom)
        : this(writeTo, readFrom, process: null)
    {
    }

    private LspClient(Stream writeTo, Stream readFrom, Process? process)
    {
        _output = writeTo;
        _input = readFrom;
        _process = process;
        if (process is not null)
        {
            _stderrLoop = Task.Run(() => DrainStderrAsync(process));
        }
        _readLoop = Task.Run(ReadLoopAsync);
    }

    /// <summary>
    /// Answers the requests the server sends (method, params) → result. The default answers as an
    /// editor with no settings does: a null per item of <c>workspace/configuration</c>, null otherwise.
    /// </summary>
    public Func<string, JsonElement, object?> ServerRequestHandler { get; set; } = EditorAnswer;

    /// <summary>Why reading stopped, when the server wrote something that is not a frame (or answering it failed).</summary>
    public string? FramingError { get; private set; }

    /// <summary>The read loop: ends when the server closes its output or writes something that is not a frame.</summary>
    public Task ReadLoop => _readLoop;

    /// <summary>JSON bytes (message bodies, without the headers) and messages read from the server so far.</summary>
    public (long Bytes, long Messages) Received => (Interlocked.Read(ref _bytesReceived), Interlocked.Read(ref _framesReceived));

    /// <summary>Every notification the server sent (whole messages), in order.</summary>
    public IReadOnlyList<JsonElement> Notifications
    {
        get { lock (_gate) { return _notifications.ToArray(); } }
    }

    /// <summary>Every request the server sent (whole messages), in order.</summary>
    public IReadOnlyList<JsonElement> ServerRequests
    {
        get { lock (_gate) { return _serverRequests.ToArray(); } }
    }

    /// <summary>The params of every notification of <paramref name="method"/> so far.</summary>
    public IEnumerable<JsonElement> NotificationsOf(string method) =>
        Notifications.Where(n => MethodOf(n) == method).Select(ParamsOf);

    /// <summary>Every notification the server sent, by method, counted.</summary>
    public ConcurrentDictionary<string, int> NotificationCounts { get; } = new();

    /// <summary>Error and warning messages the server logged (window/logMessage type 1 or 2).</summary>
    public ConcurrentQueue<string> ServerProblems { get; } = new();

    /// <summary>Sends a request; returns the whole response message (with "result" or "error").</summary>
    public Task<JsonElement> RequestAsync(string method, object? @params = null, bool omitParams = false) =>
        RequestAsync(method, @params, omitParams, out _);

    /// <summary>Sends a request and says its id (to cancel it); returns the whole response message.</summary>
    public Task<JsonElement> RequestAsync(string method, object? @params, bool omitParams, out int id)
    {
        id = Interlocked.Increment(ref _nextId);
        return SendRequestAsync(id, method, @params, omitParams, DefaultTimeout);
    }

    /// <summary>Sends a request; returns the whole response message, or throws when none comes within <paramref name="timeout"/>.</summary>
    public Task<JsonElement> RequestAsync(string method, object? @params, TimeSpan timeout) =>
        SendRequestAsync(Interlocked.Increment(ref _nextId), method, @params, omitParams: false, timeout);

    /// <summary>The result of a request that must succeed.</summary>
    public async Task<JsonElement> CallAsync(string method, object? @params = null)
    {
        var response = await RequestAsync(method, @params).ConfigureAwait(false);
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
    public Task WriteRawAsync(string content) => WriteAsync(Encoding.UTF8.GetBytes(Frame(content)));

    /// <summary><paramref name="content"/> framed: its Content-Length header (in UTF-8 bytes), then itself.</summary>
    public static string Frame(string content) => $"Content-Length: {Encoding.UTF8.GetByteCount(content)}\r\n\r\n{content}";

    /// <summary>Writes bytes as they are, headers included: for frames whose header is broken.</summary>
    public Task WriteBytesAsync(string raw) => WriteAsync(Encoding.UTF8.GetBytes(raw));

    /// <summary>The response to a request sent raw with this id.</summary>
    public Task<JsonElement> WaitForResponseAsync(string id, TimeSpan? timeout = null) =>
        AwaitResponseAsync(id, $"the response to id {id}", timeout ?? DefaultTimeout);

    /// <summary>The next response whose id is null (the answer to a message that could not be read).</summary>
    public Task<JsonElement> NextNullIdResponseAsync(TimeSpan? timeout = null) =>
        WaitForAsync((out JsonElement response) => _nullIdResponses.TryDequeue(out response), "a response with a null id", timeout);

    /// <summary>The first request the server sent with this method (that <paramref name="match"/> accepts), waiting for it if need be.</summary>
    public Task<JsonElement> WaitForServerRequestAsync(string method, Func<JsonElement, bool>? match = null, TimeSpan? timeout = null) =>
        WaitForAsync((out JsonElement request) => TryFind(_serverRequests, method, match, whole: true, out request), $"a {method} request from the server", timeout);

    /// <summary>The params of the first notification of <paramref name="method"/> (that <paramref name="match"/> accepts) since the start, waiting for it if need be.</summary>
    public Task<JsonElement> WaitForNotificationAsync(string method, Func<JsonElement, bool>? match = null, TimeSpan? timeout = null) =>
        WaitForAsync((out JsonElement @params) => TryFind(_notifications, method, match, whole: false, out @params),
            match is null ? $"a {method} notification" : $"a {method} notification that matches", timeout);

    /// <summary>
    /// The params of the next notification of <paramref name="method"/> that <paramref name="match"/>
    /// accepts, from now on (register it before sending what causes it, so none is missed).
    /// </summary>
    public Task<JsonElement> Expect(string method, Func<JsonElement, bool> match, TimeSpan timeout)
    {
        var done = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_closed)
            {
                done.TrySetException(Closed($"a {method} notification"));
            }
            else
            {
                _expectations.Add((method, match, done));
            }
        }
        return WithTimeout(done.Task, $"a {method} notification", timeout);
    }

    /// <summary>
    /// Waits until <paramref name="condition"/> holds; it is checked now and again each time a message
    /// arrives (so it should be about what the server sent), and the wait fails when the server closes its output.
    /// </summary>
    public Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        WaitForAsync((out bool held) => held = condition(), what, timeout);

    /// <summary>Waits until the server has sent no <paramref name="method"/> for <paramref name="quiet"/> (at most <paramref name="max"/>).</summary>
    public async Task WaitForQuietAsync(string method, TimeSpan quiet, TimeSpan max)
    {
        // Only the benchmark drivers use this: "quiet" has no event, it is an amount of time.
        var deadline = Stopwatch.GetTimestamp() + (long)(max.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var last = _lastNotification.GetValueOrDefault(method);
            if (Stopwatch.GetElapsedTime(last) >= quiet)
            {
                return;
            }
            await Task.Delay(50).ConfigureAwait(false);
        }
    }

    /// <summary>shutdown then exit; a child process is waited for, and killed if it does not end in time.</summary>
    public async Task ShutdownAsync(TimeSpan timeout)
    {
        try
        {
            await RequestAsync("shutdown", null, timeout).ConfigureAwait(false);
            await NotifyAsync("exit").ConfigureAwait(false);
            if (_process is not null)
            {
                await WaitForExitAsync(timeout).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException or IOException)
        {
            Kill();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            Kill();
        }
        else
        {
            await _output.DisposeAsync().ConfigureAwait(false);
        }
        await _readLoop.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
        if (_process is not null)
        {
            await (_stderrLoop ?? Task.CompletedTask).WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
            _process.Dispose();
        }
    }

    private async Task<JsonElement> SendRequestAsync(int id, string method, object? @params, bool omitParams, TimeSpan timeout)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (!omitParams)
        {
            message["params"] = ToNode(@params);
        }
        var key = id.ToString(CultureInfo.InvariantCulture);
        var response = AwaitResponseAsync(key, $"the response to {method} (id {id})", timeout);
        await WriteRawAsync(message.ToJsonString()).ConfigureAwait(false);
        return await response.ConfigureAwait(false);
    }

    private async Task<JsonElement> AwaitResponseAsync(string key, string what, TimeSpan timeout)
    {
        var done = _responses.GetOrAdd(key, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_gate)
        {
            if (_closed)
            {
                done.TrySetException(Closed(what));
            }
        }
        try
        {
            return await WithTimeout(done.Task, what, timeout).ConfigureAwait(false);
        }
        finally
        {
            if (done.Task.IsCompleted)
            {
                _responses.TryRemove(new KeyValuePair<string, TaskCompletionSource<JsonElement>>(key, done));
            }
        }
    }

    private async Task WriteAsync(byte[] bytes)
    {
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await _output.WriteAsync(bytes).ConfigureAwait(false);
            await _output.FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private delegate bool TryGet<T>(out T value);

    /// <summary>Checks <paramref name="probe"/> (under the lock) now and after each message, until it finds something, the time runs out or the connection closes.</summary>
    private async Task<T> WaitForAsync<T>(TryGet<T> probe, string what, TimeSpan? timeout)
    {
        var limit = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                if (probe(out var value))
                {
                    return value;
                }
                if (_closed)
                {
                    throw Closed(what);
                }
                arrived = _arrived.Task;
            }
            var remaining = limit - clock.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                throw TimedOut(what, limit);
            }
            try
            {
                await arrived.WaitAsync(remaining).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Checked once more at the top, then reported.
            }
        }
    }

    private async Task<T> WithTimeout<T>(Task<T> task, string what, TimeSpan timeout)
    {
        try
        {
            return await task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw TimedOut(what, timeout);
        }
    }

    private TimeoutException TimedOut(string what, TimeSpan timeout) =>
        new($"Waited {timeout.TotalSeconds:0.#} s for {what}; it did not come.{Detail()}");

    private IOException Closed(string what) =>
        new($"The server closed its output before {what} came.{Detail()}");

    private string Detail()
    {
        var detail = FramingError is { } error ? $" Reading stopped: {error}" : "";
        if (_process is { HasExited: true })
        {
            detail += $" The server exited with {_process.ExitCode}.";
        }
        if (_process is not null && StderrTail() is { Length: > 0 } tail)
        {
            detail += $" Its standard error ends:\n{tail}";
        }
        return detail;
    }

    private static bool TryFind(List<JsonElement> history, string method, Func<JsonElement, bool>? match, bool whole, out JsonElement found)
    {
        foreach (var message in history)
        {
            if (MethodOf(message) == method && (match is null || match(whole ? message : ParamsOf(message))))
            {
                found = whole ? message : ParamsOf(message);
                return true;
            }
        }
        found = default;
        return false;
    }

    private async Task ReadLoopAsync()
    {
        var reader = new LspFrameReader(_input);
        try
        {
            while (await reader.ReadAsync().ConfigureAwait(false) is { } frame)
            {
                Interlocked.Add(ref _bytesReceived, frame.Length);
                Interlocked.Increment(ref _framesReceived);
                using var document = JsonDocument.Parse(frame);
                Dispatch(document.RootElement.Clone());
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The connection went away: the end of the session, not a framing error.
        }
        catch (Exception ex)
        {
            FramingError = ex.Message;
        }
        finally
        {
            Close();
        }
    }

    private void Close()
    {
        List<TaskCompletionSource<JsonElement>> expected;
        lock (_gate)
        {
            _closed = true;
            expected = _expectations.Select(e => e.Done).ToList();
            _expectations.Clear();
            SignalArrival();
        }
        foreach (var done in expected.Concat(_responses.Values))
        {
            done.TrySetException(Closed("an answer"));
        }
    }

    private void Dispatch(JsonElement message)
    {
        var hasId = message.TryGetProperty("id", out var id);
        var hasMethod = message.TryGetProperty("method", out var methodElement);
        if (hasMethod && hasId)
        {
            var method = methodElement.GetString()!;
            lock (_gate)
            {
                _serverRequests.Add(message);
                SignalArrival();
            }
            object? result;
            try
            {
                result = ServerRequestHandler(method, ParamsOf(message));
            }
            catch (Exception ex)
            {
                // Stops reading, so every wait fails with this message rather than a timeout.
                throw new InvalidOperationException($"Answering the server's {method} failed: {ex.Message}", ex);
            }
            var reply = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = JsonNode.Parse(id.GetRawText()), ["result"] = ToNode(result) };
            _ = WriteRawAsync(reply.ToJsonString());
        }
        else if (hasMethod)
        {
            Notified(methodElement.GetString() ?? "", message);
        }
        else if (hasId && id.ValueKind == JsonValueKind.Null)
        {
            lock (_gate)
            {
                _nullIdResponses.Enqueue(message);
                SignalArrival();
            }
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

    private void Notified(string method, JsonElement message)
    {
        var parameters = ParamsOf(message);
        NotificationCounts.AddOrUpdate(method, 1, (_, n) => n + 1);
        _lastNotification[method] = Stopwatch.GetTimestamp();
        if (method == "window/logMessage" && parameters.ValueKind == JsonValueKind.Object
            && parameters.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Number && type.GetInt32() <= 2)
        {
            ServerProblems.Enqueue(parameters.TryGetProperty("message", out var text) ? text.GetString() ?? "" : "");
        }
        List<TaskCompletionSource<JsonElement>> matched = [];
        lock (_gate)
        {
            _notifications.Add(message);
            for (var i = _expectations.Count - 1; i >= 0; i--)
            {
                var (expectedMethod, match, done) = _expectations[i];
                if (done.Task.IsCompleted)
                {
                    _expectations.RemoveAt(i);
                }
                else if (expectedMethod == method && match(parameters))
                {
                    matched.Add(done);
                    _expectations.RemoveAt(i);
                }
            }
            SignalArrival();
        }
        foreach (var done in matched)
        {
            done.TrySetResult(parameters);
        }
    }

    // Under _gate: wakes every wait, which then checks again what it waits for.
    private void SignalArrival()
    {
        var arrived = _arrived;
        _arrived = NewSignal();
        arrived.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static string? MethodOf(JsonElement message) =>
        message.TryGetProperty("method", out var method) && method.ValueKind == JsonValueKind.String ? method.GetString() : null;

    private static JsonElement ParamsOf(JsonElement message) =>
        message.TryGetProperty("params", out var p) ? p : default;

    /// <summary>What an editor without settings answers: a null per configuration item; null to anything else.</summary>
    public static object? EditorAnswer(string method, JsonElement @params)
    {
        if (method == "workspace/configuration" && @params.ValueKind == JsonValueKind.Object
            && @params.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
        {
            var array = new JsonArray();
            for (var i = 0; i < items.GetArrayLength(); i++)
            {
                array.Add(null);
            }
            return array;
        }
        return null;
    }

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node,
        _ => JsonSerializer.SerializeToNode(value),
    };
}
