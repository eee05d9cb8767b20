using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactLsp.Core.Text;
using FactLsp.Server.Diagnostics;
using FactLsp.Server.Tests.Infrastructure;

namespace FactLsp.Server.Tests.Assistance;

/// <summary>
/// The real server on a copy of examples/, initialized as an editor does it (VS Code's capabilities
/// for the features under test), with helpers to find positions and apply the edits the server sends.
/// </summary>
internal static class EditorSession
{
    public const string Publish = "textDocument/publishDiagnostics";
    public const string FirstDraft = "articles/first-draft.md";
    public const string Baghouz = "articles/baghouz-falls.md";

    public static JsonObject Capabilities(bool utf8 = false, bool resourceOperations = true) => new()
    {
        ["general"] = new JsonObject { ["positionEncodings"] = utf8 ? new JsonArray("utf-8", "utf-16") : new JsonArray("utf-16") },
        ["window"] = new JsonObject { ["workDoneProgress"] = true },
        ["workspace"] = new JsonObject
        {
            ["configuration"] = true,
            ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true },
            ["workspaceEdit"] = new JsonObject
            {
                ["documentChanges"] = resourceOperations,
                ["resourceOperations"] = resourceOperations ? new JsonArray("create", "rename", "delete") : new JsonArray(),
            },
        },
        ["textDocument"] = new JsonObject
        {
            ["publishDiagnostics"] = new JsonObject { ["versionSupport"] = true, ["relatedInformation"] = true },
            ["hover"] = new JsonObject { ["contentFormat"] = new JsonArray("markdown", "plaintext") },
            ["completion"] = new JsonObject { ["completionItem"] = new JsonObject { ["snippetSupport"] = true, ["preselectSupport"] = true } },
            ["codeAction"] = new JsonObject
            {
                ["codeActionLiteralSupport"] = new JsonObject { ["codeActionKind"] = new JsonObject { ["valueSet"] = new JsonArray("", "quickfix", "refactor") } },
                ["isPreferredSupport"] = true,
            },
            ["codeLens"] = new JsonObject(),
            ["inlayHint"] = new JsonObject(),
            ["semanticTokens"] = new JsonObject { ["requests"] = new JsonObject { ["full"] = true }, ["formats"] = new JsonArray("relative"), ["multilineTokenSupport"] = false },
        },
    };

    /// <summary>Starts the server on <paramref name="workspace"/> with the `factlsp` settings the client answers with.</summary>
    public static async Task<InProcessServer> StartAsync(TestWorkspace workspace, JsonObject? settings = null, JsonObject? capabilities = null)
    {
        var server = InProcessServer.Start(new LanguageServerOptions { DiagnosticsProvider = new CoreDiagnosticsProvider(), DiagnosticsDelay = TimeSpan.FromMilliseconds(50) });
        server.Client.ServerRequestHandler = (method, _) => method == "workspace/configuration" ? new JsonArray(settings?.DeepClone()) : null;
        await server.InitializeAsync(capabilities ?? Capabilities(), rootUri: workspace.RootUri);
        return server;
    }

    public static JsonObject Document(string uri) => new() { ["uri"] = uri };

    public static JsonObject At(string uri, (int Line, int Character) position) => new()
    {
        ["textDocument"] = Document(uri),
        ["position"] = Position(position),
    };

    public static JsonObject Position((int Line, int Character) position) => new() { ["line"] = position.Line, ["character"] = position.Character };

    /// <summary>The LSP position of the <paramref name="occurrence"/>-th <paramref name="needle"/> (plus <paramref name="shift"/> characters).</summary>
    public static (int Line, int Character) PositionOf(string text, string needle, int shift = 0, PositionEncoding encoding = PositionEncoding.Utf16, int occurrence = 0)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = text.IndexOf(needle, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{needle}' is not in the text");
        }
        var position = new LineMap(text).GetPosition(at + shift, encoding);
        return (position.Line, position.Character);
    }

    /// <summary>The text a range covers.</summary>
    public static string TextAt(string text, JsonElement range, PositionEncoding encoding = PositionEncoding.Utf16)
    {
        var lines = new LineMap(text);
        var span = lines.GetSpan(new LineRange(ToLinePosition(range.GetProperty("start")), ToLinePosition(range.GetProperty("end"))), encoding);
        return text.Substring(span.Start, span.Length);
    }

    /// <summary>Applies TextEdits (one document's) as an editor does: all ranges refer to the text before the edit.</summary>
    public static string Apply(string text, JsonElement edits, PositionEncoding encoding = PositionEncoding.Utf16)
    {
        var lines = new LineMap(text);
        var spans = edits.EnumerateArray()
            .Select(e => (Span: lines.GetSpan(new LineRange(ToLinePosition(e.GetProperty("range").GetProperty("start")), ToLinePosition(e.GetProperty("range").GetProperty("end"))), encoding),
                          NewText: e.GetProperty("newText").GetString()!))
            .OrderByDescending(e => e.Span.Start)
            .ToList();
        var builder = new StringBuilder(text);
        foreach (var (span, newText) in spans)
        {
            builder.Remove(span.Start, span.Length).Insert(span.Start, newText);
        }
        return builder.ToString();
    }

    public static JsonObject FullChange(string text) => new() { ["text"] = text };

    public static IEnumerable<string> Codes(JsonElement published) =>
        published.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()!);

    public static Func<JsonElement, bool> For(string uri, Func<JsonElement, bool>? also = null) =>
        p => p.GetProperty("uri").GetString() == uri && (also is null || also(p));

    private static LinePosition ToLinePosition(JsonElement position) => new(position.GetProperty("line").GetInt32(), position.GetProperty("character").GetInt32());
}
