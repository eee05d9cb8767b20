using System.Text.Json.Nodes;
using FactLsp.Server.Handlers;
using Nerdbank.Streams;

namespace FactLsp.Server.Tests.Infrastructure;

/// <summary>The real server, run in this process over an in-memory duplex pipe.</summary>
public sealed class InProcessServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private readonly StringWriter _log = new();

    private InProcessServer(LanguageServerOptions options, SlowHandler slow)
    {
        Slow = slow;
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        Run = Task.Run(() => LanguageServerHost.RunAsync(serverStream, serverStream, TextWriter.Synchronized(_log), options, _cts.Token));
        Client = new LspClient(clientStream, clientStream);
    }

    /// <summary>This server's <see cref="SlowHandler"/>, which says when a request reached it.</summary>
    public SlowHandler Slow { get; }

    public const string NoWorkspace = "file:///nonexistent-factlsp-test-root/";

    public LspClient Client { get; }

    /// <summary>The server's RunAsync: completes with its exit code.</summary>
    public Task<int> Run { get; }

    public string Log => _log.ToString();

    public TestDiagnosticsProvider? Diagnostics { get; private init; }

    public static InProcessServer Start(LanguageServerOptions? options = null, bool withDiagnostics = false, params ILspHandler[] handlers)
    {
        var provider = withDiagnostics ? new TestDiagnosticsProvider() : null;
        var slow = new SlowHandler();
        options ??= new LanguageServerOptions();
        var effective = new LanguageServerOptions
        {
            DiagnosticsProvider = provider ?? options.DiagnosticsProvider,
            DiagnosticsDelay = options.DiagnosticsDelay,
            PartialStartBytes = options.PartialStartBytes,
            OpenArticlePatience = options.OpenArticlePatience,
            ParentProcessPollInterval = TimeSpan.FromMilliseconds(100),
            ConfigurationTimeout = TimeSpan.FromSeconds(5),
            AdditionalHandlers = [new DocumentProbeHandler(), new FailingHandler(), new FileChangedHandler(), slow, new ProgressProbeHandler(), new SettingsProbeHandler(), .. handlers],
        };
        return new InProcessServer(effective, slow) { Diagnostics = provider };
    }

    /// <summary>initialize + initialized with the given client capabilities; returns initialize's result.</summary>
    /// <param name="rootUri">The workspace folder; by default one that does not exist, so that no workspace is indexed.</param>
    public async Task<JsonNode> InitializeAsync(JsonObject? capabilities = null, int? processId = null, string? trace = null, string? rootUri = NoWorkspace)
    {
        var result = await Client.CallAsync("initialize", new JsonObject
        {
            ["processId"] = processId,
            ["rootUri"] = rootUri,
            ["capabilities"] = capabilities ?? new JsonObject(),
            ["trace"] = trace,
            ["clientInfo"] = new JsonObject { ["name"] = "tests" },
        });
        await Client.NotifyAsync("initialized", new JsonObject());
        return JsonNode.Parse(result.GetRawText())!;
    }

    public Task OpenAsync(string uri, string text, int version = 1) =>
        Client.NotifyAsync("textDocument/didOpen", DidOpenParams(uri, text, version));

    private static JsonObject DidOpenParams(string uri, string text, int version) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = version, ["text"] = text },
    };

    private static JsonObject DidChangeParams(string uri, int version, JsonObject[] changes) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
        ["contentChanges"] = new JsonArray(changes),
    };

    /// <summary>A didOpen notification as one frame, for tests that write several at once (<see cref="LspClient.WriteBytesAsync"/>).</summary>
    public static string DidOpenFrame(string uri, string text, int version = 1) =>
        LspClient.Frame(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "textDocument/didOpen", ["params"] = DidOpenParams(uri, text, version) }.ToJsonString());

    /// <summary>A didChange notification as one frame, for tests that write several at once.</summary>
    public static string DidChangeFrame(string uri, int version, params JsonObject[] changes) =>
        LspClient.Frame(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "textDocument/didChange", ["params"] = DidChangeParams(uri, version, changes) }.ToJsonString());

    /// <summary>The diagnostics published for <paramref name="uri"/> (computed on <paramref name="version"/>, when given).</summary>
    public Task<System.Text.Json.JsonElement> DiagnosticsAsync(string uri, int? version = null) =>
        Client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == uri
            && (version is null || (p.TryGetProperty("version", out var v) && v.GetInt32() == version)));

    /// <summary>Opens the document and waits for its first diagnostics.</summary>
    public async Task<System.Text.Json.JsonElement> OpenAndCheckAsync(string uri, string text)
    {
        await OpenAsync(uri, text);
        return await DiagnosticsAsync(uri, 1);
    }

    /// <summary>Replaces the document's whole text, as an editor applying an edit would, and waits for that version's diagnostics.</summary>
    public async Task<System.Text.Json.JsonElement> ReplaceAndCheckAsync(string uri, int version, string text)
    {
        await ChangeAsync(uri, version, new JsonObject { ["text"] = text });
        return await DiagnosticsAsync(uri, version);
    }

    public Task ChangeAsync(string uri, int version, params JsonObject[] changes) =>
        Client.NotifyAsync("textDocument/didChange", DidChangeParams(uri, version, changes));

    public static JsonObject Edit(int startLine, int startChar, int endLine, int endChar, string text) => new()
    {
        ["range"] = new JsonObject
        {
            ["start"] = new JsonObject { ["line"] = startLine, ["character"] = startChar },
            ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endChar },
        },
        ["text"] = text,
    };

    /// <summary>The server's text and version for a document (null when it is not open), via a read-only request.</summary>
    public async Task<(string? Text, int? Version)> ProbeAsync(string uri)
    {
        var result = await Client.CallAsync(DocumentProbeHandler.MethodName, new JsonObject { ["uri"] = uri });
        return result.ValueKind == System.Text.Json.JsonValueKind.Null
            ? (null, null)
            : (result.GetProperty("text").GetString(), result.GetProperty("version").GetInt32());
    }

    /// <summary>The server's exit code, once it has stopped (fails with its log when it does not stop in time).</summary>
    public async Task<int> WaitForExitAsync(TimeSpan? timeout = null)
    {
        var limit = timeout ?? LspClient.DefaultTimeout;
        try
        {
            return await Run.WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Waited {limit.TotalSeconds:0.#} s for the server to stop; it did not. Its log:\n{Log}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        _cts.Cancel();
        try
        {
            await Run.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception)
        {
        }
        await Client.DisposeAsync();
        _cts.Dispose();
    }
}
