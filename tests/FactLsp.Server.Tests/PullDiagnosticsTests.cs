using System.Text.Json;
using System.Text.Json.Nodes;
using FactLsp.Server.Tests.Infrastructure;
using static FactLsp.Server.Tests.Infrastructure.InProcessServer;

namespace FactLsp.Server.Tests;

/// <summary>
/// The pull model as LSP 3.17 means it: resultIds, "unchanged" reports, and a `workspace/diagnostic`
/// that is held open while nothing changes and streams partial results when something does.
/// </summary>
public class PullDiagnosticsTests
{
    private const string A = "file:///work/a.md";
    private const string B = "file:///work/b.md";

    private static readonly JsonObject PullClient = new() { ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() } };

    private static async Task<InProcessServer> StartWithTwoDocumentsAsync()
    {
        var server = Start(withDiagnostics: true);
        await server.InitializeAsync((JsonObject)PullClient.DeepClone());
        await server.OpenAsync(A, "TODO");
        await server.OpenAsync(B, "fine");
        return server;
    }

    private static JsonArray Known(JsonElement report) => new(report.GetProperty("items").EnumerateArray()
        .Select(i => (JsonNode)new JsonObject { ["uri"] = i.GetProperty("uri").GetString(), ["value"] = i.GetProperty("resultId").GetString() })
        .ToArray());

    private static string[] Uris(JsonElement report) => report.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("uri").GetString()!).ToArray();

    [Fact]
    public async Task A_document_pulled_again_unchanged_is_answered_unchanged_and_changed_in_full()
    {
        await using var server = await StartWithTwoDocumentsAsync();
        var first = await server.Client.CallAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = A } });
        Assert.Equal("full", first.GetProperty("kind").GetString());
        var resultId = first.GetProperty("resultId").GetString();
        Assert.False(string.IsNullOrEmpty(resultId));

        var again = await server.Client.CallAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = A }, ["previousResultId"] = resultId });
        Assert.Equal("unchanged", again.GetProperty("kind").GetString());
        Assert.Equal(resultId, again.GetProperty("resultId").GetString());
        Assert.False(again.TryGetProperty("items", out _));

        await server.ChangeAsync(A, 2, Edit(0, 0, 0, 0, "TODO "));
        var changed = await server.Client.CallAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = A }, ["previousResultId"] = resultId });
        Assert.Equal("full", changed.GetProperty("kind").GetString());
        Assert.Equal(2, changed.GetProperty("items").GetArrayLength());
        Assert.NotEqual(resultId, changed.GetProperty("resultId").GetString());
    }

    [Fact]
    public async Task An_edit_that_leaves_the_diagnostics_as_they_were_keeps_the_resultId()
    {
        await using var server = await StartWithTwoDocumentsAsync();
        var first = await server.Client.CallAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = B } });
        await server.ChangeAsync(B, 2, Edit(0, 4, 0, 4, " still fine"));
        var again = await server.Client.CallAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = B }, ["previousResultId"] = first.GetProperty("resultId").GetString() });
        Assert.Equal("unchanged", again.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task The_workspace_report_leaves_out_what_the_client_has_and_is_held_until_something_changes()
    {
        await using var server = await StartWithTwoDocumentsAsync();
        var first = await server.Client.CallAsync("workspace/diagnostic", new JsonObject { ["previousResultIds"] = new JsonArray() });
        Assert.Equal([A, B], Uris(first));

        // The client has everything: no answer until B changes, then B alone.
        var held = server.Client.RequestAsync("workspace/diagnostic", new JsonObject { ["previousResultIds"] = Known(first) });
        await server.Client.CallAsync("textDocument/hover", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = A }, ["position"] = new JsonObject { ["line"] = 0, ["character"] = 0 } })
            .ContinueWith(_ => { }); // a round trip: the held request was read before it
        Assert.False(held.IsCompleted, "answered although nothing changed");
        await server.ChangeAsync(B, 2, Edit(0, 0, 0, 0, "TODO "));

        var answer = (await held).GetProperty("result");
        var item = Assert.Single(answer.GetProperty("items").EnumerateArray());
        Assert.Equal(B, item.GetProperty("uri").GetString());
        Assert.Equal(2, item.GetProperty("version").GetInt32());
        Assert.Equal(1, item.GetProperty("items").GetArrayLength());
        // An article's edit is checked alone, not the whole workspace again.
        Assert.Equal([B], server.Diagnostics!.Requests.Last().ChangedUris!);
    }

    [Fact]
    public async Task With_a_partial_result_token_changes_stream_as_progress_and_the_request_stays_open_until_cancelled()
    {
        await using var server = await StartWithTwoDocumentsAsync();
        var first = await server.Client.CallAsync("workspace/diagnostic", new JsonObject { ["previousResultIds"] = new JsonArray() });
        var held = server.Client.RequestAsync("workspace/diagnostic",
            new JsonObject { ["previousResultIds"] = Known(first), ["partialResultToken"] = "pull-1" }, omitParams: false, out var id);

        bool ForToken(JsonElement p) => p.GetProperty("token").GetString() == "pull-1";
        var progress = server.Client.WaitForNotificationAsync("$/progress", ForToken);
        await server.ChangeAsync(A, 2, Edit(0, 0, 0, 4, "done"));
        var cleared = (await progress).GetProperty("value");
        var item = Assert.Single(cleared.GetProperty("items").EnumerateArray());
        Assert.Equal(A, item.GetProperty("uri").GetString());
        Assert.Equal(0, item.GetProperty("items").GetArrayLength());

        var second = server.Client.WaitForNotificationAsync("$/progress", p => ForToken(p) && Uris(p.GetProperty("value")).SequenceEqual([B]));
        await server.ChangeAsync(B, 2, Edit(0, 0, 0, 0, "TODO "));
        await second;
        Assert.False(held.IsCompleted, "a request with a partial result token ends only when cancelled");

        await server.Client.NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = id });
        var response = await held;
        Assert.Equal(-32800, response.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Shutdown_answers_a_held_request_with_an_empty_report()
    {
        await using var server = await StartWithTwoDocumentsAsync();
        var first = await server.Client.CallAsync("workspace/diagnostic", new JsonObject { ["previousResultIds"] = new JsonArray() });
        var held = server.Client.RequestAsync("workspace/diagnostic", new JsonObject { ["previousResultIds"] = Known(first), ["partialResultToken"] = 7 });

        await server.Client.CallAsync("shutdown");
        var answer = (await held).GetProperty("result");
        Assert.Equal(0, answer.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_client_that_says_nothing_of_what_it_has_is_answered_at_once_even_when_empty()
    {
        await using var server = Start(withDiagnostics: true);
        await server.InitializeAsync((JsonObject)PullClient.DeepClone());
        var report = await server.Client.CallAsync("workspace/diagnostic", new JsonObject());
        Assert.Equal(0, report.GetProperty("items").GetArrayLength());
    }
}
