using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactLsp.Benchmarks.Lsp;

/// <summary>
/// A small LSP client over a child process's standard input and output, enough to drive
/// <c>factlsp serve</c> as an editor would: Content-Length framing, requests matched to responses by
/// id, notifications that can be awaited (registered before the message that causes them is sent, so
/// none is missed), and the server's own requests answered as an editor answers them.
/// </summary>
internal sealed class LspClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stream _toServer;
    private readonly Stream _fromServer;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly List<(string Method, Func<JsonElement, bool> Match, TaskCompletionSource<JsonElement> Done)> _waiters = [];
    private readonly StringBuilder _stderr = new();
    private readonly Task _readLoop;
    private int _nextId;

    private LspClient(Process process)
    {
        _process = process;
        _toServer = process.StandardInput.BaseStream;
        _fromServer = process.StandardOutput.BaseStream;
        _readLoop = Task.Run(ReadLoopAsync);
        _ = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(line);
                }
            }
        });
    }

    public int ProcessId => _process.Id;

    private long _bytesReceived;
    private long _framesReceived;

    /// <summary>JSON bytes (message bodies, without the headers) and messages read from the server so far.</summary>
    public (long Bytes, long Messages) Received => (Interlocked.Read(ref _bytesReceived), Interlocked.Read(ref _framesReceived));

    /// <summary>The CPU time the server has used so far (user and system).</summary>
    public TimeSpan ProcessorTime
    {
        get { _process.Refresh(); return _process.TotalProcessorTime; }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>What the server wrote on standard error so far.</summary>
    public string Stderr
    {
        get { lock (_stderr) { return _stderr.ToString(); } }
    }

    /// <summary>Every notification the server sent, by method, counted.</summary>
    public ConcurrentDictionary<string, int> NotificationCounts { get; } = new();

    private readonly ConcurrentDictionary<string, long> _lastNotification = new();

    /// <summary>Waits until the server has sent no <paramref name="method"/> for <paramref name="quiet"/> (at most <paramref name="max"/>).</summary>
    public async Task WaitForQuietAsync(string method, TimeSpan quiet, TimeSpan max)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(max.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var last = _lastNotification.GetValueOrDefault(method);
            if (Stopwatch.GetElapsedTime(last) >= quiet)
            {
                return;
            }
            await Task.Delay(50);
        }
    }

    /// <summary>Error and warning messages the server logged (window/logMessage type 1 or 2).</summary>
    public ConcurrentQueue<string> ServerProblems { get; } = new();

    public static LspClient Start(string dll, params string[] args) => StartCommand("dotnet", [dll, .. args]);

    /// <summary>Starts any command as the server (a published binary, or <c>dotnet factlsp.dll</c>).</summary>
    public static LspClient StartCommand(string fileName, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        return new LspClient(Process.Start(info) ?? throw new InvalidOperationException("cannot start the server"));
    }

    /// <summary>Sends a request; the whole response (with "result" or "error").</summary>
    public Task<JsonElement> RequestAsync(string method, object? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var done = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = done;
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = ToNode(parameters) };
        _ = WriteAsync(message);
        return done.Task.WaitAsync(timeout);
    }

    public Task NotifyAsync(string method, object? parameters) =>
        WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = ToNode(parameters) });

    /// <summary>The params of the next notification of <paramref name="method"/> that <paramref name="match"/> accepts, from now on.</summary>
    public Task<JsonElement> Expect(string method, Func<JsonElement, bool> match, TimeSpan timeout)
    {
        var done = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            _waiters.Add((method, match, done));
        }
        return done.Task.WaitAsync(timeout);
    }

    public async Task ShutdownAsync(TimeSpan timeout)
    {
        try
        {
            await RequestAsync("shutdown", null, timeout);
            await NotifyAsync("exit", null);
            await _process.WaitForExitAsync(new CancellationTokenSource(timeout).Token);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException or IOException)
        {
            Kill();
        }
    }

    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _readLoop.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { });
        _process.Dispose();
    }

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node,
        _ => JsonSerializer.SerializeToNode(value),
    };

    private async Task WriteAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _writeLock.WaitAsync();
        try
        {
            await _toServer.WriteAsync(header);
            await _toServer.WriteAsync(body);
            await _toServer.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        var reader = new FrameReader(_fromServer);
        try
        {
            while (await reader.ReadAsync() is { } frame)
            {
                Interlocked.Add(ref _bytesReceived, frame.Length);
                Interlocked.Increment(ref _framesReceived);
                using var document = JsonDocument.Parse(frame);
                Dispatch(document.RootElement.Clone());
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }
        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(new IOException("The server closed its output."));
        }
    }

    private void Dispatch(JsonElement message)
    {
        var hasId = message.TryGetProperty("id", out var id);
        var hasMethod = message.TryGetProperty("method", out var methodElement);
        if (hasId && !hasMethod)
        {
            if (id.ValueKind == JsonValueKind.Number && _pending.TryRemove(id.GetInt32(), out var done))
            {
                done.TrySetResult(message);
            }
            return;
        }
        var method = methodElement.GetString() ?? "";
        var parameters = message.TryGetProperty("params", out var p) ? p : default;
        if (hasId)
        {
            _ = AnswerServerRequestAsync(id, method, parameters);
            return;
        }
        NotificationCounts.AddOrUpdate(method, 1, (_, n) => n + 1);
        _lastNotification[method] = Stopwatch.GetTimestamp();
        if (method == "window/logMessage" && parameters.TryGetProperty("type", out var type) && type.GetInt32() <= 2)
        {
            ServerProblems.Enqueue(parameters.GetProperty("message").GetString() ?? "");
        }
        List<TaskCompletionSource<JsonElement>> matched = [];
        lock (_waiters)
        {
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                var waiter = _waiters[i];
                if (waiter.Done.Task.IsCompleted)
                {
                    _waiters.RemoveAt(i);
                }
                else if (waiter.Method == method && waiter.Match(parameters))
                {
                    matched.Add(waiter.Done);
                    _waiters.RemoveAt(i);
                }
            }
        }
        foreach (var done in matched)
        {
            done.TrySetResult(parameters);
        }
    }

    /// <summary>What an editor answers: yes to progress and registrations, "no settings" to configuration.</summary>
    private Task AnswerServerRequestAsync(JsonElement id, string method, JsonElement parameters)
    {
        JsonNode? result = null;
        if (method == "workspace/configuration" && parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty("items", out var items))
        {
            var array = new JsonArray();
            for (var i = 0; i < items.GetArrayLength(); i++)
            {
                array.Add(null);
            }
            result = array;
        }
        return WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = JsonNode.Parse(id.GetRawText()), ["result"] = result });
    }

    /// <summary>Reads Content-Length frames.</summary>
    private sealed class FrameReader(Stream stream)
    {
        private readonly byte[] _buffer = new byte[1 << 16];
        private int _start;
        private int _end;

        public async Task<byte[]?> ReadAsync()
        {
            var length = -1;
            while (true)
            {
                var line = await ReadLineAsync();
                if (line is null)
                {
                    return null;
                }
                if (line.Length == 0)
                {
                    break;
                }
                if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            if (length < 0)
            {
                throw new IOException("A frame without Content-Length.");
            }
            var body = new byte[length];
            var filled = 0;
            while (filled < length)
            {
                if (_start == _end && !await FillAsync())
                {
                    return null;
                }
                var n = Math.Min(length - filled, _end - _start);
                Array.Copy(_buffer, _start, body, filled, n);
                _start += n;
                filled += n;
            }
            return body;
        }

        private async Task<string?> ReadLineAsync()
        {
            var line = new StringBuilder();
            while (true)
            {
                if (_start == _end && !await FillAsync())
                {
                    return null;
                }
                var c = (char)_buffer[_start++];
                if (c == '\n')
                {
                    return line.ToString().TrimEnd('\r');
                }
                line.Append(c);
            }
        }

        private async Task<bool> FillAsync()
        {
            _start = 0;
            _end = await stream.ReadAsync(_buffer);
            return _end > 0;
        }
    }
}
