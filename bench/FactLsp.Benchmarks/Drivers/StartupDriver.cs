using System.Diagnostics;
using System.Globalization;
using FactLsp.Benchmarks.Lsp;

namespace FactLsp.Benchmarks.Drivers;

/// <summary>
/// <c>startup-driver [--runs 11] [--workspace DIR] -- COMMAND [ARGS…]</c>: how long an editor waits
/// for the server. Each run starts <c>COMMAND ARGS… serve</c> afresh (a published binary, or
/// <c>dotnet factlsp.dll</c>), times process start → the <c>initialize</c> answer, then shuts it down
/// cleanly; prints p50, p95, min and max, and the server's CPU time to the answer (steadier when
/// the machine is shared). The first run is counted (an editor's start is a cold
/// process too, though the files are in the page cache after it).
/// </summary>
internal static class StartupDriver
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    public static async Task<int> RunAsync(string[] args)
    {
        var separator = Array.IndexOf(args, "--");
        if (separator < 0 || separator == args.Length - 1)
        {
            Console.Error.WriteLine("usage: startup-driver [--runs N] [--workspace DIR] -- COMMAND [ARGS…]   (COMMAND ARGS… serve is started)");
            return 2;
        }
        var options = args[..separator].ToList();
        var command = args[(separator + 1)..];
        var runs = int.Parse(CheckDriver.Option(options, "--runs") ?? "11", CultureInfo.InvariantCulture);
        var workspace = Path.GetFullPath(CheckDriver.Option(options, "--workspace") ?? Path.Combine(Figures.RepositoryRoot(), "examples"));
        var rootUri = new Uri(workspace).AbsoluteUri;

        var times = new List<double>();
        var cpu = new List<double>(); // the server's CPU time to the answer: steadier than wall time on a busy machine
        for (var run = 1; run <= runs; run++)
        {
            var clock = Stopwatch.StartNew();
            await using var client = LspClient.StartCommand(command[0], [.. command[1..], "serve"]);
            var answer = await client.RequestAsync("initialize", new
            {
                processId = Environment.ProcessId,
                clientInfo = new { name = "factlsp-bench", version = "1" },
                rootUri,
                workspaceFolders = new[] { new { uri = rootUri, name = "startup" } },
                capabilities = new { },
            }, Timeout);
            var ms = clock.Elapsed.TotalMilliseconds;
            if (!answer.TryGetProperty("result", out _))
            {
                Console.Error.WriteLine($"run {run}: initialize failed: {answer}\n{client.Stderr}");
                return 1;
            }
            times.Add(ms);
            cpu.Add(client.ProcessorTime.TotalMilliseconds);
            await client.NotifyAsync("initialized", new { });
            await client.ShutdownAsync(Timeout);
        }
        Console.WriteLine($"{string.Join(' ', command)} serve: start → initialize answer over {runs} runs: " +
                          $"p50 {Figures.Ms(Figures.Percentile(times, 50))}, p95 {Figures.Ms(Figures.Percentile(times, 95))}, " +
                          $"min {Figures.Ms(times.Min())}, max {Figures.Ms(times.Max())}; server CPU to the answer p50 {Figures.Ms(Figures.Percentile(cpu, 50))}");
        return 0;
    }
}
