using FactLsp.Core.Diagnostics;

namespace FactLsp.Core.Configuration;

/// <summary>The settings of a workspace: <c>factlsp.yaml</c> over the defaults, and editor settings over both.</summary>
public sealed record FactLspConfig(
    IReadOnlyList<string> Articles,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Exclude,
    IReadOnlyDictionary<string, Severity> RuleSeverities,
    double MisquoteSimilarity)
{
    public const string FileName = "factlsp.yaml";

    public static FactLspConfig Default { get; } = new(
        ["**/*.md"],
        ["sources/**"],
        ["people.yaml"],
        [".git/**", "node_modules/**", "bin/**", "obj/**"],
        new Dictionary<string, Severity>(),
        0.8);

    public Severity SeverityOf(Rule rule) => RuleSeverities.TryGetValue(rule.Code, out var s) ? s : rule.DefaultSeverity;

    /// <summary>Editor settings merged over this configuration: only what they set changes.</summary>
    public FactLspConfig With(ConfigOverrides? overrides)
    {
        if (overrides is null)
        {
            return this;
        }
        var rules = new Dictionary<string, Severity>(RuleSeverities);
        foreach (var (code, severity) in overrides.RuleSeverities)
        {
            rules[code] = severity;
        }
        return this with { RuleSeverities = rules, MisquoteSimilarity = overrides.MisquoteSimilarity ?? MisquoteSimilarity };
    }

    public bool SameAs(FactLspConfig other) =>
        Articles.SequenceEqual(other.Articles) && Sources.SequenceEqual(other.Sources) && People.SequenceEqual(other.People)
        && Exclude.SequenceEqual(other.Exclude) && MisquoteSimilarity.Equals(other.MisquoteSimilarity)
        && RuleSeverities.Count == other.RuleSeverities.Count
        && RuleSeverities.All(kv => other.RuleSeverities.TryGetValue(kv.Key, out var s) && s == kv.Value);
}

/// <summary>What an editor's settings (section <c>factlsp</c>) may change.</summary>
public sealed record ConfigOverrides(IReadOnlyDictionary<string, Severity> RuleSeverities, double? MisquoteSimilarity)
{
    public static ConfigOverrides None { get; } = new(new Dictionary<string, Severity>(), null);
}
