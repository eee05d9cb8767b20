using System.Text.Json;
using System.Text.Json.Nodes;
using FactLsp.Core.Text;
using FactLsp.Server.Tests.Infrastructure;
using static FactLsp.Server.Tests.Assistance.EditorSession;

namespace FactLsp.Server.Tests.Assistance;

/// <summary>Code lens, inlay hints and semantic tokens over the real JSON-RPC pipe.</summary>
public class DecorationTests
{
    [Fact]
    public async Task Code_lenses_sum_up_an_article_and_count_each_persons_quotes()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = await StartAsync(workspace);

        var article = (await server.Client.CallAsync("textDocument/codeLens", new JsonObject { ["textDocument"] = Document(workspace.UriOf(Baghouz)) })).EnumerateArray().ToList();
        var summary = Assert.Single(article);
        Assert.Equal(0, summary.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal("6 quotes: 6 verified", summary.GetProperty("command").GetProperty("title").GetString());
        Assert.Equal("factlsp.checkWorkspace", summary.GetProperty("command").GetProperty("command").GetString());

        var draft = Assert.Single((await server.Client.CallAsync("textDocument/codeLens", new JsonObject { ["textDocument"] = Document(workspace.UriOf(FirstDraft)) })).EnumerateArray());
        // The draft's wrong speakers are counted apart from its verified quotes.
        Assert.Matches(@"^\d+ quotes: \d+ verified, \d+ wrong speakers?, .*1 misquote, 1 not found, 1 unverifiable", draft.GetProperty("command").GetProperty("title").GetString());

        var people = (await server.Client.CallAsync("textDocument/codeLens", new JsonObject { ["textDocument"] = Document(workspace.UriOf("people.yaml")) })).EnumerateArray().ToList();
        var text = workspace.Read("people.yaml");
        var putin = people.Single(l => TextAt(text, l.GetProperty("range")) == "vladimir-putin").GetProperty("command");
        Assert.Equal("Quoted 3 times in 2 articles", putin.GetProperty("title").GetString());
        Assert.Equal("factlsp.showQuotesOfPerson", putin.GetProperty("command").GetString());
        Assert.Equal("vladimir-putin", putin.GetProperty("arguments")[0].GetString());
        var assad = people.Single(l => TextAt(text, l.GetProperty("range")) == "bashar-al-assad");
        Assert.Equal("Never quoted", assad.GetProperty("command").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Inlay_hints_name_the_speaker_after_each_by_id()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = await StartAsync(workspace);
        var text = workspace.Read(Baghouz);
        var hints = (await server.Client.CallAsync("textDocument/inlayHint", WholeDocument(workspace.UriOf(Baghouz), text))).EnumerateArray().ToList();

        Assert.Equal(["Redur Khalil", "Redur Khalil", "Redur Khalil", "Vladimir Putin", "Vladimir Putin", "Recep Tayyip Erdogan"], hints.Select(h => h.GetProperty("label").GetString()));
        var first = hints[0].GetProperty("position");
        var expected = PositionOf(text, "by=redur-khalil", "by=redur-khalil".Length);
        Assert.Equal(expected, (first.GetProperty("line").GetInt32(), first.GetProperty("character").GetInt32()));
        Assert.True(hints[0].GetProperty("paddingLeft").GetBoolean());
    }

    [Fact]
    public async Task Inlay_hints_are_off_when_the_setting_says_so()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = await StartAsync(workspace, settings: new JsonObject { ["inlayHints"] = new JsonObject { ["enabled"] = false } });
        var text = workspace.Read(Baghouz);
        Assert.Empty((await server.Client.CallAsync("textDocument/inlayHint", WholeDocument(workspace.UriOf(Baghouz), text))).EnumerateArray());
        // Hover still works: only the hints are off.
        Assert.Equal(JsonValueKind.Object, (await server.Client.CallAsync("textDocument/hover", At(workspace.UriOf(Baghouz), PositionOf(text, "dear friend")))).ValueKind);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Semantic_tokens_decode_to_the_annotation_parts(bool utf8)
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = await StartAsync(workspace, capabilities: Capabilities(utf8));
        var encoding = utf8 ? PositionEncoding.Utf8 : PositionEncoding.Utf16;
        var legend = (await server.Client.CallAsync("textDocument/semanticTokens/full", new JsonObject { ["textDocument"] = Document("file:///nowhere.md") })).GetProperty("data");
        Assert.Empty(legend.EnumerateArray());

        var uri = workspace.UriOf("articles/new.md");
        var text = "# 😀 New\n\nHe said [“dear friend”]{.quote by=vladimir-putin src=dawn-2019-01-24} and\n[it]{.claim status=verified evidence=\"the two\n  leaders\"}\n";
        workspace.Write("articles/new.md", text);
        await server.OpenAsync(uri, text);
        var data = (await server.Client.CallAsync("textDocument/semanticTokens/full", new JsonObject { ["textDocument"] = Document(uri) })).GetProperty("data")
            .EnumerateArray().Select(e => e.GetInt32()).ToArray();

        string[] types = ["operator", "class", "variable", "property", "enumMember", "string"];
        var decoded = Decode(text, data, encoding).Select(t => (t.Text, types[t.Type])).ToList();
        Assert.Equal(
        [
            ("[", "operator"), ("]", "operator"), ("{", "operator"), (".quote", "class"),
            ("by", "property"), ("=", "operator"), ("vladimir-putin", "variable"),
            ("src", "property"), ("=", "operator"), ("dawn-2019-01-24", "variable"), ("}", "operator"),
            ("[", "operator"), ("]", "operator"), ("{", "operator"), (".claim", "class"),
            ("status", "property"), ("=", "operator"), ("verified", "enumMember"),
            ("evidence", "property"), ("=", "operator"),
            // The value wrapped over two lines is one token per line, the continuation after its indentation.
            ("\"the two", "string"), ("leaders\"", "string"), ("}", "operator"),
        ], decoded);
    }

    private static JsonObject WholeDocument(string uri, string text)
    {
        var end = new LineMap(text).GetPosition(text.Length);
        return new JsonObject
        {
            ["textDocument"] = Document(uri),
            ["range"] = new JsonObject { ["start"] = Position((0, 0)), ["end"] = Position((end.Line, end.Character)) },
        };
    }

    /// <summary>LSP's relative encoding back to (text, type) in the given encoding.</summary>
    private static IEnumerable<(string Text, int Type)> Decode(string text, int[] data, PositionEncoding encoding)
    {
        var lines = new LineMap(text);
        int line = 0, start = 0;
        for (var i = 0; i < data.Length; i += 5)
        {
            line += data[i];
            start = data[i] == 0 ? start + data[i + 1] : data[i + 1];
            var from = lines.GetOffset(new LinePosition(line, start), encoding);
            var to = lines.GetOffset(new LinePosition(line, start + data[i + 2]), encoding);
            yield return (text[from..to], data[i + 3]);
        }
    }
}
