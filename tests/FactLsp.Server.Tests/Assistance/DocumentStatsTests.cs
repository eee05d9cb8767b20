using System.Text.Json;
using System.Text.Json.Nodes;
using FactLsp.Server.Tests.Infrastructure;
using static FactLsp.Server.Tests.Assistance.EditorSession;

namespace FactLsp.Server.Tests.Assistance;

/// <summary>`factlsp/documentStats`, the VS Code status bar's request: the counts the code lens shows.</summary>
public class DocumentStatsTests
{
    private static Task<JsonElement> StatsAsync(InProcessServer server, string uri) =>
        server.Client.CallAsync("factlsp/documentStats", new JsonObject { ["textDocument"] = Document(uri) });

    [Fact]
    public async Task An_article_has_its_quotes_counted_by_verdict()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = await StartAsync(workspace);

        var clean = await StatsAsync(server, workspace.UriOf(Baghouz));
        Assert.Equal(6, clean.GetProperty("quotes").GetInt32()); // Khalil 3, Putin 2, Erdogan 1
        Assert.Equal(6, clean.GetProperty("verified").GetInt32());
        Assert.Equal(0, clean.GetProperty("misquotes").GetInt32());

        var draft = await StatsAsync(server, workspace.UriOf(FirstDraft));
        Assert.Equal(1, draft.GetProperty("misquotes").GetInt32());
        Assert.Equal(1, draft.GetProperty("notFound").GetInt32());
        Assert.Equal(1, draft.GetProperty("unverifiable").GetInt32());
    }

    [Fact]
    public async Task Other_documents_answer_null()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = await StartAsync(workspace);

        Assert.Equal(JsonValueKind.Null, (await StatsAsync(server, workspace.UriOf("people.yaml"))).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await StatsAsync(server, "file:///elsewhere/note.md")).ValueKind);
    }
}
