using System.Text.Json;
using System.Text.Json.Nodes;
using FactLsp.Server.Tests.Infrastructure;
using static FactLsp.Server.Tests.Assistance.EditorSession;

namespace FactLsp.Server.Tests.Assistance;

/// <summary>`factlsp/documentStats`, the VS Code status bar's request: the counts the code lens shows (verified: words and speaker).</summary>
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
    public async Task A_quote_with_the_right_words_and_the_wrong_speaker_is_not_counted_verified()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = await StartAsync(workspace);
        const string Khalil = "[“The last village has fallen, but the fight is not over.”]{.quote by=redur-khalil src=sdc-briefing-2019-01-25}\n";
        var uri = workspace.UriOf("articles/speakers.md");
        var wrong = Khalil + Khalil.Replace("by=redur-khalil", "by=vladimir-putin");

        var diagnostics = await server.OpenAndCheckAsync(uri, wrong);
        Assert.Contains(diagnostics.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "wrong-speaker");
        var stats = await StatsAsync(server, uri);
        Assert.Equal((2, 1, 1, 0, 0), (stats.GetProperty("quotes").GetInt32(), stats.GetProperty("verified").GetInt32(), stats.GetProperty("wrongSpeaker").GetInt32(),
            stats.GetProperty("speakerUnconfirmed").GetInt32(), stats.GetProperty("notQuotedInSource").GetInt32()));
        Assert.Equal("2 quotes: 1 verified, 1 wrong speaker", await LensTitleAsync(server, uri));

        // The writer takes the quick fix's speaker: both quotes now check out, words and speaker.
        await server.ReplaceAndCheckAsync(uri, 2, Khalil + Khalil);
        stats = await StatsAsync(server, uri);
        Assert.Equal((2, 0), (stats.GetProperty("verified").GetInt32(), stats.GetProperty("wrongSpeaker").GetInt32()));
        Assert.Equal("2 quotes: 2 verified", await LensTitleAsync(server, uri));
    }

    private static async Task<string?> LensTitleAsync(InProcessServer server, string uri) =>
        Assert.Single((await server.Client.CallAsync("textDocument/codeLens", new JsonObject { ["textDocument"] = Document(uri) })).EnumerateArray())
            .GetProperty("command").GetProperty("title").GetString();

    [Fact]
    public async Task Other_documents_answer_null()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = await StartAsync(workspace);

        Assert.Equal(JsonValueKind.Null, (await StatsAsync(server, workspace.UriOf("people.yaml"))).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await StatsAsync(server, "file:///elsewhere/note.md")).ValueKind);
    }
}
