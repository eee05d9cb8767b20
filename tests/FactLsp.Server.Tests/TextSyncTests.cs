using System.Text.Json.Nodes;
using FactLsp.Server.Tests.Infrastructure;
using static FactLsp.Server.Tests.Infrastructure.InProcessServer;

namespace FactLsp.Server.Tests;

public class TextSyncTests
{
    private const string Uri = "file:///work/article.md";

    [Fact]
    public async Task Incremental_edits_count_utf16_columns_across_crlf_and_emoji()
    {
        await using var server = Start();
        await server.InitializeAsync();
        await server.OpenAsync(Uri, "a😀b\r\nsecond line\r\n");

        // The emoji is two UTF-16 code units: "b" is at column 3.
        await server.ChangeAsync(Uri, 2, Edit(0, 3, 0, 4, "X"));
        Assert.Equal(("a😀X\r\nsecond line\r\n", 2), await server.ProbeAsync(Uri));

        // Changes of one notification apply in order, each on the previous result; a range
        // ending at the start of the next line swallows the CRLF.
        await server.ChangeAsync(Uri, 3, Edit(0, 4, 1, 0, " "), Edit(0, 5, 0, 11, "SECOND"));
        Assert.Equal(("a😀X SECOND line\r\n", 3), await server.ProbeAsync(Uri));
    }

    [Fact]
    public async Task A_change_without_a_range_replaces_the_text()
    {
        await using var server = Start();
        await server.InitializeAsync();
        await server.OpenAsync(Uri, "old");
        await server.ChangeAsync(Uri, 7, new JsonObject { ["text"] = "new\ntext" });
        Assert.Equal(("new\ntext", 7), await server.ProbeAsync(Uri));
    }

    [Fact]
    public async Task Ranges_past_the_end_of_a_line_or_the_document_are_clamped()
    {
        await using var server = Start();
        await server.InitializeAsync();
        await server.OpenAsync(Uri, "one\r\ntwo");

        await server.ChangeAsync(Uri, 2, Edit(0, 100, 0, 200, "!"));
        Assert.Equal("one!\r\ntwo", (await server.ProbeAsync(Uri)).Text);

        await server.ChangeAsync(Uri, 3, Edit(9, 0, 12, 5, "?"));
        Assert.Equal("one!\r\ntwo?", (await server.ProbeAsync(Uri)).Text);
    }

    [Fact]
    public async Task Utf8_columns_are_used_when_negotiated()
    {
        await using var server = Start();
        await server.InitializeAsync(new JsonObject { ["general"] = new JsonObject { ["positionEncodings"] = new JsonArray("utf-8") } });
        await server.OpenAsync(Uri, "é😀b\n");

        // é is 2 bytes, the emoji 4: "b" starts at byte 6.
        await server.ChangeAsync(Uri, 2, Edit(0, 6, 0, 7, "B"));
        Assert.Equal("é😀B\n", (await server.ProbeAsync(Uri)).Text);
    }

    [Fact]
    public async Task Edits_to_unknown_documents_are_ignored_with_a_log_message()
    {
        await using var server = Start();
        await server.InitializeAsync();
        await server.ChangeAsync("file:///never-opened.md", 2, Edit(0, 0, 0, 0, "x"));

        var log = await server.Client.WaitForNotificationAsync("window/logMessage", p => p.GetProperty("message").GetString()!.Contains("never-opened"));
        Assert.Equal(2, log.GetProperty("type").GetInt32());
        Assert.Null((await server.ProbeAsync("file:///never-opened.md")).Text);
    }

    [Fact]
    public async Task Close_forgets_the_document()
    {
        await using var server = Start();
        await server.InitializeAsync();
        await server.OpenAsync(Uri, "text");
        await server.Client.NotifyAsync("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri } });
        Assert.Null((await server.ProbeAsync(Uri)).Text);
    }

    [Fact]
    public async Task Many_changes_are_applied_strictly_in_arrival_order()
    {
        await using var server = Start();
        await server.InitializeAsync();
        await server.OpenAsync(Uri, "");
        var expected = "";
        for (var i = 0; i < 200; i++)
        {
            var piece = (i % 10).ToString();
            await server.ChangeAsync(Uri, i + 2, Edit(0, expected.Length, 0, expected.Length, piece));
            expected += piece;
        }
        Assert.Equal((expected, 201), await server.ProbeAsync(Uri));
    }
}
