using System.Text.Json;
using System.Text.Json.Nodes;
using FactLsp.Server.Tests.Infrastructure;
using static FactLsp.Server.Tests.Infrastructure.InProcessServer;

namespace FactLsp.Server.Tests;

public class DiagnosticsTests
{
    private const string Uri = "file:///work/article.md";

    [Fact]
    public async Task Diagnostics_are_pushed_once_after_a_burst_of_changes_with_the_last_version()
    {
        await using var server = Start(new LanguageServerOptions { DiagnosticsDelay = TimeSpan.FromMilliseconds(150) }, withDiagnostics: true);
        await server.InitializeAsync();
        await server.OpenAsync(Uri, "");
        for (var version = 2; version <= 8; version++)
        {
            await server.ChangeAsync(Uri, version, Edit(0, 0, 0, 0, version == 8 ? "TODO " : "x"));
        }

        var published = await server.Client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == Uri);
        Assert.Equal(8, published.GetProperty("version").GetInt32());
        var diagnostic = Assert.Single(published.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(0, diagnostic.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal("todo", diagnostic.GetProperty("code").GetString());

        await Task.Delay(500);
        Assert.Single(server.Client.NotificationsOf("textDocument/publishDiagnostics"));
        Assert.Equal(1, server.Diagnostics!.Calls);
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
        await WaitUntilAsync(() => server.Diagnostics!.Requests.Any(r => r.IsWholeWorkspace));
        Assert.Equal(1, (await server.Client.CallAsync(SettingsProbeHandler.MethodName)).GetProperty("x").GetInt32());
    }

    [Fact]
    public async Task Pull_diagnostics_answer_for_a_document_and_for_the_workspace_without_pushing()
    {
        await using var server = Start(withDiagnostics: true);
        await server.InitializeAsync(new JsonObject { ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() } });
        await server.OpenAsync(Uri, "TODO and TODO", version: 4);

        var report = await server.Client.CallAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri } });
        Assert.Equal("full", report.GetProperty("kind").GetString());
        Assert.Equal(2, report.GetProperty("items").GetArrayLength());

        var workspace = await server.Client.CallAsync("workspace/diagnostic", new JsonObject { ["previousResultIds"] = new JsonArray() });
        var item = Assert.Single(workspace.GetProperty("items").EnumerateArray());
        Assert.Equal(Uri, item.GetProperty("uri").GetString());
        Assert.Equal(4, item.GetProperty("version").GetInt32());

        await Task.Delay(400);
        Assert.Empty(server.Client.NotificationsOf("textDocument/publishDiagnostics"));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + LspTestClient.Timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition never held.");
            await Task.Delay(10);
        }
    }
}
