using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactLsp.Benchmarks.Generation;
using FactLsp.Benchmarks.Lsp;

namespace FactLsp.Benchmarks.Drivers;

/// <summary>
/// <c>idle-driver [--dir DIR] [--seconds 60] [generator options]</c>: what an idle editor costs.
/// Starts the built server on the generated workspace as VS Code's client does (pull diagnostics,
/// workspace diagnostics), waits for the index, then for <c>--seconds</c> each with nobody typing:
/// <list type="bullet">
/// <item>"every pull answered in full": <c>workspace/diagnostic</c> without previousResultIds, asked
/// again 2 s after each answer, as VS Code's client asks it (the server before resultIds answered
/// every pull so, whatever the client said it had);</item>
/// <item>"resultIds, held open": as VS Code's client asks: previousResultIds from the answers so
/// far and a partialResultToken, asked again 2 s after an answer.</item>
/// </list>
/// Prints requests sent, messages and JSON bytes received, per idle minute.
/// </summary>
internal static class IdleDriver
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(2); // vscode-languageclient's pause between workspace pulls
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = GeneratorOptions.Parse(args, out var rest);
        var dir = CheckDriver.Option(rest, "--dir") ?? Path.Combine(Path.GetTempPath(), "factlsp-bench", "check");
        var seconds = double.Parse(CheckDriver.Option(rest, "--seconds") ?? "60", CultureInfo.InvariantCulture);
        var dll = Figures.FactLspDll();
        if (dll is null)
        {
            Console.Error.WriteLine("Build the server first: dotnet build src/FactLsp/FactLsp.csproj -c Release");
            return 2;
        }
        var workspace = WorkspaceGenerator.Ensure(dir, options, Console.Out);
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores; server: dotnet {dll} serve; workspace {workspace.Articles.Count:N0} articles, {workspace.Sources.Count:N0} sources; {seconds:N0} s idle each");

        await using var client = LspClient.Start(dll, "serve");
        var rootUri = new Uri(workspace.Root).AbsoluteUri;
        var indexed = client.Expect("$/progress", p => p.TryGetProperty("value", out var v) && v.TryGetProperty("kind", out var k) && k.GetString() == "end", Timeout);
        var init = await client.RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            clientInfo = new { name = "factlsp-idle-driver", version = "1" },
            rootUri,
            workspaceFolders = new[] { new { uri = rootUri, name = "bench" } },
            capabilities = new
            {
                window = new { workDoneProgress = true },
                workspace = new { workspaceFolders = true, configuration = true, diagnostics = new { refreshSupport = true } },
                textDocument = new { diagnostic = new { relatedDocumentSupport = false } },
            },
        }, Timeout);
        if (init.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException($"initialize failed: {error}");
        }
        await client.NotifyAsync("initialized", new { });
        await indexed;
        // The first full report, which both phases start from (an editor gets it once when it opens).
        var clock = Stopwatch.StartNew();
        var first = await client.RequestAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() }, Timeout);
        var firstBytes = first.GetRawText().Length;
        Console.WriteLine($"  first workspace report: {first.GetProperty("result").GetProperty("items").GetArrayLength():N0} documents, {firstBytes / 1024.0:N0} KB in {Figures.Ms(clock.Elapsed.TotalMilliseconds)}");

        var before = await PhaseAsync(client, seconds, known: null);
        var known = Known(first);
        var after = await PhaseAsync(client, seconds, known);

        Console.WriteLine();
        Console.WriteLine("| idle, per minute | requests sent | messages received | JSON received |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (what, phase) in new[] { ("every pull answered in full", before), ("resultIds, held open", after) })
        {
            var perMinute = 60 / phase.Seconds;
            Console.WriteLine($"| {what} | {phase.Requests * perMinute:N1} | {phase.Messages * perMinute:N1} | {phase.Bytes * perMinute / 1024:N0} KB |");
        }
        await client.ShutdownAsync(TimeSpan.FromSeconds(30));
        return 0;
    }

    private sealed record Phase(double Seconds, int Requests, long Messages, long Bytes);

    private static JsonArray Known(JsonElement response) => new(response.GetProperty("result").GetProperty("items").EnumerateArray()
        .Select(i => (JsonNode)new JsonObject { ["uri"] = i.GetProperty("uri").GetString(), ["value"] = i.GetProperty("resultId").GetString() })
        .ToArray());

    /// <summary>Pulls as VS Code's client does for <paramref name="seconds"/>; <paramref name="known"/> null pulls without previousResultIds.</summary>
    private static async Task<Phase> PhaseAsync(LspClient client, double seconds, JsonArray? known)
    {
        var (bytes0, messages0) = client.Received;
        var clock = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(seconds);
        var requests = 0;
        while (clock.Elapsed < deadline)
        {
            object parameters = known is null
                ? new { }
                : new JsonObject { ["previousResultIds"] = known.DeepClone(), ["partialResultToken"] = $"idle-{requests}" };
            requests++;
            var answer = client.RequestAsync("workspace/diagnostic", parameters, Timeout);
            var left = deadline - clock.Elapsed;
            if (await Task.WhenAny(answer, Task.Delay(left > TimeSpan.Zero ? left : TimeSpan.Zero)) != answer)
            {
                break; // held open to the end of the phase
            }
            await Task.Delay(Pause);
        }
        var elapsed = clock.Elapsed.TotalSeconds;
        var (bytes1, messages1) = client.Received;
        return new Phase(elapsed, requests, messages1 - messages0, bytes1 - bytes0);
    }
}
