using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactLsp.Cli;

/// <summary>
/// Joins SARIF runs of FactLsp (a CI matrix's shards) into one run: the first run's tool, the rules
/// of all without repeats (each result's <c>ruleIndex</c> pointing into them), every result in an
/// order that depends on the results alone (file, position, rule, message), so the same shards merge
/// to the same bytes whatever order they are given in.
/// </summary>
internal static class SarifMerger
{
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    public static JsonObject Merge(IReadOnlyList<JsonObject> runs)
    {
        var rules = new JsonArray();
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var results = new List<JsonObject>();
        foreach (var run in runs)
        {
            var own = run["tool"]?["driver"]?["rules"] as JsonArray ?? [];
            foreach (var rule in own.OfType<JsonObject>())
            {
                if (rule["id"]?.GetValue<string>() is { } id && ruleIndex.TryAdd(id, rules.Count))
                {
                    rules.Add(rule.DeepClone());
                }
            }
            foreach (var result in (run["results"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var copy = (JsonObject)result.DeepClone();
                // A result may name its rule only by index, into its own run's rules.
                var id = StringOf(copy["ruleId"]) ?? (IntOf(copy["ruleIndex"]) is { } i && i >= 0 && i < own.Count ? StringOf(own[(int)i]?["id"]) : null);
                // Set in place, so the properties keep their order and a merged result reads as the shard wrote it.
                if (id is not null && ruleIndex.TryGetValue(id, out var index))
                {
                    copy["ruleId"] = id;
                    copy["ruleIndex"] = index;
                }
                else
                {
                    copy.Remove("ruleIndex");
                }
                results.Add(copy);
            }
        }

        var keyed = results.Select(r => (Key: SortKey(r), Text: r.ToJsonString(), Result: r)).ToList();
        keyed.Sort((a, b) =>
        {
            var byKey = CompareKeys(a.Key, b.Key);
            return byKey != 0 ? byKey : string.CompareOrdinal(a.Text, b.Text);
        });

        var driver = (JsonObject)(runs.Count > 0 && runs[0]["tool"]?["driver"] is JsonObject first ? first.DeepClone() : new JsonObject { ["name"] = "FactLsp" });
        driver["rules"] = rules;
        var merged = new JsonObject { ["tool"] = new JsonObject { ["driver"] = driver } };
        if (runs.Count > 0 && runs[0]["columnKind"] is { } columnKind)
        {
            merged["columnKind"] = columnKind.DeepClone();
        }
        merged["results"] = new JsonArray(keyed.Select(k => (JsonNode)k.Result).ToArray());
        return new JsonObject
        {
            ["$schema"] = Schema,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(merged),
        };
    }

    public static void Write(JsonObject log, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        log.WriteTo(json);
    }

    private static (string Uri, long StartLine, long StartColumn, long EndLine, long EndColumn, string Rule, string Message) SortKey(JsonObject result)
    {
        var location = (result["locations"] as JsonArray)?.FirstOrDefault()?["physicalLocation"];
        var region = location?["region"];
        return (StringOf(location?["artifactLocation"]?["uri"]) ?? string.Empty,
            IntOf(region?["startLine"]) ?? 0, IntOf(region?["startColumn"]) ?? 0, IntOf(region?["endLine"]) ?? 0, IntOf(region?["endColumn"]) ?? 0,
            StringOf(result["ruleId"]) ?? string.Empty, StringOf(result["message"]?["text"]) ?? string.Empty);
    }

    private static int CompareKeys((string, long, long, long, long, string, string) a, (string, long, long, long, long, string, string) b)
    {
        var c = string.CompareOrdinal(a.Item1, b.Item1);
        c = c != 0 ? c : a.Item2.CompareTo(b.Item2);
        c = c != 0 ? c : a.Item3.CompareTo(b.Item3);
        c = c != 0 ? c : a.Item4.CompareTo(b.Item4);
        c = c != 0 ? c : a.Item5.CompareTo(b.Item5);
        c = c != 0 ? c : string.CompareOrdinal(a.Item6, b.Item6);
        c = c != 0 ? c : string.CompareOrdinal(a.Item7, b.Item7);
        return c;
    }

    private static string? StringOf(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;

    private static long? IntOf(JsonNode? node) => node is JsonValue value && value.TryGetValue<long>(out var n) ? n : null;
}
