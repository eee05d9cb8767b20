using System.Text.Json;
using System.Text.Json.Nodes;
using FactLsp.Server.Tests.Infrastructure;

namespace FactLsp.Server.Tests;

public class ProtocolErrorTests
{
    private static int Code(JsonElement response) => response.GetProperty("error").GetProperty("code").GetInt32();

    [Fact]
    public async Task An_unknown_method_gets_MethodNotFound()
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync();
        Assert.Equal(-32601, Code(await server.Client.RequestAsync("textDocument/noSuchThing", new { })));
    }

    [Fact]
    public async Task Params_of_the_wrong_type_get_InvalidParams_and_change_nothing()
    {
        await using var server = InProcessServer.Start();
        // processId must be an integer: the request is refused before it counts as initialize.
        var response = await server.Client.RequestAsync("initialize", new JsonObject { ["processId"] = "not a number", ["capabilities"] = new JsonObject() });
        Assert.True(Code(response) == -32602, response.ToString());

        await server.InitializeAsync();
        Assert.Equal(-32602, Code(await server.Client.RequestAsync(DocumentProbeHandler.MethodName, new JsonObject { ["uri"] = new JsonArray(1, 2) })));
        Assert.Equal(-32602, Code(await server.Client.RequestAsync(DocumentProbeHandler.MethodName, null)));
    }

    [Fact]
    public async Task Invalid_json_is_answered_with_ParseError_and_the_connection_survives()
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync();

        await server.Client.WriteRawAsync("""{"jsonrpc":"2.0","id":5,"method":"test/document","params":{""");
        var error = await server.Client.NextNullIdResponseAsync();
        Assert.Equal(-32700, Code(error));
        Assert.Equal(JsonValueKind.Null, error.GetProperty("id").ValueKind);

        await server.OpenAsync("file:///a.md", "still here");
        Assert.Equal("still here", (await server.ProbeAsync("file:///a.md")).Text);
    }

    [Fact]
    public async Task Json_that_is_no_message_is_answered_and_the_connection_survives()
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync();

        await server.Client.WriteRawAsync("""[1, 2, 3]""");
        var error = await server.Client.NextNullIdResponseAsync();
        Assert.True(Code(error) is -32600 or -32700, error.ToString());

        Assert.Null((await server.ProbeAsync("file:///nothing.md")).Text);
    }

    [Fact]
    public async Task A_cancelled_request_ends_with_RequestCancelled()
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync();

        var pending = server.Client.RequestAsync(SlowHandler.MethodName, null, omitParams: true, out var id);
        // Cancel it while it runs, not while it waits in the queue.
        await server.Slow.WaitUntilStartedAsync();
        await server.Client.NotifyAsync("$/cancelRequest", new { id });
        Assert.Equal(-32800, Code(await pending));

        // The queue goes on.
        Assert.Null((await server.ProbeAsync("file:///a.md")).Text);
    }

    [Fact]
    public async Task A_failing_handler_returns_InternalError_and_the_last_good_state_stays()
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync();
        await server.OpenAsync("file:///a.md", "kept");

        var response = await server.Client.RequestAsync(FailingHandler.MethodName, omitParams: true);
        Assert.Equal(-32603, Code(response));
        Assert.Contains("broke on purpose", response.GetProperty("error").GetProperty("message").GetString());

        Assert.Equal("kept", (await server.ProbeAsync("file:///a.md")).Text);
    }

    [Fact]
    public async Task A_source_changed_on_disk_under_a_request_returns_ContentModified_not_InternalError()
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync();

        var response = await server.Client.RequestAsync(FileChangedHandler.MethodName, omitParams: true);
        Assert.Equal(-32801, Code(response));
        Assert.Contains("sources/changed.txt", response.GetProperty("error").GetProperty("message").GetString());

        // The queue goes on.
        Assert.Null((await server.ProbeAsync("file:///a.md")).Text);
    }
}
