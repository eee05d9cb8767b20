using System.Text.Json;
using System.Text.Json.Nodes;
using FactLsp.Server.Tests.Infrastructure;
using static FactLsp.Server.Tests.Assistance.EditorSession;

namespace FactLsp.Server.Tests.Assistance;

/// <summary>Quick fixes over the real JSON-RPC pipe: each one applied as an editor would, and the diagnostic it fixes goes away.</summary>
public class CodeActionTests
{
    private static async Task<(JsonElement Diagnostic, JsonElement[] Actions)> ActionsFor(InProcessServer server, string uri, string code, JsonElement published)
    {
        var diagnostic = published.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("code").GetString() == code);
        var actions = await server.Client.CallAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = Document(uri),
            ["range"] = JsonNode.Parse(diagnostic.GetProperty("range").GetRawText()),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(JsonNode.Parse(diagnostic.GetRawText())), ["triggerKind"] = 1 },
        });
        return (diagnostic, actions.EnumerateArray().ToArray());
    }

    [Fact]
    public async Task The_misquote_fix_applied_makes_the_misquote_go_away()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = await StartAsync(workspace);
        var uri = workspace.UriOf(FirstDraft);
        var text = workspace.Read(FirstDraft);
        var published = await server.OpenAndCheckAsync(uri, text);

        var (diagnostic, actions) = await ActionsFor(server, uri, "misquote", published);
        var fix = actions.Single(a => a.GetProperty("title").GetString() == "Use the source's words");
        Assert.Equal("quickfix", fix.GetProperty("kind").GetString());
        Assert.True(fix.GetProperty("isPreferred").GetBoolean());
        Assert.False(fix.TryGetProperty("command", out _));
        // The action names the client's own diagnostic.
        Assert.Equal(diagnostic.GetRawText(), fix.GetProperty("diagnostics")[0].GetRawText());

        var fixedText = EditorSession.Apply(text, fix.GetProperty("edit").GetProperty("changes").GetProperty(uri));
        Assert.Contains("[“Geographically, the noose is tightening around IS,”]", fixedText);
        var after = await server.ReplaceAndCheckAsync(uri, 2, fixedText);
        Assert.DoesNotContain("misquote", Codes(after));
        Assert.Contains("quote-not-found", Codes(after));
    }

    [Fact]
    public async Task The_suppression_fix_applied_silences_the_rule_on_that_line()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = await StartAsync(workspace);
        var uri = workspace.UriOf(FirstDraft);
        var text = workspace.Read(FirstDraft);
        var published = await server.OpenAndCheckAsync(uri, text);

        var (_, actions) = await ActionsFor(server, uri, "quote-not-found", published);
        var suppress = actions.Single(a => a.GetProperty("title").GetString() == "Suppress 'quote-not-found' on this line");
        var fixedText = EditorSession.Apply(text, suppress.GetProperty("edit").GetProperty("changes").GetProperty(uri));
        Assert.Contains("<!-- factlsp-disable-next-line quote-not-found -->\nHe added that", fixedText);

        var after = await server.ReplaceAndCheckAsync(uri, 2, fixedText);
        Assert.DoesNotContain("quote-not-found", Codes(after));
        Assert.Contains("misquote", Codes(after));
    }

    [Fact]
    public async Task Registering_an_unknown_speaker_edits_people_yaml_and_the_article_is_rechecked()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = await StartAsync(workspace);
        var uri = workspace.UriOf(FirstDraft);
        var published = await server.Client.WaitForNotificationAsync(Publish, For(uri, p => Codes(p).Contains("unknown-speaker")));

        var (_, actions) = await ActionsFor(server, uri, "unknown-speaker", published);
        Assert.Equal("Change to 'redur-khalil' (Redur Khalil)", actions[0].GetProperty("title").GetString());
        var register = actions.Single(a => a.GetProperty("title").GetString() == "Add 'redur-kalil' to people.yaml");
        var peopleUri = workspace.UriOf("people.yaml");
        var people = EditorSession.Apply(workspace.Read("people.yaml"), register.GetProperty("edit").GetProperty("changes").GetProperty(peopleUri));
        Assert.EndsWith("\n\nredur-kalil:\n  name: Redur Kalil\n", people);

        // The editor applies the edit to the registry, which it opens.
        await server.OpenAsync(peopleUri, people);
        var after = await server.Client.WaitForNotificationAsync(Publish, For(uri, p => !Codes(p).Contains("unknown-speaker")));
        Assert.Contains("misquote", Codes(after));
    }

    [Fact]
    public async Task Without_people_yaml_the_fix_creates_it_for_clients_that_can_create_files()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        File.Delete(workspace.PathOf("people.yaml"));
        var uri = workspace.UriOf("articles/baghouz-falls.md");

        await using (var server = await StartAsync(workspace))
        {
            var published = await server.Client.WaitForNotificationAsync(Publish, For(uri, p => Codes(p).Contains("unknown-speaker")));
            var (_, actions) = await ActionsFor(server, uri, "unknown-speaker", published);
            var create = actions.Single(a => a.GetProperty("title").GetString()!.StartsWith("Create people.yaml", StringComparison.Ordinal));
            var changes = create.GetProperty("edit").GetProperty("documentChanges").EnumerateArray().ToList();
            Assert.Equal("create", changes[0].GetProperty("kind").GetString());
            Assert.Equal(workspace.UriOf("people.yaml"), changes[0].GetProperty("uri").GetString());
            Assert.True(changes[0].GetProperty("options").GetProperty("ignoreIfExists").GetBoolean());
            Assert.Equal(workspace.UriOf("people.yaml"), changes[1].GetProperty("textDocument").GetProperty("uri").GetString());
            Assert.Equal(JsonValueKind.Null, changes[1].GetProperty("textDocument").GetProperty("version").ValueKind);
            Assert.Matches(@"^[a-z-]+:\n  name: [A-Z][a-z]+( [A-Z][a-z-]+)*\n$", changes[1].GetProperty("edits")[0].GetProperty("newText").GetString());
        }

        await using (var server = await StartAsync(workspace, capabilities: Capabilities(resourceOperations: false)))
        {
            var published = await server.Client.WaitForNotificationAsync(Publish, For(uri, p => Codes(p).Contains("unknown-speaker")));
            var (_, actions) = await ActionsFor(server, uri, "unknown-speaker", published);
            Assert.DoesNotContain(actions, a => a.GetProperty("title").GetString()!.StartsWith("Create", StringComparison.Ordinal));
            Assert.Contains(actions, a => a.GetProperty("title").GetString()!.StartsWith("Suppress", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_unattributed_quote_is_wrapped_and_only_filters_by_kind()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = await StartAsync(workspace);
        var uri = workspace.UriOf(FirstDraft);
        var text = workspace.Read(FirstDraft);
        var published = await server.OpenAndCheckAsync(uri, text);

        var (diagnostic, actions) = await ActionsFor(server, uri, "unattributed-quote", published);
        var wrap = actions.First(a => a.GetProperty("title").GetString()!.StartsWith("Annotate as a quote by Donald Trump", StringComparison.Ordinal));
        var fixedText = EditorSession.Apply(text, wrap.GetProperty("edit").GetProperty("changes").GetProperty(uri));
        Assert.Contains("Trump said [\"we have won against ISIS in Syria\"]{.quote by=donald-trump src=", fixedText);
        var after = await server.ReplaceAndCheckAsync(uri, 2, fixedText);
        Assert.DoesNotContain("unattributed-quote", Codes(after));

        // A client asking only for refactorings gets no quick fixes.
        var refactorings = await server.Client.CallAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = Document(uri),
            ["range"] = JsonNode.Parse(diagnostic.GetProperty("range").GetRawText()),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(), ["only"] = new JsonArray("refactor") },
        });
        Assert.Empty(refactorings.EnumerateArray());
    }
}
