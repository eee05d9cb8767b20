using System.Diagnostics;
using System.Text.Json.Nodes;
using FactLsp.Server.Tests.Infrastructure;

namespace FactLsp.Server.Tests;

/// <summary>The built `factlsp serve`, run as an editor runs it: a child process over stdio.</summary>
public class ChildProcessTests
{
    private static LspClient StartServer()
    {
        // The project reference copies factlsp.dll next to the test assembly.
        var dll = Path.Combine(AppContext.BaseDirectory, "factlsp.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing.");
        return LspClient.Start(dll, "serve");
    }

    private static async Task InitializeAsync(LspClient client, int? processId = null)
    {
        var result = await client.CallAsync("initialize", new JsonObject { ["processId"] = processId, ["capabilities"] = new JsonObject() });
        Assert.Equal(2, result.GetProperty("capabilities").GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        await client.NotifyAsync("initialized", new JsonObject());
    }

    [Fact]
    public async Task Checks_the_example_workspace_as_an_editor_sees_it()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var client = StartServer();
        await client.CallAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = workspace.RootUri,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = workspace.RootUri, ["name"] = "examples" }),
            ["capabilities"] = new JsonObject { ["window"] = new JsonObject { ["workDoneProgress"] = true } },
        });
        await client.NotifyAsync("initialized", new JsonObject());

        var uri = workspace.UriOf("articles/first-draft.md");
        var published = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == uri);
        var codes = published.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToHashSet();
        Assert.Contains("misquote", codes);
        Assert.Contains("quote-not-found", codes);

        // The editor opens the article and deletes everything: its diagnostics go with the text.
        var text = workspace.Read("articles/first-draft.md");
        await client.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = text },
        });
        await client.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = "" }),
        });
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics",
            p => p.GetProperty("uri").GetString() == uri && p.TryGetProperty("version", out var v) && v.GetInt32() == 2 && p.GetProperty("diagnostics").GetArrayLength() == 0);

        await client.CallAsync("shutdown");
        await client.NotifyAsync("exit");
        Assert.Equal(0, await client.WaitForExitAsync());
        Assert.Null(client.FramingError);
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_the_process_with_0_and_stdout_holds_only_frames()
    {
        await using var client = StartServer();
        await InitializeAsync(client);

        await client.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = "file:///a.md", ["languageId"] = "markdown", ["version"] = 1, ["text"] = "x" },
        });
        await client.WriteRawAsync("{ not json");
        Assert.Equal(-32700, (await client.NextNullIdResponseAsync()).GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(-32601, (await client.RequestAsync("no/such/method", new { })).GetProperty("error").GetProperty("code").GetInt32());

        await client.WriteRawAsync("""{"jsonrpc":"2.0","id":"bye","method":"shutdown","params":null}""");
        Assert.True((await client.WaitForResponseAsync("bye")).TryGetProperty("result", out _));
        await client.NotifyAsync("exit");

        Assert.Equal(0, await client.WaitForExitAsync());
        await client.ReadLoop.WaitAsync(LspClient.DefaultTimeout);
        Assert.Null(client.FramingError);
        Assert.True(client.Received.Messages >= 4);
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_the_process_with_1()
    {
        await using var client = StartServer();
        await InitializeAsync(client);
        await client.NotifyAsync("exit");

        Assert.Equal(1, await client.WaitForExitAsync());
        await client.ReadLoop.WaitAsync(LspClient.DefaultTimeout);
        Assert.Null(client.FramingError);
    }

    [Fact]
    public async Task The_process_exits_when_its_client_process_dies()
    {
        using var parent = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        await using var client = StartServer();
        await InitializeAsync(client, parent.Id);

        parent.Kill();
        Assert.Equal(1, await client.WaitForExitAsync());
    }
}
