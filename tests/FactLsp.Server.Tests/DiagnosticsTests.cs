using System.Text.Json;
using System.Text.Json.Nodes;
using FactLsp.Server.Tests.Infrastructure;
using static FactLsp.Server.Tests.Infrastructure.InProcessServer;

namespace FactLsp.Server.Tests;

public class DiagnosticsTests
{
    private const string Uri = "file:///work/article.md";

    private const string Publish = "textDocument/publishDiagnostics";

    /// <summary>didOpen (version 1, empty) then didChange 2…8, each inserting at the start: "x" six times, then "TODO ".</summary>
    private static IEnumerable<string> Burst() =>
        Enumerable.Range(2, 7).Select(version => DidChangeFrame(Uri, version, Edit(0, 0, 0, 0, version == 8 ? "TODO " : "x")))
            .Prepend(DidOpenFrame(Uri, ""));

    private static void AssertLastVersionsDiagnostics(JsonElement published)
    {
        Assert.Equal(8, published.GetProperty("version").GetInt32());
        var diagnostic = Assert.Single(published.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(0, diagnostic.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal("todo", diagnostic.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Diagnostics_are_pushed_once_after_a_burst_of_changes_with_the_last_version()
    {
        // The debounce restarts with each change, so a burst is checked once when no two of its
        // changes are a whole delay apart. Eight small frames written at once are never two seconds
        // apart, even on a loaded machine: the count below holds whatever the scheduling (with 150 ms
        // it did not). The last change's round is the only one, so nothing can follow its publication.
        await using var server = Start(new LanguageServerOptions { DiagnosticsDelay = TimeSpan.FromSeconds(2) }, withDiagnostics: true);
        await server.InitializeAsync();
        await server.Client.WriteBytesAsync(string.Concat(Burst()));

        var published = await server.DiagnosticsAsync(Uri);
        AssertLastVersionsDiagnostics(published);
        Assert.Single(server.Client.NotificationsOf(Publish));
        Assert.Equal(1, server.Diagnostics!.Calls);
    }

    [Fact]
    public async Task After_a_burst_of_changes_at_any_pace_the_last_version_is_published_and_each_publication_fits_its_version()
    {
        // With the 150 ms debounce a loaded machine may check the burst more than once: what always
        // holds is that the last version is published, and every publication is right for the
        // version it names (no TODO before version 8).
        await using var server = Start(new LanguageServerOptions { DiagnosticsDelay = TimeSpan.FromMilliseconds(150) }, withDiagnostics: true);
        await server.InitializeAsync();
        foreach (var frame in Burst())
        {
            await server.Client.WriteBytesAsync(frame);
        }

        AssertLastVersionsDiagnostics(await server.DiagnosticsAsync(Uri, 8));
        var publications = server.Client.NotificationsOf(Publish).Where(p => p.GetProperty("uri").GetString() == Uri).ToList();
        Assert.All(publications, p => Assert.Equal(p.GetProperty("version").GetInt32() == 8 ? 1 : 0, p.GetProperty("diagnostics").GetArrayLength()));
        Assert.InRange(server.Diagnostics!.Calls, 1, 8);
    }

    [Fact]
    public async Task Published_ranges_use_the_negotiated_encoding()
    {
        await using var server = Start(withDiagnostics: true);
        await server.InitializeAsync(new JsonObject { ["general"] = new JsonObject { ["positionEncodings"] = new JsonArray("utf-8") } });
        await server.OpenAsync(Uri, "😀 TODO");

        var published = await server.Client.WaitForNotificationAsync("textDocument/publishDiagnostics");
        var start = published.GetProperty("diagnostics")[0].GetProperty("range").GetProperty("start");
        Assert.Equal(5, start.GetProperty("character").GetInt32()); // 4 bytes of emoji + a space
    }

    [Fact]
    public async Task Closing_a_document_clears_its_diagnostics()
    {
        await using var server = Start(withDiagnostics: true);
        await server.InitializeAsync();
        await server.OpenAsync(Uri, "TODO");
        await server.Client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("diagnostics").GetArrayLength() == 1);

        await server.Client.NotifyAsync("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri } });
        var cleared = await server.Client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("diagnostics").GetArrayLength() == 0);
        Assert.False(cleared.TryGetProperty("version", out _));
    }

    [Fact]
    public async Task A_configuration_change_rechecks_every_document()
    {
        await using var server = Start(withDiagnostics: true);
        await server.InitializeAsync();
        await server.OpenAsync("file:///a.md", "TODO");
        await server.OpenAsync("file:///b.md", "fine");
        await server.Client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == "file:///b.md");

        await server.Client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["factlsp"] = new JsonObject { ["x"] = 1 } } });
        await server.Diagnostics!.WaitForRequestAsync(r => r.IsWholeWorkspace, "a whole-workspace diagnostics round");
        Assert.Equal(1, (await server.Client.CallAsync(SettingsProbeHandler.MethodName)).GetProperty("x").GetInt32());
    }

    [Fact]
    public async Task Pull_diagnostics_answer_for_a_document_and_for_the_workspace_without_pushing()
    {
        // No debounce: were a push scheduled, its round would start as the open commits, before the
        // pulls below are served (so it would be counted in Calls without waiting for anything).
        await using var server = Start(new LanguageServerOptions { DiagnosticsDelay = TimeSpan.Zero }, withDiagnostics: true);
        await server.InitializeAsync(new JsonObject { ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() } });
        await server.OpenAsync(Uri, "TODO and TODO", version: 4);

        var report = await server.Client.CallAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri } });
        Assert.Equal("full", report.GetProperty("kind").GetString());
        Assert.Equal(2, report.GetProperty("items").GetArrayLength());

        var workspace = await server.Client.CallAsync("workspace/diagnostic", new JsonObject { ["previousResultIds"] = new JsonArray() });
        var item = Assert.Single(workspace.GetProperty("items").EnumerateArray());
        Assert.Equal(Uri, item.GetProperty("uri").GetString());
        Assert.Equal(4, item.GetProperty("version").GetInt32());

        Assert.Equal(2, server.Diagnostics!.Calls); // the two pulls, no push round
        Assert.Empty(server.Client.NotificationsOf(Publish));
    }
}
