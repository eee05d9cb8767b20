using System.Text.Json;
using System.Text.Json.Nodes;
using FactLsp.Server.Diagnostics;
using FactLsp.Server.Tests.Infrastructure;

namespace FactLsp.Server.Tests.Workspace;

/// <summary>
/// The start on a large workspace over real JSON-RPC (every workspace counts as large here): an
/// article opened during the partial start is published once and right; the hand-over to the whole
/// workspace carries its check over instead of doing it again; a warm restart answers it from the
/// cache; the cache saved at `shutdown` holds what was checked after the first save.
/// </summary>
public class PartialStartTests
{
    private const string Publish = "textDocument/publishDiagnostics";
    private const string FirstDraft = "articles/first-draft.md";

    private static JsonObject EditorCapabilities => new()
    {
        ["window"] = new JsonObject { ["workDoneProgress"] = true },
        ["textDocument"] = new JsonObject { ["publishDiagnostics"] = new JsonObject { ["relatedInformation"] = true, ["versionSupport"] = true } },
    };

    private static InProcessServer StartServer(IDiagnosticsProvider? provider = null, long partialStartBytes = 0, TimeSpan? delay = null) =>
        InProcessServer.Start(new LanguageServerOptions
        {
            DiagnosticsProvider = provider ?? new CoreDiagnosticsProvider(),
            DiagnosticsDelay = delay ?? TimeSpan.FromMilliseconds(50),
            PartialStartBytes = partialStartBytes,
            // The opened article's check and publication come before the hand-over however busy the machine.
            OpenArticlePatience = TimeSpan.FromMinutes(2),
        });

    private static Task<JsonElement> ProgressEnd(InProcessServer server) =>
        server.Client.WaitForNotificationAsync("$/progress", p => p.GetProperty("value").GetProperty("kind").GetString() == "end");

    private static Task<JsonElement> Logged(InProcessServer server, string start) =>
        server.Client.WaitForNotificationAsync("window/logMessage", p => p.GetProperty("message").GetString()!.StartsWith(start, StringComparison.Ordinal));

    private static List<JsonElement> Publications(InProcessServer server, string uri, int version) =>
        server.Client.NotificationsOf(Publish)
            .Where(p => p.GetProperty("uri").GetString() == uri && p.TryGetProperty("version", out var v) && v.GetInt32() == version)
            .ToList();

    /// <summary>The diagnostics a server reading the whole workspace at once publishes for the article.</summary>
    private static async Task<string> WholeStartDiagnostics(TestWorkspace workspace, string path)
    {
        await using var reference = StartServer(partialStartBytes: long.MaxValue);
        var written = Logged(reference, "Cache written");
        await reference.InitializeAsync(EditorCapabilities, rootUri: workspace.RootUri);
        await ProgressEnd(reference);
        var diagnostics = (await reference.OpenAndCheckAsync(workspace.UriOf(path), workspace.Read(path))).GetProperty("diagnostics").GetRawText();
        await written;
        return diagnostics;
    }

    private static async Task OpenWithInitializedAsync(InProcessServer server, TestWorkspace workspace, string uri, string text)
    {
        await server.Client.CallAsync("initialize", new JsonObject
        {
            ["processId"] = null,
            ["rootUri"] = workspace.RootUri,
            ["capabilities"] = EditorCapabilities,
        });
        var initialized = LspClient.Frame(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "initialized", ["params"] = new JsonObject() }.ToJsonString());
        await server.Client.WriteBytesAsync(initialized + InProcessServer.DidOpenFrame(uri, text));
    }

    [Fact]
    public async Task An_article_opened_during_a_partial_start_is_published_once_and_right_and_its_check_is_carried_over()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        var whole = await WholeStartDiagnostics(workspace, FirstDraft);
        // No cache: the article is checked on the partial workspace, not answered from a file.
        var cache = Path.Combine(workspace.Root, ".factlsp");
        if (Directory.Exists(cache))
        {
            Directory.Delete(cache, recursive: true);
        }

        var provider = new RecordingDiagnosticsProvider();
        await using var server = StartServer(provider);
        var handedOver = Logged(server, "The whole workspace is in");
        var uri = workspace.UriOf(FirstDraft);
        // The editor opens its tab with `initialized`, in one write: the open is queued before the background read starts.
        await OpenWithInitializedAsync(server, workspace, uri, workspace.Read(FirstDraft));
        var first = await server.DiagnosticsAsync(uri, 1);
        Assert.Equal(whole, first.GetProperty("diagnostics").GetRawText());
        Assert.True(provider.Answers.First(a => a.Uri == uri).Partial, "The first answer should come from the partial workspace.");

        // The hand-over waits for the opened article's check and takes it over, as it is: its key holds.
        Assert.Contains("1 open article's check carried over", (await handedOver).GetProperty("message").GetString());
        await ProgressEnd(server);
        // A later edit's round comes after the hand-over's (rounds run one at a time): by its
        // publication every round that could have sent version 1 again has ended.
        var text = workspace.Read(FirstDraft);
        await server.ReplaceAndCheckAsync(uri, 2, text + "\nOne more line.\n");
        Assert.Single(Publications(server, uri, 1));

        // Every answer for version 1, on the partial workspace and after the hand-over alike, came from one check.
        var answers = provider.Answers.Where(a => a.Uri == uri && a.Version == 1).ToList();
        Assert.NotEmpty(answers);
        Assert.All(answers, a => Assert.False(a.Reused));
        Assert.Single(answers.Select(a => a.Check).Distinct(ReferenceEqualityComparer.Instance));
    }

    [Fact]
    public async Task A_warm_restart_answers_the_opened_article_from_the_cache()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        // The reference start writes the cache.
        var whole = await WholeStartDiagnostics(workspace, FirstDraft);

        var provider = new RecordingDiagnosticsProvider();
        await using var server = StartServer(provider);
        var handedOver = Logged(server, "Workspace ");
        var uri = workspace.UriOf(FirstDraft);
        await OpenWithInitializedAsync(server, workspace, uri, workspace.Read(FirstDraft));
        var first = await server.DiagnosticsAsync(uri, 1);
        Assert.Equal(whole, first.GetProperty("diagnostics").GetRawText());
        await ProgressEnd(server);

        // Answered on the partial workspace, before the whole workspace was read. The answer is the cached findings or
        // the check started beside the cache read (PartialWorkspace), whichever is ready first: both are the whole
        // start's diagnostics (asserted above), and which one wins is a race of two threads, so neither is asserted.
        var answers = provider.Answers.Where(a => a.Uri == uri && a.Version == 1).ToList();
        Assert.NotEmpty(answers);
        Assert.True(answers[0].Partial, "The first answer should come from the partial workspace.");
        // The restart did use the cache: every article's findings came from it.
        var articles = Directory.GetFiles(Path.Combine(workspace.Root, "articles"), "*.md").Length;
        Assert.Contains($"({articles} from the cache)", (await handedOver).GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_edited_article_cached_at_shutdown_is_reused_by_the_next_start()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        var articles = Directory.GetFiles(Path.Combine(workspace.Root, "articles"), "*.md").Length;
        Assert.Contains($"({articles} from the cache)", await EditThenRestartAsync(workspace, shutdown: true));
    }

    [Fact]
    public async Task Without_a_save_at_shutdown_the_edited_article_is_checked_again()
    {
        // The other side of the test above: the same edit, the server stopped without `shutdown`.
        using var workspace = TestWorkspace.CopyOfExamples();
        var articles = Directory.GetFiles(Path.Combine(workspace.Root, "articles"), "*.md").Length;
        Assert.Contains($"({articles - 1} from the cache)", await EditThenRestartAsync(workspace, shutdown: false));
    }

    // A whole start writes the cache; the first draft is then edited and saved (its new findings exist only in
    // the server), and the server stops, with `shutdown` or without. Returns the restarted server's "Workspace" log.
    private static async Task<string?> EditThenRestartAsync(TestWorkspace workspace, bool shutdown)
    {
        var uri = workspace.UriOf(FirstDraft);
        var edited = workspace.Read(FirstDraft) + "\nA line added after the cache was first written.\n";
        await using (var server = StartServer(partialStartBytes: long.MaxValue))
        {
            var written = Logged(server, "Cache written");
            await server.InitializeAsync(EditorCapabilities, rootUri: workspace.RootUri);
            await written;
            await server.OpenAsync(uri, workspace.Read(FirstDraft));
            await server.ReplaceAndCheckAsync(uri, 2, edited);
            File.WriteAllText(Path.Combine(workspace.Root, FirstDraft), edited);
            if (shutdown)
            {
                var again = Logged(server, "Cache written");
                await server.Client.CallAsync("shutdown");
                await again;
            }
            await server.Client.NotifyAsync("exit");
            Assert.Equal(shutdown ? 0 : 1, await server.WaitForExitAsync());
        }

        await using var restarted = StartServer(partialStartBytes: long.MaxValue);
        var read = Logged(restarted, "Workspace ");
        await restarted.InitializeAsync(EditorCapabilities, rootUri: workspace.RootUri);
        return (await read).GetProperty("message").GetString();
    }

    [Fact]
    public async Task A_burst_of_edits_right_after_opening_during_a_partial_start_is_published_once()
    {
        // As DiagnosticsTests' burst, on the Core during a partial start: the open's check starts at
        // once, but what is published waits for the quiet delay after the last change.
        using var workspace = TestWorkspace.CopyOfExamples();
        var uri = workspace.UriOf(FirstDraft);
        var text = workspace.Read(FirstDraft);
        await using var server = StartServer(delay: TimeSpan.FromSeconds(2));
        await server.InitializeAsync(EditorCapabilities, rootUri: workspace.RootUri);
        var frames = Enumerable.Range(2, 7)
            .Select(version => InProcessServer.DidChangeFrame(uri, version, InProcessServer.Edit(0, 0, 0, 0, version % 2 == 0 ? "<!-- x -->" : "")))
            .Prepend(InProcessServer.DidOpenFrame(uri, text));
        await server.Client.WriteBytesAsync(string.Concat(frames));

        await server.DiagnosticsAsync(uri, 8);
        Assert.DoesNotContain(server.Client.NotificationsOf(Publish), p => p.GetProperty("uri").GetString() == uri && p.GetProperty("version").GetInt32() < 8);
    }
}
