using System.Text.Json;
using System.Text.Json.Nodes;
using FactLsp.Server.Tests.Infrastructure;

namespace FactLsp.Server.Tests;

public class ClientFeatureTests
{
    [Fact]
    public async Task Watched_files_are_registered_when_the_client_allows_dynamic_registration()
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync(new JsonObject
        {
            ["workspace"] = new JsonObject { ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true } },
        });

        var request = await server.Client.WaitForServerRequestAsync("client/registerCapability");
        var registration = request.GetProperty("params").GetProperty("registrations")[0];
        Assert.Equal("workspace/didChangeWatchedFiles", registration.GetProperty("method").GetString());
        var globs = registration.GetProperty("registerOptions").GetProperty("watchers").EnumerateArray().Select(w => w.GetProperty("globPattern").GetString()!).ToArray();
        Assert.Equal<string>(["**/*.md", "**/*.txt", "**/sources/**", "**/people.yaml", "**/factlsp.yaml"], globs);
    }

    [Fact]
    public async Task Nothing_is_registered_without_dynamic_registration()
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync();
        await server.ProbeAsync("file:///a.md"); // initialized has been handled
        Assert.Empty(server.Client.ServerRequests);
    }

    [Fact]
    public async Task Work_done_progress_creates_a_token_then_begins_reports_and_ends()
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync(new JsonObject { ["window"] = new JsonObject { ["workDoneProgress"] = true } });

        var token = (await server.Client.CallAsync(ProgressProbeHandler.MethodName)).GetString();
        var create = await server.Client.WaitForServerRequestAsync("window/workDoneProgress/create");
        Assert.Equal(token, create.GetProperty("params").GetProperty("token").GetString());

        await server.Client.WaitForNotificationAsync("$/progress", p => p.GetProperty("value").GetProperty("kind").GetString() == "end");
        var kinds = server.Client.NotificationsOf("$/progress").Select(p => p.GetProperty("value").GetProperty("kind").GetString()!).ToArray();
        Assert.Equal<string>(["begin", "report", "end"], kinds);
    }

    [Fact]
    public async Task Progress_is_silent_when_the_client_cannot_show_it()
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync();
        Assert.Equal("", (await server.Client.CallAsync(ProgressProbeHandler.MethodName)).GetString());
        Assert.Empty(server.Client.NotificationsOf("$/progress"));
    }

    [Fact]
    public async Task Settings_are_pulled_with_workspace_configuration()
    {
        await using var server = InProcessServer.Start();
        var served = 0;
        server.Client.ServerRequestHandler = (method, p) =>
        {
            if (method != "workspace/configuration")
            {
                return null;
            }
            Assert.Equal("factlsp", p.GetProperty("items")[0].GetProperty("section").GetString());
            return new JsonArray(new JsonObject { ["round"] = Interlocked.Increment(ref served) });
        };
        await server.InitializeAsync(new JsonObject { ["workspace"] = new JsonObject { ["configuration"] = true } });
        Assert.Equal(1, (await server.Client.CallAsync(SettingsProbeHandler.MethodName)).GetProperty("round").GetInt32());

        // The pull model: the notification carries no settings, the server asks again.
        await server.Client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = null });
        Assert.Equal(2, (await server.Client.CallAsync(SettingsProbeHandler.MethodName)).GetProperty("round").GetInt32());
    }

    [Fact]
    public async Task Traces_follow_setTrace()
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync(trace: "off");
        await server.ProbeAsync("file:///a.md");
        Assert.Empty(server.Client.NotificationsOf("$/logTrace"));

        await server.Client.NotifyAsync("$/setTrace", new JsonObject { ["value"] = "messages" });
        await server.ProbeAsync("file:///a.md");
        var trace = await server.Client.WaitForNotificationAsync("$/logTrace");
        Assert.Contains("test/document", trace.GetProperty("message").GetString());
    }
}
