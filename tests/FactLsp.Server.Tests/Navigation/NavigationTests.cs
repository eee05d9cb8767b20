using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactLsp.Server.Tests.Navigation;

/// <summary>
/// Definition, references, rename, document links and symbols over the real JSON-RPC pipe, on a
/// copy of examples/, asked as an editor asks.
/// </summary>
public class NavigationTests
{
    private const string Baghouz = "articles/baghouz-falls.md";
    private const string FirstDraft = "articles/first-draft.md";
    private const string Dawn = "sources/dawn-2019-01-24.txt";
    private const string Briefing = "sources/sdc-briefing-2019-01-25.txt";
    private const int RequestFailed = -32803;

    [Fact]
    public async Task The_navigation_capabilities_are_advertised()
    {
        await using var session = await NavigationSession.StartAsync();
        var capabilities = session.Initialize["capabilities"]!;
        Assert.True(capabilities["definitionProvider"]!.GetValue<bool>());
        Assert.True(capabilities["referencesProvider"]!.GetValue<bool>());
        Assert.True(capabilities["renameProvider"]!["prepareProvider"]!.GetValue<bool>());
        Assert.False(capabilities["documentLinkProvider"]!["resolveProvider"]!.GetValue<bool>());
        Assert.NotNull(capabilities["documentSymbolProvider"]);
        Assert.True(capabilities["workspaceSymbolProvider"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Definition_of_a_quote_is_the_exact_words_in_the_source()
    {
        await using var session = await NavigationSession.StartAsync();
        var result = await session.Client.CallAsync("textDocument/definition", session.At(Baghouz, "“Geographically", 5));
        var location = Assert.Single(result.EnumerateArray());
        Assert.Equal(session.Uri(Dawn), location.GetProperty("uri").GetString());
        Assert.Equal("Geographically, the noose is tightening around IS", session.TextAt(location));
    }

    [Fact]
    public async Task Definition_of_a_transcript_quote_is_the_speaker_s_words_in_the_turn()
    {
        await using var session = await NavigationSession.StartAsync();
        var result = await session.Client.CallAsync("textDocument/definition", session.At(Baghouz, "the last village has fallen", 4));
        var location = Assert.Single(result.EnumerateArray());
        Assert.Equal(session.Uri(Briefing), location.GetProperty("uri").GetString());
        Assert.Equal("The last village has fallen, but the fight is not over", session.TextAt(location));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Definition_after_an_emoji_in_an_edited_article_counts_columns_in_the_negotiated_encoding(bool utf8)
    {
        await using var session = await NavigationSession.StartAsync(utf8);
        Assert.Equal(utf8 ? "utf-8" : "utf-16", session.Initialize["capabilities"]!["positionEncoding"]!.GetValue<string>());
        // The editor's text, not the disk's: emoji before the quote on its line, CRLF line breaks.
        var text = session.Workspace.Read(Baghouz).Replace("[“Geographically", "🎙️👀 [“Geographically", StringComparison.Ordinal).ReplaceLineEndings("\r\n");
        await session.Server.OpenAsync(session.Uri(Baghouz), text);

        var byValue = new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = session.Uri(Baghouz) },
            ["position"] = session.PositionOf(text, "by=redur-khalil src=dawn", 6),
        };
        var person = Assert.Single((await session.Client.CallAsync("textDocument/definition", byValue)).EnumerateArray());
        Assert.Equal(session.Uri("people.yaml"), person.GetProperty("uri").GetString());
        Assert.Equal("redur-khalil", session.TextAt(person));

        var quote = new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = session.Uri(Baghouz) },
            ["position"] = session.PositionOf(text, "noose is tightening"),
        };
        var words = Assert.Single((await session.Client.CallAsync("textDocument/definition", quote)).EnumerateArray());
        Assert.Equal("Geographically, the noose is tightening around IS", session.TextAt(words));
    }

    [Fact]
    public async Task Definition_of_src_is_the_source_id_and_of_an_unknown_id_nothing()
    {
        await using var session = await NavigationSession.StartAsync();
        var source = Assert.Single((await session.Client.CallAsync("textDocument/definition", session.At(Baghouz, "src=dawn-2019-01-24", 8))).EnumerateArray());
        Assert.Equal(session.Uri(Dawn), source.GetProperty("uri").GetString());
        Assert.Equal("dawn-2019-01-24", session.TextAt(source));

        var unknown = await session.Client.CallAsync("textDocument/definition", session.At(FirstDraft, "by=redur-kalil", 5));
        Assert.Empty(unknown.EnumerateArray());
    }

    [Fact]
    public async Task References_of_redur_khalil_are_every_place_his_id_is_written()
    {
        await using var session = await NavigationSession.StartAsync();
        JsonObject Request(bool includeDeclaration)
        {
            var request = session.At(Baghouz, "by=redur-khalil", 5);
            request["context"] = new JsonObject { ["includeDeclaration"] = includeDeclaration };
            return request;
        }
        var locations = (await session.Client.CallAsync("textDocument/references", Request(true))).EnumerateArray().ToList();

        Assert.All(locations, l => Assert.Equal("redur-khalil", session.TextAt(l)));
        // Every written "redur-khalil" in the workspace means him: the registry key, the draft's
        // local entry that repeats it, the quotes of both articles (opened or not), the transcript's speakers: map.
        // The server's own cache (.factlsp/) holds findings that name him too; it is no workspace file.
        var everywhere = Directory.EnumerateFiles(session.Workspace.Root, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(session.Workspace.Root, f).StartsWith(".factlsp", StringComparison.Ordinal))
            .Sum(f => CountOf(File.ReadAllText(f), "redur-khalil"));
        Assert.Equal(everywhere, locations.Count);
        Assert.Equal(
            new[] { Baghouz, FirstDraft, "people.yaml", Briefing }.Select(session.Uri).Order(StringComparer.Ordinal),
            locations.Select(l => l.GetProperty("uri").GetString()!).Distinct().Order(StringComparer.Ordinal));

        var uses = (await session.Client.CallAsync("textDocument/references", Request(false))).EnumerateArray().ToList();
        Assert.Equal(everywhere - 2, uses.Count);
        Assert.DoesNotContain(uses, l => l.GetProperty("uri").GetString() == session.Uri("people.yaml"));
    }

    [Fact]
    public async Task References_from_a_source_file_are_the_annotations_citing_it()
    {
        await using var session = await NavigationSession.StartAsync();
        var request = session.At(Briefing, "The last village");
        request["context"] = new JsonObject { ["includeDeclaration"] = false };
        var locations = (await session.Client.CallAsync("textDocument/references", request)).EnumerateArray().ToList();
        Assert.Equal(2, locations.Count);
        Assert.All(locations, l => Assert.Equal("sdc-briefing-2019-01-25", session.TextAt(l)));
    }

    [Fact]
    public async Task Rename_of_a_speaker_is_applied_to_every_file_and_checks_as_before()
    {
        await using var session = await NavigationSession.StartAsync();
        var before = await session.AllDiagnosticCodesAsync();
        Assert.Contains("first-draft.md: misquote", before);

        var prepared = await session.Client.CallAsync("textDocument/prepareRename", session.At(Baghouz, "by=redur-khalil", 8));
        Assert.Equal("redur-khalil", prepared.GetProperty("placeholder").GetString());
        var byLine = session.Workspace.Read(Baghouz).Split('\n').ToList().FindIndex(l => l.Contains("by=redur-khalil", StringComparison.Ordinal));
        Assert.Equal(byLine, prepared.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());

        var request = session.At(Baghouz, "by=redur-khalil", 8);
        request["newName"] = "khalil";
        var edit = await session.Client.CallAsync("textDocument/rename", request);
        var changed = session.ApplyToDisk(edit);
        Assert.Equal(
            new[] { Baghouz, FirstDraft, "people.yaml", Briefing }.Select(session.Uri).Order(StringComparer.Ordinal),
            changed.Order(StringComparer.Ordinal));

        await session.Client.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(changed.Select(uri => (JsonNode)new JsonObject { ["uri"] = uri, ["type"] = 2 }).ToArray()),
        });
        Assert.Equal(before, await session.AllDiagnosticCodesAsync());
        Assert.DoesNotContain("redur-khalil", session.Workspace.Read(Baghouz), StringComparison.Ordinal);
        Assert.Contains("KHALIL: khalil", session.Workspace.Read(Briefing), StringComparison.Ordinal);

        // The renamed person is found again under the new id.
        var references = session.At(Baghouz, "by=khalil", 4);
        references["context"] = new JsonObject { ["includeDeclaration"] = true };
        Assert.Contains((await session.Client.CallAsync("textDocument/references", references)).EnumerateArray(),
            l => l.GetProperty("uri").GetString() == session.Uri("people.yaml"));
    }

    [Fact]
    public async Task A_refused_rename_answers_request_failed_with_the_reason()
    {
        await using var session = await NavigationSession.StartAsync();

        var prose = await session.Client.RequestAsync("textDocument/prepareRename", session.At(Baghouz, "a senior Kurdish official"));
        Assert.Equal(RequestFailed, prose.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Contains("Only speaker and source ids can be renamed", prose.GetProperty("error").GetProperty("message").GetString());

        var unknown = await session.Client.RequestAsync("textDocument/prepareRename", session.At(FirstDraft, "by=redur-kalil", 5));
        Assert.Contains("'redur-kalil' names nobody", unknown.GetProperty("error").GetProperty("message").GetString());

        var taken = session.At(Baghouz, "by=redur-khalil", 5);
        taken["newName"] = "vladimir-putin";
        var refused = await session.Client.RequestAsync("textDocument/rename", taken);
        Assert.Equal(RequestFailed, refused.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Contains("already names Vladimir Putin", refused.GetProperty("error").GetProperty("message").GetString());

        var invalid = session.At(Baghouz, "by=redur-khalil", 5);
        invalid["newName"] = "Redur Khalil";
        var bad = await session.Client.RequestAsync("textDocument/rename", invalid);
        Assert.Contains("not a valid id", bad.GetProperty("error").GetProperty("message").GetString());

        // The server keeps serving.
        Assert.NotEmpty((await session.Client.CallAsync("textDocument/definition", session.At(Baghouz, "by=redur-khalil", 5))).EnumerateArray());
    }

    [Fact]
    public async Task Document_links_lead_from_each_src_to_the_source_file()
    {
        await using var session = await NavigationSession.StartAsync();
        var links = (await session.Client.CallAsync("textDocument/documentLink", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = session.Uri(Baghouz) },
        })).EnumerateArray().ToList();

        var text = session.Workspace.Read(Baghouz);
        Assert.Equal(CountOf(text, "src="), links.Count);
        foreach (var link in links)
        {
            var span = session.SpanOf(text, link.GetProperty("range"));
            var id = text.Substring(span.Start, span.Length);
            Assert.Equal(id == "dawn-2019-01-24" ? session.Uri(Dawn) : session.Uri(Briefing), link.GetProperty("target").GetString());
        }
    }

    [Fact]
    public async Task Document_symbols_group_the_quotes_by_speaker()
    {
        await using var session = await NavigationSession.StartAsync();
        var symbols = (await session.Client.CallAsync("textDocument/documentSymbol", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = session.Uri(Baghouz) },
        })).EnumerateArray().ToList();

        Assert.Equal(
            ["Without a speaker", "Terms", "Redur Khalil", "Vladimir Putin", "Recep Tayyip Erdogan"],
            symbols.Select(s => s.GetProperty("name").GetString()));
        var khalil = symbols[2];
        Assert.Equal(5, khalil.GetProperty("kind").GetInt32());
        var quotes = khalil.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(15, q.GetProperty("kind").GetInt32()));
        Assert.StartsWith("“Geographically", quotes[0].GetProperty("name").GetString());
        Assert.Equal(17, symbols[0].GetProperty("children")[0].GetProperty("kind").GetInt32());
    }

    [Fact]
    public async Task Workspace_symbols_find_people_and_sources_by_id_or_name()
    {
        await using var session = await NavigationSession.StartAsync();
        var khalil = (await session.Client.CallAsync("workspace/symbol", new JsonObject { ["query"] = "khalil" })).EnumerateArray().ToList();
        var first = khalil[0];
        Assert.Equal("Redur Khalil (redur-khalil)", first.GetProperty("name").GetString());
        Assert.Equal(session.Uri("people.yaml"), first.GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal("redur-khalil", session.TextAt(first.GetProperty("location")));

        var sources = (await session.Client.CallAsync("workspace/symbol", new JsonObject { ["query"] = "baghouz front" })).EnumerateArray().ToList();
        var briefing = Assert.Single(sources);
        Assert.Equal(1, briefing.GetProperty("kind").GetInt32());
        Assert.Equal(session.Uri(Briefing), briefing.GetProperty("location").GetProperty("uri").GetString());
    }

    [Fact]
    public async Task A_document_outside_every_workspace_has_no_navigation()
    {
        await using var session = await NavigationSession.StartAsync();
        var outside = new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = "file:///nowhere-factlsp/note.md" },
            ["position"] = new JsonObject { ["line"] = 0, ["character"] = 0 },
        };
        Assert.Empty((await session.Client.CallAsync("textDocument/definition", outside.DeepClone())).EnumerateArray());
        Assert.Equal(JsonValueKind.Null, (await session.Client.CallAsync("textDocument/prepareRename", outside.DeepClone())).ValueKind);
        Assert.Empty((await session.Client.CallAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = outside["textDocument"]!.DeepClone() })).EnumerateArray());
    }

    private static int CountOf(string text, string needle)
    {
        var count = 0;
        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
