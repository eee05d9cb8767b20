using System.Text.Json;
using System.Text.Json.Nodes;
using FactLsp.Core.Text;
using FactLsp.Server.Diagnostics;
using FactLsp.Server.Tests.Infrastructure;

namespace FactLsp.Server.Tests.Navigation;

/// <summary>
/// The real server with the Core's diagnostics on a copy of examples/, initialized as an editor
/// that supports prepareRename would, with helpers to aim at text and to read ranges back.
/// </summary>
internal sealed class NavigationSession : IAsyncDisposable
{
    private NavigationSession(TestWorkspace workspace, InProcessServer server, PositionEncoding encoding)
    {
        Workspace = workspace;
        Server = server;
        Encoding = encoding;
    }

    public TestWorkspace Workspace { get; }

    public InProcessServer Server { get; }

    public LspClient Client => Server.Client;

    public PositionEncoding Encoding { get; }

    public static async Task<NavigationSession> StartAsync(bool utf8 = false, Action<TestWorkspace>? prepare = null)
    {
        var workspace = TestWorkspace.CopyOfExamples();
        prepare?.Invoke(workspace);
        var server = InProcessServer.Start(new LanguageServerOptions { DiagnosticsProvider = new CoreDiagnosticsProvider(), DiagnosticsDelay = TimeSpan.FromMilliseconds(20) });
        var capabilities = new JsonObject
        {
            ["general"] = new JsonObject { ["positionEncodings"] = utf8 ? new JsonArray("utf-8", "utf-16") : new JsonArray("utf-16") },
            ["textDocument"] = new JsonObject
            {
                ["rename"] = new JsonObject { ["prepareSupport"] = true },
                ["documentSymbol"] = new JsonObject { ["hierarchicalDocumentSymbolSupport"] = true },
                ["diagnostic"] = new JsonObject(),
            },
        };
        var session = new NavigationSession(workspace, server, utf8 ? PositionEncoding.Utf8 : PositionEncoding.Utf16);
        session.Initialize = await server.InitializeAsync(capabilities, rootUri: workspace.RootUri);
        return session;
    }

    public JsonNode Initialize { get; private set; } = null!;

    public string Uri(string path) => Workspace.UriOf(path);

    /// <summary>The LSP position of <paramref name="anchor"/> (plus <paramref name="delta"/>) in a file's text.</summary>
    public JsonObject PositionOf(string text, string anchor, int delta = 0)
    {
        var offset = text.IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{anchor}' not in the text");
        var position = new LineMap(text).GetPosition(offset + delta, Encoding);
        return new JsonObject { ["line"] = position.Line, ["character"] = position.Character };
    }

    public JsonObject At(string path, string anchor, int delta = 0) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = Uri(path) },
        ["position"] = PositionOf(Workspace.Read(path), anchor, delta),
    };

    /// <summary>The span of a file's text an LSP range covers, in the session's encoding.</summary>
    public TextSpan SpanOf(string text, JsonElement range)
    {
        var lines = new LineMap(text);
        LinePosition Position(JsonElement p) => new(p.GetProperty("line").GetInt32(), p.GetProperty("character").GetInt32());
        return lines.GetSpan(new LineRange(Position(range.GetProperty("start")), Position(range.GetProperty("end"))), Encoding);
    }

    /// <summary>The text a location (uri and range) covers in the workspace's file on disk.</summary>
    public string TextAt(JsonElement location)
    {
        var text = File.ReadAllText(new Uri(location.GetProperty("uri").GetString()!).LocalPath);
        var span = SpanOf(text, location.GetProperty("range"));
        return text.Substring(span.Start, span.Length);
    }

    /// <summary>Applies a WorkspaceEdit's `changes` to the files on disk, as an editor saving them would; returns the paths written.</summary>
    public IReadOnlyList<string> ApplyToDisk(JsonElement edit)
    {
        var written = new List<string>();
        foreach (var document in edit.GetProperty("changes").EnumerateObject())
        {
            var path = new Uri(document.Name).LocalPath;
            var text = File.ReadAllText(path);
            var spans = document.Value.EnumerateArray()
                .Select(e => (Span: SpanOf(text, e.GetProperty("range")), NewText: e.GetProperty("newText").GetString()!))
                .OrderByDescending(e => e.Span.Start)
                .ToList();
            foreach (var (span, newText) in spans)
            {
                text = text[..span.Start] + newText + text[span.End..];
            }
            File.WriteAllText(path, text);
            written.Add(document.Name);
        }
        return written;
    }

    /// <summary>Every file's pulled diagnostic codes, as "file: code" lines in order.</summary>
    public async Task<IReadOnlyList<string>> AllDiagnosticCodesAsync()
    {
        var report = await Client.CallAsync("workspace/diagnostic", new JsonObject { ["previousResultIds"] = new JsonArray() });
        return report.GetProperty("items").EnumerateArray()
            .SelectMany(item => item.GetProperty("items").EnumerateArray().Select(d =>
                $"{Path.GetFileName(new Uri(item.GetProperty("uri").GetString()!).LocalPath)}: {d.GetProperty("code").GetString()}"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Workspace.Dispose();
    }
}
