using System.Text.Json;
using System.Text.Json.Nodes;
using FactLsp.Server.Tests.Infrastructure;
using FactLsp.Tests.Import;
using static FactLsp.Server.Tests.Assistance.EditorSession;

namespace FactLsp.Server.Tests.Import;

/// <summary>
/// Importing sources from the editor, over real JSON-RPC against a loopback site: the code action on
/// a quote citing a declared source with only a url:, the `workspace/executeCommand` it runs, the
/// `workspace/applyEdit` the server sends, applied as an editor applies it, and the re-check.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private const string Article = "articles/draft.md";
    private readonly LoopbackSite _site = new();
    private readonly TestWorkspace _workspace = TestWorkspace.Empty();

    public ImportCommandTests()
    {
        _site.File("world/wire-story", "wire-story.html", "text/html; charset=utf-8")
            .File("briefing", "briefing.html", "text/html; charset=utf-8");
        _workspace.Write("people.yaml", "redur-khalil:\n  name: Redur Khalil\njen-psaki:\n  name: Jen Psaki\n");
    }

    private string DraftText() => $$"""
        ---
        title: Draft
        date: 2026-11-30
        sources:
          ledger-wire:
            title: "Daily Ledger wire story"
            url: "{{_site.Url("world/wire-story")}}"
        ---

        Redur Khalil, a senior Kurdish official, said the gains heralded a new phase.
        [“Geographically, the noose is tightening around IS,”]{.quote by=redur-khalil src=ledger-wire} he said.

        """;

    /// <summary>Answers `workspace/applyEdit` as applied and hands the edit to the test.</summary>
    private static TaskCompletionSource<JsonElement> AcceptEdits(InProcessServer server)
    {
        var edits = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Client.ServerRequestHandler = (method, p) =>
        {
            if (method == "workspace/applyEdit")
            {
                edits.TrySetResult(p.Clone());
                return new JsonObject { ["applied"] = true };
            }
            return method == "workspace/configuration" ? new JsonArray((JsonNode?)null) : null;
        };
        return edits;
    }

    [Fact]
    public async Task The_import_action_creates_the_source_and_the_quote_then_verifies()
    {
        await using var server = await StartAsync(_workspace);
        var edits = AcceptEdits(server);
        var uri = _workspace.UriOf(Article);
        var text = DraftText();
        _workspace.Write(Article, text);
        var published = await server.OpenAndCheckAsync(uri, text);
        Assert.Contains("unverifiable-quote", Codes(published));
        var diagnostic = published.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("code").GetString() == "unverifiable-quote");

        var actions = await server.Client.CallAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = Document(uri),
            ["range"] = JsonNode.Parse(diagnostic.GetProperty("range").GetRawText()),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(JsonNode.Parse(diagnostic.GetRawText())) },
        });
        var import = actions.EnumerateArray().Single(a => a.GetProperty("title").GetString() == "Import the source from its URL");
        Assert.False(import.TryGetProperty("edit", out _));
        Assert.Equal(diagnostic.GetRawText(), import.GetProperty("diagnostics")[0].GetRawText());
        var command = import.GetProperty("command");
        Assert.Equal("factlsp.importSource", command.GetProperty("command").GetString());

        var result = await server.Client.CallAsync("workspace/executeCommand", new JsonObject
        {
            ["command"] = command.GetProperty("command").GetString(),
            ["arguments"] = JsonNode.Parse(command.GetProperty("arguments").GetRawText()),
        });
        Assert.Equal("ledger-wire", result.GetProperty("id").GetString());
        Assert.True(result.GetProperty("applied").GetBoolean());
        var sourceUri = _workspace.UriOf("sources/ledger-wire.md");
        Assert.Equal(sourceUri, result.GetProperty("uri").GetString());
        Assert.False(File.Exists(_workspace.PathOf("sources/ledger-wire.md")), "the editor creates the file, not the server");

        var edit = (await edits.Task.WaitAsync(LspClient.DefaultTimeout)).GetProperty("edit").GetProperty("documentChanges").EnumerateArray().ToList();
        Assert.Equal("create", edit[0].GetProperty("kind").GetString());
        Assert.Equal(sourceUri, edit[0].GetProperty("uri").GetString());
        var sourceText = Apply(string.Empty, edit[1].GetProperty("edits"));
        Assert.StartsWith("---\nid: ledger-wire\ntitle: \"Kurdish-led fighters overrun last IS village in Syria\"\n", sourceText);
        var articleEdit = edit.Single(e => e.TryGetProperty("textDocument", out var d) && d.GetProperty("uri").GetString() == uri);
        var newArticle = Apply(text, articleEdit.GetProperty("edits"));
        Assert.DoesNotContain("ledger-wire:", newArticle);
        Assert.Contains("sources:\n---\n", newArticle);

        // As VS Code does: the created file opens with the inserted text, the article changes.
        await server.OpenAsync(sourceUri, sourceText);
        var after = await server.ReplaceAndCheckAsync(uri, 2, newArticle);
        Assert.Empty(Codes(after));
    }

    [Fact]
    public async Task Add_source_imports_a_url_into_the_workspace_and_answers_the_id()
    {
        await using var server = await StartAsync(_workspace);
        var edits = AcceptEdits(server);

        var result = await server.Client.CallAsync("workspace/executeCommand", new JsonObject
        {
            ["command"] = "factlsp.addSource",
            ["arguments"] = new JsonArray(new JsonObject { ["input"] = _site.Url("briefing") }),
        });

        var id = result.GetProperty("id").GetString()!;
        Assert.Equal("the-white-house-2021-03-01-press-briefing-press-secretary", id);
        Assert.Equal("transcript", result.GetProperty("kind").GetString());
        var edit = (await edits.Task.WaitAsync(LspClient.DefaultTimeout)).GetProperty("edit").GetProperty("documentChanges").EnumerateArray().ToList();
        var sourceUri = result.GetProperty("uri").GetString()!;
        await server.OpenAsync(sourceUri, Apply(string.Empty, edit[1].GetProperty("edits")));

        var uri = _workspace.UriOf(Article);
        var published = await server.OpenAndCheckAsync(uri, $"[“Well, the President is worried about any shortage that affects American workers.”]{{.quote by=jen-psaki src={id}}}\n");
        Assert.Empty(Codes(published));
    }

    [Fact]
    public async Task A_client_that_cannot_create_files_gets_the_file_written_to_disk()
    {
        await using var server = await StartAsync(_workspace, capabilities: Capabilities(resourceOperations: false));
        AcceptEdits(server);

        var result = await server.Client.CallAsync("workspace/executeCommand", new JsonObject
        {
            ["command"] = "factlsp.addSource",
            ["arguments"] = new JsonArray(new JsonObject { ["input"] = _site.Url("world/wire-story"), ["id"] = "wire" }),
        });

        Assert.True(result.GetProperty("applied").GetBoolean());
        Assert.StartsWith("---\nid: wire\n", _workspace.Read("sources/wire.md"));
        Assert.DoesNotContain(server.Client.ServerRequests, r => r.GetProperty("method").GetString() == "workspace/applyEdit");
    }

    [Fact]
    public async Task A_failed_import_answers_the_reason_and_edits_nothing()
    {
        await using var server = await StartAsync(_workspace);
        AcceptEdits(server);

        var response = await server.Client.RequestAsync("workspace/executeCommand", new JsonObject
        {
            ["command"] = "factlsp.addSource",
            ["arguments"] = new JsonArray(new JsonObject { ["input"] = _site.Url("gone") }),
        });

        var error = response.GetProperty("error");
        Assert.Equal(-32803, error.GetProperty("code").GetInt32());
        Assert.Equal($"Cannot import '{_site.Url("gone")}': HTTP 404 Not Found", error.GetProperty("message").GetString());
        Assert.DoesNotContain(server.Client.ServerRequests, r => r.GetProperty("method").GetString() == "workspace/applyEdit");
        Assert.False(Directory.Exists(_workspace.PathOf("sources")));
    }

    [Fact]
    public async Task No_import_action_for_a_source_with_text_or_without_a_url()
    {
        await using var server = await StartAsync(_workspace);
        _workspace.Write("sources/own.txt", "Khalil said: “The noose is tightening.”\n");
        var uri = _workspace.UriOf(Article);
        var text = "---\nsources:\n  no-url: {title: \"Phone call\"}\n---\n[“The noose is tightening.”]{.quote by=redur-khalil src=own}\n[“Hello there, all of you.”]{.quote by=redur-khalil src=no-url}\n";
        await server.OpenAndCheckAsync(uri, text);

        var actions = await server.Client.CallAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = Document(uri),
            ["range"] = new JsonObject { ["start"] = Position((0, 0)), ["end"] = Position((6, 0)) },
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() },
        });
        Assert.DoesNotContain(actions.EnumerateArray(), a => a.GetProperty("title").GetString() == "Import the source from its URL");
    }

    public void Dispose()
    {
        _site.Dispose();
        _workspace.Dispose();
    }
}
