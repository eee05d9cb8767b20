using System.Text.Json;
using FactLsp.Core.Configuration;
using FactLsp.Core.Diagnostics;

namespace FactLsp.Server.Workspace;

/// <summary>
/// The client's `factlsp` settings: `{ rules: {rule: severity}, matching: {misquoteSimilarity},
/// inlayHints: {enabled}, cache: {enabled} }`, merged over factlsp.yaml. Anything malformed is ignored, never fatal.
/// </summary>
/// <param name="Section">The section exactly as the client gave it (null: none), which the rest is read from.</param>
/// <param name="Cache">Whether the on-disk cache (.factlsp/cache/) is used: on unless `cache: { enabled: false }`.</param>
public sealed record ServerSettings(ConfigOverrides Overrides, bool InlayHints, JsonElement? Section = null, bool Cache = true)
{
    public static ServerSettings Default { get; } = new(ConfigOverrides.None, true);

    public static ServerSettings From(JsonElement? settings)
    {
        if (settings is not { ValueKind: JsonValueKind.Object } root)
        {
            return Default with { Section = settings };
        }
        var rules = new Dictionary<string, Severity>(StringComparer.Ordinal);
        if (root.TryGetProperty("rules", out var rulesElement) && rulesElement.ValueKind == JsonValueKind.Object)
        {
            foreach (var rule in rulesElement.EnumerateObject())
            {
                if (Rules.Find(rule.Name) is not null && rule.Value.ValueKind == JsonValueKind.String && SeverityNames.TryParse(rule.Value.GetString(), out var severity))
                {
                    rules[rule.Name] = severity;
                }
            }
        }
        double? similarity = null;
        if (root.TryGetProperty("matching", out var matching) && matching.ValueKind == JsonValueKind.Object
            && matching.TryGetProperty("misquoteSimilarity", out var value) && value.ValueKind == JsonValueKind.Number
            && value.GetDouble() is > 0 and <= 1)
        {
            similarity = value.GetDouble();
        }
        var inlay = !(root.TryGetProperty("inlayHints", out var hints) && hints.ValueKind == JsonValueKind.Object
            && hints.TryGetProperty("enabled", out var enabled) && enabled.ValueKind == JsonValueKind.False);
        // The on-disk cache (.factlsp/cache/): on unless `cache: { enabled: false }`.
        var cache = !(root.TryGetProperty("cache", out var cacheElement) && cacheElement.ValueKind == JsonValueKind.Object
            && cacheElement.TryGetProperty("enabled", out var cacheEnabled) && cacheEnabled.ValueKind == JsonValueKind.False);
        return new ServerSettings(new ConfigOverrides(rules, similarity), inlay, settings, cache);
    }
}
