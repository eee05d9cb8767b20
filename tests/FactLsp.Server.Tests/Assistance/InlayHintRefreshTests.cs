using System.Text.Json.Nodes;
using FactLsp.Server.Tests.Infrastructure;
using static FactLsp.Server.Tests.Assistance.EditorSession;

namespace FactLsp.Server.Tests.Assistance;

/// <summary>Turning inlay hints off in the settings takes them away at once, not at the next edit.</summary>
public class InlayHintRefreshTests
{
    [Fact]
    public async Task The_client_is_asked_to_refresh_when_the_setting_changes_and_then_gets_no_hints()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        var capabilities = Capabilities();
        capabilities["workspace"]!["inlayHint"] = new JsonObject { ["refreshSupport"] = true };
        await using var server = await StartAsync(workspace, capabilities: capabilities);
        var uri = workspace.UriOf(Baghouz);
        var request = new JsonObject
        {
            ["textDocument"] = Document(uri),
            ["range"] = new JsonObject { ["start"] = new JsonObject { ["line"] = 0, ["character"] = 0 }, ["end"] = new JsonObject { ["line"] = 999, ["character"] = 0 } },
        };
        Assert.NotEqual(0, (await server.Client.CallAsync("textDocument/inlayHint", request.DeepClone())).GetArrayLength());

        await server.Client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject
        {
            ["settings"] = new JsonObject { ["factlsp"] = new JsonObject { ["inlayHints"] = new JsonObject { ["enabled"] = false } } },
        });
        await server.Client.WaitForServerRequestAsync("workspace/inlayHint/refresh");
        Assert.Equal(0, (await server.Client.CallAsync("textDocument/inlayHint", request.DeepClone())).GetArrayLength());
    }
}
