using System.Text.Json;
using FactLsp.Core.Text;
using FactLsp.Server.Protocol;
using StreamJsonRpc;

namespace FactLsp.Server.Client;

/// <summary>
/// The connection to the client: its <see cref="Description"/> (what it said in `initialize`), and
/// the messages the server sends it (logs, traces, progress, configuration, registrations,
/// diagnostics), each sent only when the description says the client takes it.
/// </summary>
public sealed class ClientSession
{
    private readonly TextWriter _log;
    private JsonRpc? _rpc;
    private volatile string _trace = TraceValue.Off;

    public ClientSession(TextWriter log)
    {
        // Handlers log from many threads; stderr must not interleave lines.
        _log = TextWriter.Synchronized(log);
    }

    /// <summary>Set once by `initialize`, before any other message is handled, and read afterwards.</summary>
    public ClientDescription Description { get; private set; } = ClientDescription.Unknown;

    /// <summary>Short for <see cref="ClientDescription.Capabilities"/>.</summary>
    public ClientCapabilities Capabilities => Description.Capabilities;

    /// <summary>How LSP positions count columns on this connection (UTF-16 unless the client offered UTF-8).</summary>
    public PositionEncoding PositionEncoding => Description.PositionEncoding;

    public string Trace
    {
        get => _trace;
        set => _trace = value is TraceValue.Messages or TraceValue.Verbose ? value : TraceValue.Off;
    }

    internal void Attach(JsonRpc rpc) => _rpc = rpc;

    /// <summary>Records what `initialize` said and negotiated.</summary>
    internal ClientDescription Negotiate(InitializeParams initialize)
    {
        Description = ClientDescription.From(initialize);
        Trace = initialize.Trace ?? TraceValue.Off;
        return Description;
    }

    /// <summary>Logs to stderr and to the client's output (`window/logMessage`). Never throws.</summary>
    public async Task LogAsync(MessageType type, string message)
    {
        _log.WriteLine($"[{type}] {message}");
        await NotifyAsync(LspMethods.LogMessage, new LogMessageParams(type, message)).ConfigureAwait(false);
    }

    /// <summary>`$/logTrace`, sent only when the client asked for traces; the detail only for "verbose".</summary>
    public Task LogTraceAsync(string message, string? verbose = null)
    {
        var trace = Trace;
        if (trace == TraceValue.Off)
        {
            return Task.CompletedTask;
        }
        return NotifyAsync(LspMethods.LogTrace, new LogTraceParams(message, trace == TraceValue.Verbose ? verbose : null));
    }

    /// <summary>Sends a notification; a closed connection is logged to stderr, not thrown.</summary>
    public async Task NotifyAsync(string method, object parameters)
    {
        if (_rpc is null)
        {
            return;
        }
        try
        {
            await _rpc.NotifyWithParameterObjectAsync(method, parameters).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ConnectionLostException or ObjectDisposedException or IOException)
        {
            _log.WriteLine($"[Warning] Could not send {method}: {ex.Message}");
        }
    }

    /// <summary>
    /// Asks a pull-mode client to pull every document's diagnostics again: an edit to a source or a
    /// registry changed other documents' diagnostics, which the client cannot know. Not awaited by callers.
    /// </summary>
    public Task RefreshDiagnosticsAsync() => Capabilities.DiagnosticRefresh ? RefreshAsync(LspMethods.DiagnosticRefresh) : Task.CompletedTask;

    /// <summary>Asks the client to ask for inlay hints again (the setting that turns them off changed).</summary>
    public Task RefreshInlayHintsAsync() => Capabilities.InlayHintRefresh ? RefreshAsync(LspMethods.InlayHintRefresh) : Task.CompletedTask;

    private async Task RefreshAsync(string method)
    {
        if (_rpc is null)
        {
            return;
        }
        try
        {
            // No params at all: LSP declares none, and some clients reject an empty array.
            await _rpc.InvokeWithParameterObjectAsync<object?>(method, null).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RemoteInvocationException or ConnectionLostException or ObjectDisposedException or IOException)
        {
            _log.WriteLine($"[Warning] The client did not answer {method}: {ex.Message}");
        }
    }

    /// <summary>Sends a request to the client and waits for its answer.</summary>
    public Task<T> RequestAsync<T>(string method, object parameters, CancellationToken cancellationToken)
    {
        var rpc = _rpc ?? throw new InvalidOperationException("The server is not connected.");
        return rpc.InvokeWithParameterObjectAsync<T>(method, parameters, cancellationToken);
    }

    /// <summary>
    /// The client's `factlsp` settings via `workspace/configuration`, or null when the client
    /// cannot tell (no support, an error, or no answer within the timeout).
    /// </summary>
    public async Task<JsonElement?> GetConfigurationAsync(string section, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!Capabilities.Configuration)
        {
            return null;
        }
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            var items = await RequestAsync<JsonElement[]?>(
                LspMethods.Configuration,
                new ConfigurationParams([new ConfigurationItem(section)]),
                cts.Token).ConfigureAwait(false);
            return items is [var first, ..] && first.ValueKind != JsonValueKind.Null ? first : null;
        }
        catch (Exception ex) when (ex is RemoteInvocationException or OperationCanceledException or ConnectionLostException)
        {
            _log.WriteLine($"[Warning] workspace/configuration failed: {ex.Message}");
            return null;
        }
    }

    /// <summary>
    /// Starts a work-done progress (creating its token with the client first). Without client
    /// support it returns a progress that reports nothing, so callers need not check.
    /// </summary>
    public async Task<WorkDoneProgress> BeginProgressAsync(string title, string? message = null, CancellationToken cancellationToken = default)
    {
        if (!Capabilities.WorkDoneProgress || _rpc is null)
        {
            return WorkDoneProgress.None;
        }
        var token = $"factlsp/{Guid.NewGuid():N}";
        try
        {
            await _rpc.InvokeWithParameterObjectAsync<object?>(LspMethods.WorkDoneProgressCreate, new WorkDoneProgressCreateParams(token), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RemoteInvocationException or ConnectionLostException)
        {
            _log.WriteLine($"[Warning] The client refused a progress token: {ex.Message}");
            return WorkDoneProgress.None;
        }
        var progress = new WorkDoneProgress(this, token);
        await progress.BeginAsync(title, message).ConfigureAwait(false);
        return progress;
    }

    /// <summary>`client/registerCapability`; false when the client refused or failed.</summary>
    public async Task<bool> RegisterCapabilityAsync(Registration registration, CancellationToken cancellationToken)
    {
        try
        {
            await RequestAsync<object?>(LspMethods.RegisterCapability, new RegistrationParams([registration]), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is RemoteInvocationException or ConnectionLostException or InvalidOperationException)
        {
            await LogAsync(MessageType.Warning, $"Could not register {registration.Method}: {ex.Message}").ConfigureAwait(false);
            return false;
        }
    }
}
