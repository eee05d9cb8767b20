using System.Text.Json;
using System.Text.Json.Nodes;
using FactLsp.Server.Diagnostics;
using FactLsp.Server.Tests.Infrastructure;

namespace FactLsp.Server.Tests.Workspace;

/// <summary>
/// Issue 11 over real JSON-RPC: a partial start (the open article checked with only its sources
/// and people, the whole workspace handed over afterwards) answers as a whole start does, and the
/// on-disk cache written by one server is read by the next, with the same diagnostics.
/// </summary>
public class StartupAndCacheTests
{
    private const string Publish = "textDocument/publishDiagnostics";
    private const string FirstDraft = "articles/first-draft.md";

    private static JsonObject EditorCapabilities => new()
    {
        ["window"] = new JsonObject { ["workDoneProgress"] = true },
        ["textDocument"] = new JsonObject { ["publishDiagnostics"] = new JsonObject { ["relatedInformation"] = true, ["versionSupport"] = true } },
    };

    private static InProcessServer StartServer(long partialStartBytes = 16L * 1024 * 1024, int delayMs = 50) =>
        InProcessServer.Start(new LanguageServerOptions
        {
            DiagnosticsProvider = new CoreDiagnosticsProvider(),
            DiagnosticsDelay = TimeSpan.FromMilliseconds(delayMs),
            PartialStartBytes = partialStartBytes,
        });

    private static Task<JsonElement> ProgressEnd(InProcessServer server) =>
        server.Client.WaitForNotificationAsync("$/progress", p => p.GetProperty("value").GetProperty("kind").GetString() == "end");

    private static Task<JsonElement> Logged(InProcessServer server, string start) =>
        server.Client.WaitForNotificationAsync("window/logMessage", p => p.GetProperty("message").GetString()!.StartsWith(start, StringComparison.Ordinal));

    private static string Diagnostics(JsonElement published) => published.GetProperty("diagnostics").GetRawText();

    [Fact]
    public async Task A_partial_start_checks_the_open_article_with_its_sources_then_answers_for_the_whole_workspace()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        string whole;
        await using (var reference = StartServer())
        {
            await reference.InitializeAsync(EditorCapabilities, rootUri: workspace.RootUri);
            await ProgressEnd(reference);
            whole = Diagnostics(await reference.OpenAndCheckAsync(workspace.UriOf(FirstDraft), workspace.Read(FirstDraft)));
        }

        // Every workspace counts as large: only factlsp.yaml and people.yaml are read in `initialized`.
        await using var server = StartServer(partialStartBytes: 0);
        await server.InitializeAsync(EditorCapabilities, rootUri: workspace.RootUri);
        var uri = workspace.UriOf(FirstDraft);
        var first = await server.OpenAndCheckAsync(uri, workspace.Read(FirstDraft));
        // The rules that need the cited sources' words and speakers, and the people registry, fired.
        var codes = first.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToHashSet();
        foreach (var expected in new[] { "misquote", "quote-not-found", "wrong-speaker", "unknown-speaker" })
        {
            Assert.Contains(expected, codes);
        }

        await ProgressEnd(server);
        // After the hand-over the article's diagnostics are the whole workspace's, to the letter.
        var again = await server.ReplaceAndCheckAsync(uri, 2, workspace.Read(FirstDraft));
        Assert.Equal(whole, Diagnostics(again));
        var rename = await server.Client.RequestAsync("textDocument/rename", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["position"] = Position(workspace.Read(FirstDraft), "src=dawn-2019-01-24", 5),
            ["newName"] = "dawn-renamed",
        });
        Assert.True(rename.TryGetProperty("result", out var edit), rename.GetRawText());
        Assert.Contains(workspace.UriOf("sources/dawn-2019-01-24.txt"), edit.GetRawText());
    }

    [Theory]
    [InlineData(16L * 1024 * 1024)] // read whole in `initialized`
    [InlineData(0L)] // a partial start, the whole handed over in the background
    public async Task Indexing_ends_only_once_every_files_diagnostics_are_sent(long partialStartBytes)
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        var files = workspace.Load().Files.Select(f => workspace.UriOf(f.Path)).ToHashSet(StringComparer.Ordinal);
        // A long quiet delay: the check of so small a workspace is done long before the publisher starts sending.
        await using var server = StartServer(partialStartBytes, delayMs: 1000);
        var end = ProgressEnd(server);
        await server.InitializeAsync(EditorCapabilities, rootUri: workspace.RootUri);
        await end;

        // Notifications arrive in the order sent: what came before the end of the progress is what was sent before it.
        var sent = server.Client.NotificationsOf(Publish).Select(p => p.GetProperty("uri").GetString()!).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(files);
        Assert.Subset(sent, files);
    }

    [Fact]
    public async Task A_restarted_server_reads_the_cache_the_first_one_wrote_and_publishes_the_same()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        var uri = workspace.UriOf(FirstDraft);
        string cold;
        await using (var server = StartServer())
        {
            var written = Logged(server, "Cache written");
            await server.InitializeAsync(EditorCapabilities, rootUri: workspace.RootUri);
            cold = Diagnostics(await server.Client.WaitForNotificationAsync(Publish, p => p.GetProperty("uri").GetString() == uri));
            await written;
        }
        Assert.True(File.Exists(Path.Combine(workspace.Root, ".factlsp", "cache", "findings.bin")));
        Assert.Contains("*", File.ReadAllLines(Path.Combine(workspace.Root, ".factlsp", ".gitignore")));

        await using var restarted = StartServer();
        var read = Logged(restarted, "Workspace ");
        await restarted.InitializeAsync(EditorCapabilities, rootUri: workspace.RootUri);
        var message = (await read).GetProperty("message").GetString()!;
        var articles = Directory.GetFiles(Path.Combine(workspace.Root, "articles"), "*.md").Length;
        Assert.Contains($"({articles} from the cache)", message);
        var warm = Diagnostics(await restarted.Client.WaitForNotificationAsync(Publish, p => p.GetProperty("uri").GetString() == uri));
        Assert.Equal(cold, warm);
        // Hover still works on an article answered from the cache: its analysis is computed when asked for.
        var hover = await restarted.Client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["position"] = Position(workspace.Read(FirstDraft), "{.quote", 0),
        });
        Assert.True(hover.TryGetProperty("result", out var result) && result.ValueKind == JsonValueKind.Object, hover.GetRawText());
    }

    [Fact]
    public async Task The_cache_can_be_turned_off_with_initialization_options()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using (var server = StartServer())
        {
            var read = Logged(server, "Workspace ");
            await server.Client.CallAsync("initialize", new JsonObject
            {
                ["processId"] = null,
                ["rootUri"] = workspace.RootUri,
                ["capabilities"] = EditorCapabilities,
                ["initializationOptions"] = new JsonObject { ["cache"] = new JsonObject { ["enabled"] = false } },
            });
            await server.Client.NotifyAsync("initialized", new JsonObject());
            Assert.DoesNotContain("from the cache", (await read).GetProperty("message").GetString());
            await ProgressEnd(server);
        }
        Assert.False(Directory.Exists(Path.Combine(workspace.Root, ".factlsp")));
    }

    /// <summary>The LSP position <paramref name="offset"/> characters into the first occurrence of <paramref name="needle"/>.</summary>
    private static JsonObject Position(string text, string needle, int offset)
    {
        var at = text.IndexOf(needle, StringComparison.Ordinal) + offset;
        var line = text[..at].Count(c => c == '\n');
        var character = at - (text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1);
        return new JsonObject { ["line"] = line, ["character"] = character };
    }
}
