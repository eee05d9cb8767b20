using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FactLsp.Cli;

/// <summary>
/// <c>factlsp merge-sarif OUT IN…</c>: joins the SARIF files of a CI matrix's shards into one run
/// (see <see cref="SarifMerger"/>). Input that is missing, not SARIF, not FactLsp's, or a shard
/// given twice is a usage error: one line on standard error, exit 2. Shards missing from a full set
/// are merged all the same, with a warning.
/// </summary>
internal static partial class MergeSarifCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Argument<string>("OUT") { Description = "The merged SARIF file to write ('-': standard output)." };
        var inputs = new Argument<string[]>("IN") { Description = "SARIF files written by 'factlsp check --format sarif', such as one per shard.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("merge-sarif", "Join SARIF files of 'check --shard K/N' runs into one run with every result.") { output, inputs };
        command.SetAction((result, _) => RunAsync(result.GetValue(output)!, result.GetValue(inputs) ?? [], console));
        return command;
    }

    public static async Task<int> RunAsync(string output, string[] inputs, CliConsole console)
    {
        var runs = new List<JsonObject>();
        var shards = new Dictionary<(int Index, int Count), string>();
        foreach (var input in inputs)
        {
            var (fileRuns, error) = ReadRuns(input);
            if (error is not null)
            {
                await console.Error.WriteLineAsync($"factlsp: {error}");
                return CommandLine.ExitUsage;
            }
            foreach (var run in fileRuns!)
            {
                if (ShardOf(run) is { } shard)
                {
                    if (shards.TryGetValue(shard, out var earlier))
                    {
                        await console.Error.WriteLineAsync($"factlsp: '{input}' repeats shard {shard.Index} of {shard.Count}, already in '{earlier}'; its results would be counted twice.");
                        return CommandLine.ExitUsage;
                    }
                    if (shards.Keys.FirstOrDefault(s => s.Count != shard.Count) is { Count: > 0 } other)
                    {
                        await console.Error.WriteLineAsync($"factlsp: '{input}' is shard {shard.Index} of {shard.Count} but '{shards[other]}' is shard {other.Index} of {other.Count}; shards of different splits overlap.");
                        return CommandLine.ExitUsage;
                    }
                    shards[shard] = input;
                }
                runs.Add(run);
            }
        }
        if (shards.Count > 0)
        {
            var count = shards.Keys.First().Count;
            var missing = Enumerable.Range(1, count).Where(k => !shards.ContainsKey((k, count))).ToList();
            if (missing.Count > 0)
            {
                await console.Error.WriteLineAsync($"factlsp: warning: shard{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)} of {count} missing; the merged file lacks their results.");
            }
        }

        var merged = SarifMerger.Merge(runs);
        try
        {
            if (output == "-")
            {
                SarifMerger.Write(merged, console.Output);
                console.Output.Flush();
            }
            else
            {
                await using var stream = File.Create(output);
                SarifMerger.Write(merged, stream);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"factlsp: cannot write '{output}': {e.Message}");
            return CommandLine.ExitUsage;
        }
        if (output != "-")
        {
            var results = ((JsonArray)merged["runs"]![0]!["results"]!).Count;
            await console.Error.WriteLineAsync($"Merged {runs.Count} run{(runs.Count == 1 ? "" : "s")} from {inputs.Length} file{(inputs.Length == 1 ? "" : "s")}: {results:N0} result{(results == 1 ? "" : "s")} in {output}.");
        }
        return CommandLine.ExitOk;
    }

    /// <summary>The runs of one SARIF file, or why it cannot be merged.</summary>
    private static (IReadOnlyList<JsonObject>? Runs, string? Error) ReadRuns(string path)
    {
        if (Directory.Exists(path) || !File.Exists(path))
        {
            return (null, $"cannot read '{path}': no such file.");
        }
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllBytes(path), documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            return (null, $"'{path}' is not SARIF: it is not JSON ({FirstLine(e.Message)})");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read '{path}': {FirstLine(e.Message)}");
        }
        if (root is not JsonObject log || log["version"] is not JsonValue version || !version.TryGetValue<string>(out var v) || v != "2.1.0" || log["runs"] is not JsonArray runs)
        {
            return (null, $"'{path}' is not SARIF 2.1.0: it needs \"version\": \"2.1.0\" and a \"runs\" array.");
        }
        var found = new List<JsonObject>();
        foreach (var node in runs)
        {
            if (node is not JsonObject run || run["tool"]?["driver"]?["name"] is not JsonValue name || !name.TryGetValue<string>(out var tool))
            {
                return (null, $"'{path}' is not SARIF 2.1.0: a run has no tool.driver.name.");
            }
            if (tool != "FactLsp")
            {
                return (null, $"'{path}' holds a run of '{tool}'; merge-sarif joins FactLsp's runs only.");
            }
            if (run["results"] is { } results && results is not JsonArray)
            {
                return (null, $"'{path}' is not SARIF 2.1.0: a run's \"results\" is not an array.");
            }
            found.Add(run);
        }
        return (found, null);
    }

    /// <summary>The shard a run came from, by its <c>runAutomationDetails.id</c> ("factlsp/shard-K-of-N/"), or null for a whole check.</summary>
    private static (int Index, int Count)? ShardOf(JsonObject run)
    {
        if (run["runAutomationDetails"]?["id"] is JsonValue id && id.TryGetValue<string>(out var text) && ShardId().Match(text) is { Success: true } match)
        {
            return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        }
        return null;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    [GeneratedRegex(@"^factlsp/shard-([0-9]{1,9})-of-([0-9]{1,9})/")]
    private static partial Regex ShardId();
}
