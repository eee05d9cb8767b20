using System.Text.Json;
using System.Text.Json.Nodes;
using FactLsp.Server.Diagnostics;
using FactLsp.Server.Tests.Infrastructure;

namespace FactLsp.Server.Tests.Workspace;

/// <summary>
/// The real server on a real workspace (a copy of examples/): indexing with progress, the Core's
/// diagnostics pushed and pulled, and re-checks of dependent articles after edits elsewhere.
/// </summary>
public class WorkspaceDiagnosticsTests
{
    private const string Publish = "textDocument/publishDiagnostics";
    private const string FirstDraft = "articles/first-draft.md";
    private const string Baghouz = "articles/baghouz-falls.md";
    private const string Dawn = "sources/dawn-2019-01-24.txt";

    private static JsonObject EditorCapabilities => new()
    {
        ["window"] = new JsonObject { ["workDoneProgress"] = true },
        ["workspace"] = new JsonObject { ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true } },
        ["textDocument"] = new JsonObject { ["publishDiagnostics"] = new JsonObject { ["relatedInformation"] = true } },
    };

    private static InProcessServer StartServer() =>
        InProcessServer.Start(new LanguageServerOptions { DiagnosticsProvider = new CoreDiagnosticsProvider(), DiagnosticsDelay = TimeSpan.FromMilliseconds(50) });

    private static IEnumerable<string> Codes(JsonElement published) =>
        published.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()!);

    private static Func<JsonElement, bool> For(string uri, Func<JsonElement, bool>? also = null) =>
        p => p.GetProperty("uri").GetString() == uri && (also is null || also(p));

    [Fact]
    public async Task Indexing_reports_progress_and_publishes_every_files_diagnostics()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = StartServer();
        await server.InitializeAsync(EditorCapabilities, rootUri: workspace.RootUri);

        var draft = await server.Client.WaitForNotificationAsync(Publish, For(workspace.UriOf(FirstDraft)));
        var codes = Codes(draft).ToHashSet();
        foreach (var expected in new[] { "misquote", "quote-not-found", "wrong-speaker", "unknown-speaker", "unknown-source", "unattributed-quote", "malformed-annotation", "duplicate-id" })
        {
            Assert.Contains(expected, codes);
        }
        var clean = await server.Client.WaitForNotificationAsync(Publish, For(workspace.UriOf(Baghouz)));
        Assert.Empty(Codes(clean));

        var end = await server.Client.WaitForNotificationAsync("$/progress", p => p.GetProperty("value").GetProperty("kind").GetString() == "end");
        Assert.Matches(@"^Indexed \d+ files$", end.GetProperty("value").GetProperty("message").GetString());
        var reports = server.Client.NotificationsOf("$/progress").Select(p => p.GetProperty("value")).Where(v => v.GetProperty("kind").GetString() == "report").ToList();
        Assert.Contains(reports, r => r.TryGetProperty("message", out var m) && m.GetString()!.StartsWith("Indexing ", StringComparison.Ordinal));
        var percentages = reports.Where(r => r.TryGetProperty("percentage", out _)).Select(r => r.GetProperty("percentage").GetInt32()).ToList();
        Assert.Equal(percentages.Order(), percentages);
    }

    [Fact]
    public async Task Diagnostics_carry_the_source_passage_as_related_information()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = StartServer();
        await server.InitializeAsync(EditorCapabilities, rootUri: workspace.RootUri);

        var draft = await server.Client.WaitForNotificationAsync(Publish, For(workspace.UriOf(FirstDraft)));
        var misquote = draft.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("code").GetString() == "misquote");
        Assert.Equal("factlsp", misquote.GetProperty("source").GetString());
        Assert.Equal(2, misquote.GetProperty("severity").GetInt32());
        var related = misquote.GetProperty("relatedInformation")[0].GetProperty("location");
        Assert.Equal(workspace.UriOf(Dawn), related.GetProperty("uri").GetString());
        Assert.Equal("Geographically, the noose is tightening around IS", TextAt(workspace.Read(Dawn), related.GetProperty("range")));
    }

    [Fact]
    public async Task Editing_a_source_rechecks_the_articles_that_quote_it()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = StartServer();
        await server.InitializeAsync(EditorCapabilities, rootUri: workspace.RootUri);
        var baghouz = workspace.UriOf(Baghouz);
        await server.Client.WaitForNotificationAsync(Publish, For(baghouz));

        // The source, opened in the editor, loses a word of Khalil's quote.
        var dawn = workspace.Read(Dawn).Replace("the noose is tightening", "the noose is now tightening", StringComparison.Ordinal);
        await server.OpenAsync(workspace.UriOf(Dawn), dawn);

        var rechecked = await server.Client.WaitForNotificationAsync(Publish, For(baghouz, p => Codes(p).Contains("misquote")));
        Assert.Contains("misquote", Codes(rechecked));
    }

    [Fact]
    public async Task A_source_changed_on_disk_is_read_again_and_rechecks_the_articles_that_quote_it()
    {
        // The server holds no source's bytes (WorkspaceFile.ReadSourcesAgain): a source is read from disk when prepared.
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = StartServer();
        await server.InitializeAsync(EditorCapabilities, rootUri: workspace.RootUri);
        var baghouz = workspace.UriOf(Baghouz);
        Assert.Empty(Codes(await server.Client.WaitForNotificationAsync(Publish, For(baghouz))));

        var original = workspace.Read(Dawn);
        async Task ChangeOnDisk(string text)
        {
            workspace.Write(Dawn, text);
            await server.Client.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject
            {
                ["changes"] = new JsonArray(new JsonObject { ["uri"] = workspace.UriOf(Dawn), ["type"] = 2 }),
            });
        }

        // Khalil's quote loses a word of its source: the article is re-checked against the new file.
        await ChangeOnDisk(original.Replace("the noose is tightening", "the noose is now tightening", StringComparison.Ordinal));
        var misquoted = await server.Client.WaitForNotificationAsync(Publish, For(baghouz, p => Codes(p).Contains("misquote")));
        Assert.Contains("misquote", Codes(misquoted));

        // Put back, and the article is clean again: nothing of the changed version is kept.
        await ChangeOnDisk(original);
        var clean = await server.Client.WaitForNotificationAsync(Publish, For(baghouz, p => !Codes(p).Any()));
        Assert.Empty(Codes(clean));
    }

    [Fact]
    public async Task A_people_yaml_change_on_disk_rechecks_the_articles()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = StartServer();
        await server.InitializeAsync(EditorCapabilities, rootUri: workspace.RootUri);
        var baghouz = workspace.UriOf(Baghouz);
        await server.Client.WaitForNotificationAsync(Publish, For(baghouz));

        workspace.Write("people.yaml", workspace.Read("people.yaml").Replace("redur-khalil:", "redur-khalil-2:", StringComparison.Ordinal));
        await server.Client.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(new JsonObject { ["uri"] = workspace.UriOf("people.yaml"), ["type"] = 2 }),
        });

        var rechecked = await server.Client.WaitForNotificationAsync(Publish, For(baghouz, p => Codes(p).Contains("unknown-speaker")));
        Assert.All(rechecked.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("code").GetString() == "unknown-speaker"),
            d => Assert.Contains("redur-khalil", d.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Typing_in_an_article_republishes_it_with_the_edited_version()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = StartServer();
        await server.InitializeAsync(EditorCapabilities, rootUri: workspace.RootUri);
        var uri = workspace.UriOf(Baghouz);
        var text = workspace.Read(Baghouz);
        await server.OpenAsync(uri, text);

        // Break Putin's "dear friend" into "dear friends".
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("dear friend", StringComparison.Ordinal));
        var column = lines[line].IndexOf("friend", StringComparison.Ordinal) + "friend".Length;
        await server.ChangeAsync(uri, 2, InProcessServer.Edit(line, column, line, column, "s"));

        var published = await server.DiagnosticsAsync(uri, 2);
        var diagnostic = Assert.Single(published.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("misquote", diagnostic.GetProperty("code").GetString());
        Assert.Equal(line, diagnostic.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Settings_change_severities_over_factlsp_yaml()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = StartServer();
        server.Client.ServerRequestHandler = (method, _) => method == "workspace/configuration"
            ? new JsonArray(new JsonObject { ["rules"] = new JsonObject { ["misquote"] = "off", ["unattributed-quote"] = "error" } })
            : null;
        await server.InitializeAsync(new JsonObject { ["workspace"] = new JsonObject { ["configuration"] = true } }, rootUri: workspace.RootUri);

        var draft = await server.Client.WaitForNotificationAsync(Publish, For(workspace.UriOf(FirstDraft)));
        var diagnostics = draft.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.DoesNotContain(diagnostics, d => d.GetProperty("code").GetString() == "misquote");
        Assert.Equal(1, diagnostics.Single(d => d.GetProperty("code").GetString() == "unattributed-quote").GetProperty("severity").GetInt32());
    }

    [Fact]
    public async Task Pulled_diagnostics_cover_articles_and_registries()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        workspace.Write("people.yaml", workspace.Read("people.yaml") + "\nvladimir-putin:\n  name: Vladimir Putin\n");
        // No debounce: were the indexed workspace pushed, that round would start as indexing
        // commits, before the pulls below are served, and be counted without waiting for anything.
        var provider = new CountingDiagnosticsProvider(new CoreDiagnosticsProvider());
        await using var server = InProcessServer.Start(new LanguageServerOptions { DiagnosticsProvider = provider, DiagnosticsDelay = TimeSpan.Zero });
        await server.InitializeAsync(new JsonObject { ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() } }, rootUri: workspace.RootUri);

        var report = await server.Client.CallAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = workspace.UriOf(FirstDraft) } });
        Assert.Equal("full", report.GetProperty("kind").GetString());
        Assert.Contains(report.GetProperty("items").EnumerateArray(), d => d.GetProperty("code").GetString() == "quote-not-found");

        var all = await server.Client.CallAsync("workspace/diagnostic", new JsonObject { ["previousResultIds"] = new JsonArray() });
        var people = all.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("uri").GetString() == workspace.UriOf("people.yaml"));
        // YAML itself forbids a key twice in one mapping: the registry reports it where it stands.
        var duplicate = Assert.Single(people.GetProperty("items").EnumerateArray());
        Assert.Equal("invalid-yaml", duplicate.GetProperty("code").GetString());
        Assert.Equal(workspace.Read("people.yaml").Split('\n').ToList().LastIndexOf("vladimir-putin:"), duplicate.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        // Pull mode: nothing is pushed, nothing computed but the two pulls.
        Assert.Equal(2, provider.Calls);
        Assert.Empty(server.Client.NotificationsOf(Publish));
    }

    [Fact]
    public async Task A_pull_client_is_asked_to_refresh_after_a_source_edit_but_not_after_an_article_edit()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = StartServer();
        await server.InitializeAsync(new JsonObject
        {
            ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() },
            ["workspace"] = new JsonObject { ["diagnostics"] = new JsonObject { ["refreshSupport"] = true } },
        }, rootUri: workspace.RootUri);

        int Refreshes() => server.Client.ServerRequests.Count(r => r.GetProperty("method").GetString() == "workspace/diagnostic/refresh");
        // Indexing changes everything: one refresh.
        var indexed = await server.Client.WaitForServerRequestAsync("workspace/diagnostic/refresh");
        Assert.False(indexed.TryGetProperty("params", out _));

        await server.OpenAsync(workspace.UriOf(Baghouz), workspace.Read(Baghouz));
        await server.Client.CallAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = workspace.UriOf(Baghouz) } });
        Assert.Equal(1, Refreshes());

        await server.OpenAsync(workspace.UriOf(Dawn), workspace.Read(Dawn).Replace("dear friend", "dear old friend", StringComparison.Ordinal));
        await server.Client.WaitUntilAsync(() => Refreshes() >= 2, "a second workspace/diagnostic/refresh request");
        Assert.Equal(2, Refreshes());
        var report = await server.Client.CallAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = workspace.UriOf(Baghouz) } });
        Assert.Contains(report.GetProperty("items").EnumerateArray(), d => d.GetProperty("code").GetString() == "quote-not-found");
    }

    [Fact]
    public async Task Folders_added_and_removed_later_are_indexed_and_cleared()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = StartServer();
        await server.InitializeAsync(rootUri: null);
        var draft = workspace.UriOf(FirstDraft);

        var folder = new JsonObject { ["uri"] = workspace.RootUri, ["name"] = "examples" };
        await server.Client.NotifyAsync("workspace/didChangeWorkspaceFolders", new JsonObject
        {
            ["event"] = new JsonObject { ["added"] = new JsonArray(folder), ["removed"] = new JsonArray() },
        });
        await server.Client.WaitForNotificationAsync(Publish, For(draft, p => Codes(p).Contains("misquote")));

        await server.Client.NotifyAsync("workspace/didChangeWorkspaceFolders", new JsonObject
        {
            ["event"] = new JsonObject { ["added"] = new JsonArray(), ["removed"] = new JsonArray(folder.DeepClone()) },
        });
        await server.Client.WaitForNotificationAsync(Publish, For(draft, p => !Codes(p).Any()));
    }

    [Fact]
    public async Task A_document_open_before_its_folder_is_added_is_checked_with_the_editor_s_text()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        // Without its markers the folder is no workspace yet: the open article lies in none.
        var people = workspace.Read("people.yaml");
        var config = workspace.Read("factlsp.yaml");
        File.Delete(workspace.PathOf("people.yaml"));
        File.Delete(workspace.PathOf("factlsp.yaml"));
        await using var server = StartServer();
        await server.InitializeAsync(rootUri: null);
        var uri = workspace.UriOf(Baghouz);
        await server.OpenAsync(uri, workspace.Read(Baghouz).Replace("dear friend", "dear friends", StringComparison.Ordinal));
        Assert.Empty(Codes(await server.Client.WaitForNotificationAsync(Publish, For(uri))));

        workspace.Write("people.yaml", people);
        workspace.Write("factlsp.yaml", config);
        await server.Client.NotifyAsync("workspace/didChangeWorkspaceFolders", new JsonObject
        {
            ["event"] = new JsonObject { ["added"] = new JsonArray(new JsonObject { ["uri"] = workspace.RootUri, ["name"] = "examples" }), ["removed"] = new JsonArray() },
        });
        // The misquote is in the editor's text only: the disk's article is right.
        await server.Client.WaitForNotificationAsync(Publish, For(uri, p => Codes(p).Contains("misquote")));
    }

    [Fact]
    public async Task A_file_opened_without_its_folder_is_checked_in_its_workspace()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = StartServer();
        await server.InitializeAsync(rootUri: null);

        var uri = workspace.UriOf(Baghouz);
        var text = workspace.Read(Baghouz).Replace("dear friend", "dear friends", StringComparison.Ordinal);
        await server.OpenAsync(uri, text);

        var published = await server.Client.WaitForNotificationAsync(Publish, For(uri));
        Assert.Equal(["misquote"], Codes(published));
    }

    [Fact]
    public async Task Files_outside_every_workspace_get_no_diagnostics_and_no_error()
    {
        using var loose = TestWorkspace.Empty();
        loose.Write("note.md", "He said \"this is a long quotation without any annotation\".");
        await using var server = StartServer();
        await server.InitializeAsync(rootUri: null);

        await server.OpenAsync(loose.UriOf("note.md"), loose.Read("note.md"));
        var published = await server.Client.WaitForNotificationAsync(Publish, For(loose.UriOf("note.md")));
        Assert.Empty(Codes(published));
        Assert.DoesNotContain("[Error]", server.Log, StringComparison.Ordinal);
    }

    /// <summary>The text an LSP range (UTF-16 columns) covers in <paramref name="text"/>.</summary>
    internal static string TextAt(string text, JsonElement range)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }
        int Offset(JsonElement position) => starts[position.GetProperty("line").GetInt32()] + position.GetProperty("character").GetInt32();
        var start = Offset(range.GetProperty("start"));
        return text[start..Offset(range.GetProperty("end"))];
    }
}
