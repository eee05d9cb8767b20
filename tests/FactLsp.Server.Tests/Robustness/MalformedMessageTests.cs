using System.Text.Json;
using System.Text.Json.Nodes;
using FactLsp.Server.Tests.Infrastructure;

namespace FactLsp.Server.Tests.Robustness;

/// <summary>
/// Messages a buggy client sends: each is answered as JSON-RPC and LSP say (or, for a
/// notification or a response, ignored with a log line), and the connection keeps serving.
/// </summary>
public class MalformedMessageTests
{
    private static int Code(JsonElement response) => response.GetProperty("error").GetProperty("code").GetInt32();

    private static string Message(JsonElement response) => response.GetProperty("error").GetProperty("message").GetString()!;

    /// <summary>A valid request after the bad message is served, and the server has not stopped.</summary>
    private static async Task AssertStillServingAsync(InProcessServer server)
    {
        await server.OpenAsync("file:///alive.md", "alive");
        Assert.Equal("alive", (await server.ProbeAsync("file:///alive.md")).Text);
        Assert.False(server.Run.IsCompleted, server.Log);
        Assert.Null(server.Client.FramingError);
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":77777,"result":{"x":1}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":"no-such-request","result":null}""")]
    [InlineData("""{"jsonrpc":"2.0","id":77778,"error":{"code":-32603,"message":"client bug"}}""")]
    public async Task A_response_the_server_never_asked_for_costs_a_log_line_not_the_connection(string response)
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync();

        await server.Client.WriteRawAsync(response);

        await AssertStillServingAsync(server);
        Assert.Contains("never asked for", server.Log);
    }

    [Theory]
    [InlineData("\"x\"")]
    [InlineData("0")]
    [InlineData("false")]
    [InlineData("\"\"")]
    public async Task Params_that_are_neither_object_nor_array_get_InvalidParams(string @params)
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync();

        foreach (var (id, method) in new[] { (901, "textDocument/hover"), (902, "workspace/symbol"), (903, "shutdown"), (904, "textDocument/noSuchThing") })
        {
            await server.Client.WriteRawAsync($$"""{"jsonrpc":"2.0","id":{{id}},"method":"{{method}}","params":{{@params}}}""");
            var answer = await server.Client.WaitForResponseAsync(id.ToString());
            Assert.True(Code(answer) == -32602, $"{method}: {answer}");
        }

        // A notification is not answered, but nor does it stop anything.
        await server.Client.WriteRawAsync($$"""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{{@params}}}""");
        await AssertStillServingAsync(server);
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":911,"method":5,"params":{}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":911,"method":null}""")]
    [InlineData("""{"jsonrpc":"2.0","id":911,"method":["textDocument/hover"],"params":{}}""")]
    public async Task A_method_that_is_not_a_string_gets_InvalidRequest(string request)
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync();

        await server.Client.WriteRawAsync(request);

        var answer = await server.Client.WaitForResponseAsync("911");
        Assert.Equal(-32600, Code(answer));
        await AssertStillServingAsync(server);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\",\"params\":\u0001}")]
    public async Task A_body_that_is_not_json_gets_ParseError_with_a_null_id(string body)
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync();

        await server.Client.WriteRawAsync(body);

        var answer = await server.Client.NextNullIdResponseAsync();
        Assert.Equal(-32700, Code(answer));
        await AssertStillServingAsync(server);
    }

    [Theory]
    [InlineData(5000)]
    [InlineData(100_000)]
    public async Task A_body_nested_thousands_deep_gets_ParseError(int depth)
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync();

        var nested = new string('[', depth) + new string(']', depth);
        await server.Client.WriteRawAsync("""{"jsonrpc":"2.0","id":921,"method":"workspace/symbol","params":{"query":""" + nested + "}}");

        var answer = await server.Client.NextNullIdResponseAsync();
        Assert.Equal(-32700, Code(answer));
        await AssertStillServingAsync(server);
    }

    [Theory]
    [InlineData("textDocument/hover", """{"textDocument":{"uri":"file:///a.md"}}""", "position")]
    [InlineData("textDocument/definition", """{"textDocument":{"uri":"file:///a.md"}}""", "position")]
    [InlineData("textDocument/hover", """{"position":{"line":0,"character":0}}""", "textDocument")]
    [InlineData("textDocument/hover", """{"textDocument":{},"position":{"line":0,"character":0}}""", "uri")]
    [InlineData("textDocument/hover", """{"textDocument":{"uri":"file:///a.md"},"position":{"line":0}}""", "character")]
    [InlineData("textDocument/hover", """{"textDocument":null,"position":{"line":0,"character":0}}""", "textDocument")]
    [InlineData("textDocument/documentSymbol", "{}", "textDocument")]
    [InlineData("textDocument/semanticTokens/full", "{}", "textDocument")]
    [InlineData("textDocument/documentLink", "{}", "textDocument")]
    [InlineData("textDocument/diagnostic", "{}", "textDocument")]
    [InlineData("textDocument/rename", """{"position":{"line":0,"character":0},"newName":"x"}""", "textDocument")]
    [InlineData("textDocument/rename", """{"textDocument":{"uri":"file:///a.md"},"position":{"line":0,"character":0}}""", "newName")]
    [InlineData("textDocument/inlayHint", """{"textDocument":{"uri":"file:///a.md"}}""", "range")]
    [InlineData("textDocument/completion", """{"textDocument":{"uri":"file:///a.md"}}""", "position")]
    [InlineData("textDocument/codeLens", "{}", "textDocument")]
    [InlineData("textDocument/references", """{"textDocument":{"uri":"file:///a.md"}}""", "position")]
    [InlineData("textDocument/prepareRename", """{"textDocument":{"uri":"file:///a.md"}}""", "position")]
    public async Task A_missing_required_field_gets_InvalidParams_naming_it(string method, string @params, string field)
    {
        await using var server = InProcessServer.Start(withDiagnostics: true);
        await server.InitializeAsync();
        await server.OpenAsync("file:///a.md", "Some text.");

        var answer = await server.Client.RequestAsync(method, JsonNode.Parse(@params));

        Assert.True(Code(answer) == -32602, answer.ToString());
        Assert.True(Message(answer).Contains($"'{field}'"), Message(answer));
        Assert.DoesNotContain("NullReference", Message(answer));
        await AssertStillServingAsync(server);
    }

    [Fact]
    public async Task A_second_request_with_an_id_in_flight_gets_InvalidRequest_and_the_first_is_still_served()
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync();

        await server.Client.WriteRawAsync("""{"jsonrpc":"2.0","id":"same","method":"test/slow"}""");
        await server.Client.WriteRawAsync("""{"jsonrpc":"2.0","id":"same","method":"test/slow"}""");
        var second = await server.Client.WaitForResponseAsync("same");
        Assert.Equal(-32600, Code(second));
        Assert.Contains("already", Message(second));

        // The first one is still running, and can be cancelled by its id.
        await server.Client.NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = "same" });
        await AssertStillServingAsync(server);
    }

    [Theory]
    [InlineData("""{"event":null}""")]
    [InlineData("""{}""")]
    [InlineData("""{"event":{"added":null,"removed":null}}""")]
    public async Task DidChangeWorkspaceFolders_without_an_event_is_ignored_with_a_log_line(string @params)
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync();

        await server.Client.WriteRawAsync($$"""{"jsonrpc":"2.0","method":"workspace/didChangeWorkspaceFolders","params":{{@params}}}""");

        await AssertStillServingAsync(server);
        await server.Client.WaitForNotificationAsync("window/logMessage", p => p.GetProperty("message").GetString()!.Contains("workspace/didChangeWorkspaceFolders"));
        Assert.DoesNotContain("NullReferenceException", server.Log);
    }

    [Fact]
    public async Task A_notification_with_a_missing_field_is_ignored_with_a_log_line_naming_it()
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync();

        await server.Client.NotifyAsync("textDocument/didOpen", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///x.md", ["version"] = 1 } });

        var log = await server.Client.WaitForNotificationAsync("window/logMessage", p => p.GetProperty("message").GetString()!.Contains("textDocument/didOpen"));
        Assert.Contains("'text'", log.GetProperty("message").GetString());
        Assert.Null((await server.ProbeAsync("file:///x.md")).Text);
        await AssertStillServingAsync(server);
    }

    [Fact]
    public async Task Capabilities_of_the_wrong_json_type_count_as_not_declared_and_initialize_succeeds()
    {
        await using var server = InProcessServer.Start();
        var capabilities = (JsonObject)JsonNode.Parse("""
            {
              "general": { "positionEncodings": "utf-8" },
              "window": { "workDoneProgress": "yes" },
              "workspace": [],
              "textDocument": { "hover": { "contentFormat": [1, null, "markdown"] }, "documentLink": { "tooltipSupport": 1 }, "rename": true }
            }
            """)!;

        var result = await server.InitializeAsync(capabilities);

        Assert.Equal("utf-16", result["capabilities"]!["positionEncoding"]!.GetValue<string>());
        Assert.Null(result["capabilities"]!["renameProvider"]!["prepareProvider"]);
        await AssertStillServingAsync(server);
    }
}
