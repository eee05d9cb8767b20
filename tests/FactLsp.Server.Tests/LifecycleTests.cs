using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactLsp.Server.Tests.Infrastructure;

namespace FactLsp.Server.Tests;

public class LifecycleTests
{
    [Fact]
    public async Task Initialize_advertises_only_what_is_implemented()
    {
        await using var server = InProcessServer.Start();
        var result = await server.InitializeAsync();

        var capabilities = result["capabilities"]!.AsObject();
        Assert.Equal("utf-16", (string?)capabilities["positionEncoding"]);
        Assert.Equal(2, (int)capabilities["textDocumentSync"]!["change"]!);
        Assert.True((bool)capabilities["textDocumentSync"]!["openClose"]!);
        Assert.False(capabilities.ContainsKey("documentFormattingProvider")); // not implemented, not claimed
        Assert.Equal("factlsp", (string?)result["serverInfo"]!["name"]);
        Assert.Equal(ProductVersion.Value, (string?)result["serverInfo"]!["version"]); // what `factlsp --version` prints
    }

    [Fact]
    public async Task Initialize_with_a_diagnostics_provider_advertises_pull_diagnostics()
    {
        await using var server = InProcessServer.Start(withDiagnostics: true);
        var result = await server.InitializeAsync();

        var provider = result["capabilities"]!["diagnosticProvider"]!;
        Assert.True((bool)provider["interFileDependencies"]!);
        Assert.True((bool)provider["workspaceDiagnostics"]!);
    }

    [Fact]
    public async Task Utf8_is_chosen_when_the_client_offers_it()
    {
        await using var server = InProcessServer.Start();
        var result = await server.InitializeAsync(new JsonObject
        {
            ["general"] = new JsonObject { ["positionEncodings"] = new JsonArray("utf-8", "utf-16") },
        });
        Assert.Equal("utf-8", (string?)result["capabilities"]!["positionEncoding"]);
    }

    [Fact]
    public async Task A_request_before_initialize_gets_ServerNotInitialized()
    {
        await using var server = InProcessServer.Start();
        var response = await server.Client.RequestAsync(DocumentProbeHandler.MethodName, new { uri = "file:///a.md" });
        Assert.Equal(-32002, response.GetProperty("error").GetProperty("code").GetInt32());

        // Notifications before initialize are dropped, not answered and not applied.
        await server.OpenAsync("file:///a.md", "early");
        await server.InitializeAsync();
        Assert.Null((await server.ProbeAsync("file:///a.md")).Text);
    }

    [Fact]
    public async Task Initialize_twice_is_an_invalid_request()
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync();
        var response = await server.Client.RequestAsync("initialize", new { capabilities = new { } });
        Assert.Equal(-32600, response.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Shutdown_with_null_params_then_requests_are_refused_and_exit_returns_0()
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync();

        // Emacs eglot sends `"params": null`.
        await server.Client.WriteRawAsync("""{"jsonrpc":"2.0","id":"sd","method":"shutdown","params":null}""");
        var shutdown = await server.Client.WaitForResponseAsync("sd");
        Assert.True(shutdown.TryGetProperty("result", out var result), shutdown.ToString());
        Assert.Equal(JsonValueKind.Null, result.ValueKind);

        var after = await server.Client.RequestAsync(DocumentProbeHandler.MethodName, new { uri = "file:///a.md" });
        Assert.Equal(-32600, after.GetProperty("error").GetProperty("code").GetInt32());

        await server.Client.NotifyAsync("exit", omitParams: true);
        Assert.Equal(0, await server.WaitForExitAsync());
    }

    [Fact]
    public async Task Shutdown_without_params_is_accepted()
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync();
        var response = await server.Client.RequestAsync("shutdown", omitParams: true);
        Assert.Equal(JsonValueKind.Null, response.GetProperty("result").ValueKind);
    }

    [Fact]
    public async Task Exit_without_shutdown_returns_1()
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync();
        await server.Client.NotifyAsync("exit");
        Assert.Equal(1, await server.WaitForExitAsync());
    }

    [Fact]
    public async Task The_server_exits_when_the_client_process_dies()
    {
        using var parent = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        await using var server = InProcessServer.Start();
        await server.InitializeAsync(processId: parent.Id);
        // While the parent lives the server serves: a request after initialize is answered (a
        // round trip, not a fixed sleep; the kill below is the event that stops it).
        Assert.Null((await server.ProbeAsync("file:///a.md")).Text);
        Assert.False(server.Run.IsCompleted);

        parent.Kill();
        await parent.WaitForExitAsync();
        Assert.Equal(1, await server.WaitForExitAsync());
    }

    [Fact]
    public async Task A_closed_connection_stops_the_server()
    {
        var server = InProcessServer.Start();
        await server.InitializeAsync();
        await server.Client.DisposeAsync();
        Assert.Equal(1, await server.WaitForExitAsync());
        await server.DisposeAsync();
    }
}
