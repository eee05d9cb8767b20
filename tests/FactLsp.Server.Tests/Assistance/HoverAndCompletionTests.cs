using System.Text.Json;
using System.Text.Json.Nodes;
using FactLsp.Core.Text;
using FactLsp.Server.Tests.Infrastructure;
using static FactLsp.Server.Tests.Assistance.EditorSession;

namespace FactLsp.Server.Tests.Assistance;

/// <summary>Hover and completion over the real JSON-RPC pipe, on a copy of examples/.</summary>
public class HoverAndCompletionTests
{
    [Fact]
    public async Task Capabilities_are_advertised()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = InProcessServer.Start();
        var result = await server.InitializeAsync(Capabilities(), rootUri: workspace.RootUri);
        var capabilities = result["capabilities"]!;

        Assert.True(capabilities["hoverProvider"]!.GetValue<bool>());
        Assert.Equal(["{", ".", "=", " "], capabilities["completionProvider"]!["triggerCharacters"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(["quickfix"], capabilities["codeActionProvider"]!["codeActionKinds"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.NotNull(capabilities["codeLensProvider"]);
        Assert.NotNull(capabilities["inlayHintProvider"]);
        Assert.True(capabilities["semanticTokensProvider"]!["full"]!.GetValue<bool>());
        Assert.Contains("property", capabilities["semanticTokensProvider"]!["legend"]!["tokenTypes"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public async Task Hover_on_Khalils_quote_gives_speaker_source_verdict_and_passage()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = await StartAsync(workspace);
        var text = workspace.Read(Baghouz);

        var hover = await server.Client.CallAsync("textDocument/hover", At(workspace.UriOf(Baghouz), PositionOf(text, "the noose is tightening")));
        var contents = hover.GetProperty("contents");
        Assert.Equal("markdown", contents.GetProperty("kind").GetString());
        var markdown = contents.GetProperty("value").GetString()!;
        Assert.StartsWith("**Quote, verified**", markdown);
        Assert.Contains("**Speaker:** Redur Khalil, senior Kurdish official; senior official, Syrian Democratic Council", markdown);
        Assert.Contains("*Kurdish-led fighters overrun last IS village in Syria* `dawn-2019-01-24`, Dawn / AFP, article, 2019-01-24: 1 day before the article", markdown);
        Assert.Contains("“**Geographically, the noose is tightening around IS**,” he said.", markdown);
        Assert.Contains("Redur Khalil, a senior Kurdish official, said the latest gains", markdown);
        // The range is the whole annotation.
        Assert.Equal("[“Geographically, the noose is tightening around IS,”]{.quote by=redur-khalil src=dawn-2019-01-24}", TextAt(text, hover.GetProperty("range")));
    }

    [Fact]
    public async Task Hover_on_a_by_id_counts_the_quotes_across_the_workspace_and_prose_has_none()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = await StartAsync(workspace);
        var text = workspace.Read(Baghouz);

        var hover = await server.Client.CallAsync("textDocument/hover", At(workspace.UriOf(Baghouz), PositionOf(text, "by=vladimir-putin", 5)));
        var markdown = hover.GetProperty("contents").GetProperty("value").GetString()!;
        Assert.StartsWith("**Vladimir Putin** `vladimir-putin`", markdown);
        Assert.EndsWith("Quoted 3 times in 2 articles.", markdown);
        Assert.Equal("vladimir-putin", TextAt(text, hover.GetProperty("range")));

        var none = await server.Client.CallAsync("textDocument/hover", At(workspace.UriOf(Baghouz), PositionOf(text, "Moscow talks")));
        Assert.Equal(JsonValueKind.Null, none.ValueKind);
    }

    [Fact]
    public async Task Hover_is_plain_text_for_a_client_without_markdown()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        var capabilities = Capabilities();
        capabilities["textDocument"]!["hover"] = new JsonObject { ["contentFormat"] = new JsonArray("plaintext") };
        await using var server = await StartAsync(workspace, capabilities: capabilities);
        var text = workspace.Read(Baghouz);

        var hover = await server.Client.CallAsync("textDocument/hover", At(workspace.UriOf(Baghouz), PositionOf(text, "dear friend")));
        Assert.Equal("plaintext", hover.GetProperty("contents").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Completion_after_by_lists_the_speakers_while_the_block_is_still_open()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = await StartAsync(workspace);
        var uri = workspace.UriOf(Baghouz);
        var text = workspace.Read(Baghouz);
        await server.OpenAsync(uri, text);

        // The writer types a new quote after Erdogan's and stops after "by=".
        var typed = text + "\nErdogan added that [“more”]{.quote by=";
        await server.ChangeAsync(uri, 2, FullChange(typed));
        var end = new LineMap(typed).GetPosition(typed.Length);
        var list = await server.Client.CallAsync("textDocument/completion", new JsonObject
        {
            ["textDocument"] = Document(uri),
            ["position"] = Position((end.Line, end.Character)),
            ["context"] = new JsonObject { ["triggerKind"] = 2, ["triggerCharacter"] = "=" },
        });

        Assert.False(list.GetProperty("isIncomplete").GetBoolean());
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(5, items.Count);
        var first = items.OrderBy(i => i.GetProperty("sortText").GetString(), StringComparer.Ordinal).First();
        Assert.Equal("recep-tayyip-erdogan", first.GetProperty("label").GetString());
        Assert.True(first.GetProperty("preselect").GetBoolean());
        Assert.Equal("Recep Tayyip Erdogan", first.GetProperty("detail").GetString());
        Assert.Equal("President of Turkey; President, Republic of Turkey", first.GetProperty("documentation").GetProperty("value").GetString());
        Assert.Equal(6, first.GetProperty("kind").GetInt32());
        var edit = first.GetProperty("textEdit");
        Assert.Equal(typed + "recep-tayyip-erdogan", EditorSession.Apply(typed, JsonDocument.Parse($"[{edit.GetRawText()}]").RootElement));
    }

    [Fact]
    public async Task Completion_replaces_the_partial_id_in_utf8_columns_after_an_emoji()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = await StartAsync(workspace, capabilities: Capabilities(utf8: true));
        var uri = workspace.UriOf(Baghouz);
        var text = workspace.Read(Baghouz) + "\n😀 Khalil: [“more”]{.quote src=dawn-2019-01-24 by=redur-k}\n";
        await server.OpenAsync(uri, text);

        var position = PositionOf(text, "by=redur-k}", "by=redur-k".Length, PositionEncoding.Utf8);
        var list = await server.Client.CallAsync("textDocument/completion", At(uri, position));
        var khalil = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("label").GetString() == "redur-khalil");
        var edit = khalil.GetProperty("textEdit");
        Assert.Equal("redur-k", TextAt(text, edit.GetProperty("range"), PositionEncoding.Utf8));
        Assert.Contains("by=redur-khalil}", EditorSession.Apply(text, JsonDocument.Parse($"[{edit.GetRawText()}]").RootElement, PositionEncoding.Utf8));
    }

    [Fact]
    public async Task Completion_outside_a_block_is_empty()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = await StartAsync(workspace);
        var text = workspace.Read(Baghouz);
        var list = await server.Client.CallAsync("textDocument/completion", new JsonObject
        {
            ["textDocument"] = Document(workspace.UriOf(Baghouz)),
            ["position"] = Position(PositionOf(text, "Moscow talks", 6)),
            ["context"] = new JsonObject { ["triggerKind"] = 2, ["triggerCharacter"] = " " },
        });
        Assert.Empty(list.GetProperty("items").EnumerateArray());
    }
}
