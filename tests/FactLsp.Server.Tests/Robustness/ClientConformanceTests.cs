using System.Text.Json;
using System.Text.Json.Nodes;
using FactLsp.Core.Text;
using FactLsp.Server.Tests.Infrastructure;
using static FactLsp.Server.Tests.Assistance.EditorSession;

namespace FactLsp.Server.Tests.Robustness;

/// <summary>
/// A session as each real client runs it (open, diagnostics, hover, completion, links, symbols,
/// code actions), with every answer and every message the server sent checked against LSP 3.17's
/// types and against what that client declared: nothing it did not declare, and the declared
/// form of each thing.
/// </summary>
public class ClientConformanceTests
{
    public static TheoryData<string> Profiles => new(ClientProfiles.Names);

    private static bool Declared(JsonObject declared, params string[] path) => Node(declared, path) is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    private static JsonNode? Node(JsonObject declared, params string[] path)
    {
        JsonNode? current = declared;
        foreach (var name in path)
        {
            current = current is JsonObject o && o.TryGetPropertyValue(name, out var next) ? next : null;
        }
        return current;
    }

    private static IReadOnlyList<string> Strings(JsonObject declared, params string[] path) =>
        Node(declared, path) is JsonArray array ? array.Select(v => v!.GetValue<string>()).ToList() : [];

    private static void AssertRange(JsonElement range)
    {
        foreach (var end in new[] { "start", "end" })
        {
            var position = range.GetProperty(end);
            Assert.True(position.GetProperty("line").GetInt32() >= 0);
            Assert.True(position.GetProperty("character").GetInt32() >= 0);
        }
    }

    private static void AssertMarkup(JsonElement markup, IReadOnlyList<string> declared)
    {
        var kind = markup.GetProperty("kind").GetString();
        var allowed = declared.Count == 0 ? ["plaintext"] : declared;
        Assert.Contains(kind, allowed);
        Assert.Equal(JsonValueKind.String, markup.GetProperty("value").ValueKind);
        if (kind == "plaintext")
        {
            Assert.DoesNotContain("**", markup.GetProperty("value").GetString());
        }
    }

    private static void AssertDiagnostic(JsonElement diagnostic, JsonObject declared)
    {
        AssertRange(diagnostic.GetProperty("range"));
        Assert.InRange(diagnostic.GetProperty("severity").GetInt32(), 1, 4);
        Assert.False(string.IsNullOrEmpty(diagnostic.GetProperty("message").GetString()));
        Assert.Equal("factlsp", diagnostic.GetProperty("source").GetString());
        if (diagnostic.TryGetProperty("relatedInformation", out var related))
        {
            Assert.True(Declared(declared, "textDocument", "publishDiagnostics", "relatedInformation"), "relatedInformation sent to a client that did not declare it");
            foreach (var r in related.EnumerateArray())
            {
                Assert.StartsWith("file:", r.GetProperty("location").GetProperty("uri").GetString());
                AssertRange(r.GetProperty("location").GetProperty("range"));
                Assert.Equal(JsonValueKind.String, r.GetProperty("message").ValueKind);
            }
        }
        if (diagnostic.TryGetProperty("tags", out var tags))
        {
            var valueSet = Node(declared, "textDocument", "publishDiagnostics", "tagSupport", "valueSet") as JsonArray;
            Assert.NotNull(valueSet);
            Assert.All(tags.EnumerateArray(), t => Assert.Contains(valueSet, v => v!.GetValue<int>() == t.GetInt32()));
        }
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task Every_message_fits_LSP_and_what_the_client_declared(string profile)
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        var declared = ClientProfiles.Of(profile);
        await using var server = InProcessServer.Start(new LanguageServerOptions { DiagnosticsProvider = new Diagnostics.CoreDiagnosticsProvider(), DiagnosticsDelay = TimeSpan.FromMilliseconds(50) });
        var init = await server.InitializeAsync((JsonObject)declared.DeepClone(), rootUri: workspace.RootUri);
        var capabilities = init["capabilities"]!;

        // initialize: the encoding is one the client offered (UTF-16 when it offered none).
        var offered = Strings(declared, "general", "positionEncodings");
        var encodingName = capabilities["positionEncoding"]?.GetValue<string>() ?? "utf-16";
        Assert.Contains(encodingName, offered.Count == 0 ? new List<string> { "utf-16" } : [.. offered, "utf-16"]);
        var encoding = encodingName == "utf-8" ? PositionEncoding.Utf8 : PositionEncoding.Utf16;
        Assert.Equal(Declared(declared, "textDocument", "rename", "prepareSupport"), capabilities["renameProvider"]?["prepareProvider"]?.GetValue<bool>() ?? false);

        var draftUri = workspace.UriOf(FirstDraft);
        var baghouzUri = workspace.UriOf(Baghouz);
        var draft = workspace.Read(FirstDraft);
        var baghouz = workspace.Read(Baghouz);
        await server.OpenAsync(draftUri, draft);
        await server.OpenAsync(baghouzUri, baghouz);

        // Diagnostics: pulled by a client that pulls (and then never pushed), pushed to the others.
        var pulls = Node(declared, "textDocument", "diagnostic") is JsonObject;
        JsonElement draftDiagnostics;
        if (pulls)
        {
            var report = await server.Client.CallAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = Document(draftUri) });
            Assert.Equal("full", report.GetProperty("kind").GetString());
            draftDiagnostics = report.GetProperty("items");
        }
        else
        {
            draftDiagnostics = (await server.DiagnosticsAsync(draftUri, 1)).GetProperty("diagnostics");
        }
        var misquote = draftDiagnostics.EnumerateArray().First(d => d.GetProperty("code").GetString() == "misquote");
        foreach (var d in draftDiagnostics.EnumerateArray())
        {
            AssertDiagnostic(d, declared);
        }
        if (!Declared(declared, "textDocument", "publishDiagnostics", "relatedInformation"))
        {
            // The source passage is still told, in the message.
            Assert.Contains("dawn-2019-01-24.txt:", misquote.GetProperty("message").GetString());
        }

        // Hover: the declared format, Markdown rendered to text for a client that reads only text.
        var hover = await server.Client.CallAsync("textDocument/hover", At(baghouzUri, PositionOf(baghouz, "dear friend", encoding: encoding)));
        AssertMarkup(hover.GetProperty("contents"), Strings(declared, "textDocument", "hover", "contentFormat"));
        AssertRange(hover.GetProperty("range"));

        // Completion after "by=".
        var typed = baghouz + "\nErdogan added that [“more”]{.quote by=";
        await server.ChangeAsync(baghouzUri, 2, new JsonObject { ["text"] = typed });
        var end = new LineMap(typed).GetPosition(typed.Length, encoding);
        var list = await server.Client.CallAsync("textDocument/completion", new JsonObject { ["textDocument"] = Document(baghouzUri), ["position"] = Position((end.Line, end.Character)) });
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            Assert.False(string.IsNullOrEmpty(item.GetProperty("label").GetString()));
            if (item.TryGetProperty("documentation", out var documentation))
            {
                AssertMarkup(documentation, Strings(declared, "textDocument", "completion", "completionItem", "documentationFormat"));
            }
            if (item.TryGetProperty("preselect", out _))
            {
                Assert.True(Declared(declared, "textDocument", "completion", "completionItem", "preselectSupport"), "preselect sent to a client that did not declare it");
            }
            Assert.False(item.TryGetProperty("insertTextFormat", out var format) && format.GetInt32() == 2, "a snippet");
            AssertRange(item.GetProperty("textEdit").GetProperty("range"));
        }
        await server.ChangeAsync(baghouzUri, 3, new JsonObject { ["text"] = baghouz });

        // Document links: a tooltip only for a client that takes one.
        var links = (await server.Client.CallAsync("textDocument/documentLink", new JsonObject { ["textDocument"] = Document(baghouzUri) })).EnumerateArray().ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            AssertRange(link.GetProperty("range"));
            Assert.StartsWith("file:", link.GetProperty("target").GetString());
            Assert.Equal(Declared(declared, "textDocument", "documentLink", "tooltipSupport"), link.TryGetProperty("tooltip", out _));
        }

        // Document symbols: trees for a client that declared them, SymbolInformation otherwise.
        var symbols = (await server.Client.CallAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = Document(baghouzUri) })).EnumerateArray().ToList();
        Assert.NotEmpty(symbols);
        var hierarchical = Declared(declared, "textDocument", "documentSymbol", "hierarchicalDocumentSymbolSupport");
        foreach (var symbol in symbols)
        {
            Assert.InRange(symbol.GetProperty("kind").GetInt32(), 1, 26);
            if (hierarchical)
            {
                AssertRange(symbol.GetProperty("range"));
                AssertRange(symbol.GetProperty("selectionRange"));
            }
            else
            {
                Assert.Equal(baghouzUri, symbol.GetProperty("location").GetProperty("uri").GetString());
                AssertRange(symbol.GetProperty("location").GetProperty("range"));
                Assert.False(symbol.TryGetProperty("children", out _));
            }
        }

        // Code actions: literals only for a client that takes them.
        var actions = (await server.Client.CallAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = Document(draftUri),
            ["range"] = JsonNode.Parse(misquote.GetProperty("range").GetRawText()),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(JsonNode.Parse(misquote.GetRawText())) },
        })).EnumerateArray().ToList();
        var literals = Node(declared, "textDocument", "codeAction", "codeActionLiteralSupport") is JsonObject;
        Assert.Equal(literals, actions.Count > 0);
        foreach (var action in actions)
        {
            Assert.False(string.IsNullOrEmpty(action.GetProperty("title").GetString()));
            Assert.Equal("quickfix", action.GetProperty("kind").GetString());
            if (action.TryGetProperty("isPreferred", out _))
            {
                Assert.True(Declared(declared, "textDocument", "codeAction", "isPreferredSupport"), "isPreferred sent to a client that did not declare it");
            }
            var edit = action.GetProperty("edit");
            if (edit.TryGetProperty("documentChanges", out var changes))
            {
                Assert.True(Declared(declared, "workspace", "workspaceEdit", "documentChanges"), "documentChanges sent to a client that did not declare them");
                Assert.All(changes.EnumerateArray().Where(c => c.TryGetProperty("kind", out _)), c =>
                    Assert.Contains(c.GetProperty("kind").GetString(), Strings(declared, "workspace", "workspaceEdit", "resourceOperations")));
            }
        }

        // Everything the server sent on its own: only what the client declared it takes.
        foreach (var request in server.Client.ServerRequests)
        {
            var method = request.GetProperty("method").GetString();
            switch (method)
            {
                case "window/workDoneProgress/create":
                    Assert.True(Declared(declared, "window", "workDoneProgress"), profile);
                    break;
                case "workspace/configuration":
                    Assert.True(Declared(declared, "workspace", "configuration"), profile);
                    break;
                case "client/registerCapability":
                    foreach (var registration in request.GetProperty("params").GetProperty("registrations").EnumerateArray())
                    {
                        var registered = registration.GetProperty("method").GetString()!;
                        var section = registered.Split('/');
                        Assert.True(Declared(declared, section[0], section[1], "dynamicRegistration"), $"{profile}: {registered} registered dynamically");
                    }
                    break;
                case "workspace/diagnostic/refresh":
                    Assert.True(Declared(declared, "workspace", "diagnostics", "refreshSupport"), profile);
                    break;
                case "workspace/inlayHint/refresh":
                    Assert.True(Declared(declared, "workspace", "inlayHint", "refreshSupport"), profile);
                    break;
                default:
                    Assert.Fail($"{profile}: the server asked '{method}'");
                    break;
            }
        }
        foreach (var notification in server.Client.Notifications)
        {
            var method = notification.GetProperty("method").GetString();
            Assert.Contains(method, new[] { "textDocument/publishDiagnostics", "window/logMessage", "$/progress", "$/logTrace", "window/showMessage" });
            if (method == "$/progress")
            {
                Assert.True(Declared(declared, "window", "workDoneProgress"), profile);
            }
            if (method == "textDocument/publishDiagnostics")
            {
                Assert.False(pulls, $"{profile} pulls diagnostics but was sent some");
                foreach (var d in notification.GetProperty("params").GetProperty("diagnostics").EnumerateArray())
                {
                    AssertDiagnostic(d, declared);
                }
            }
        }
        Assert.Null(server.Client.FramingError);
    }
}
