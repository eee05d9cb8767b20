using FactLsp.Core.Diagnostics;
using FactLsp.Core.Text;
using FactLsp.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FactLsp.Core.Configuration;

/// <summary>Reads <c>factlsp.yaml</c>. Whatever is wrong is reported on the file; the rest of it still applies.</summary>
public static class ConfigLoader
{
    private static readonly HashSet<string> Keys = ["articles", "sources", "people", "exclude", "rules", "matching"];

    public static (FactLspConfig Config, IReadOnlyList<YamlProblem> Problems) Parse(string text)
    {
        var yaml = YamlText.Parse(text);
        var problems = new List<YamlProblem>(yaml.Problems);
        var config = FactLspConfig.Default;
        if (yaml.Root is null)
        {
            return (config, problems);
        }
        if (yaml.Root is not YamlMappingNode map)
        {
            problems.Add(new YamlProblem(yaml.SpanOf(yaml.Root), "factlsp.yaml should be a mapping of settings; the defaults apply."));
            return (config, problems);
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var key = YamlText.Scalar(keyNode) ?? string.Empty;
            if (!Keys.Contains(key))
            {
                problems.Add(new YamlProblem(yaml.SpanOf(keyNode), $"Unknown setting '{key}'. Known settings: {string.Join(", ", Keys)}.", IsWarning: true));
                continue;
            }
            switch (key)
            {
                case "articles": config = config with { Articles = Globs(yaml, value, problems, key) ?? config.Articles }; break;
                case "sources": config = config with { Sources = Globs(yaml, value, problems, key) ?? config.Sources }; break;
                case "people": config = config with { People = Globs(yaml, value, problems, key) ?? config.People }; break;
                case "exclude": config = config with { Exclude = Globs(yaml, value, problems, key) ?? config.Exclude }; break;
                case "rules": config = config with { RuleSeverities = RuleSeverities(yaml, value, problems) }; break;
                case "matching": config = Matching(yaml, value, problems, config); break;
            }
        }
        return (config, problems);
    }

    private static IReadOnlyList<string>? Globs(YamlText yaml, YamlNode value, List<YamlProblem> problems, string key)
    {
        if (value is YamlSequenceNode or YamlScalarNode)
        {
            return YamlText.Strings(value);
        }
        problems.Add(new YamlProblem(yaml.SpanOf(value), $"'{key}' should be a list of glob patterns."));
        return null;
    }

    private static Dictionary<string, Severity> RuleSeverities(YamlText yaml, YamlNode value, List<YamlProblem> problems)
    {
        var result = new Dictionary<string, Severity>(StringComparer.Ordinal);
        if (value is not YamlMappingNode rules)
        {
            if (!YamlText.IsNull(value))
            {
                problems.Add(new YamlProblem(yaml.SpanOf(value), "'rules' should map rule names to error, warning, info, hint or off."));
            }
            return result;
        }
        foreach (var (ruleNode, severityNode) in rules.Children)
        {
            var code = YamlText.Scalar(ruleNode) ?? string.Empty;
            if (Diagnostics.Rules.Find(code) is null)
            {
                problems.Add(new YamlProblem(yaml.SpanOf(ruleNode), $"Unknown rule '{code}'."));
                continue;
            }
            if (!SeverityNames.TryParse(YamlText.Scalar(severityNode), out var severity))
            {
                problems.Add(new YamlProblem(yaml.SpanOf(severityNode), $"'{YamlText.Scalar(severityNode)}' is not a severity: use error, warning, info, hint or off."));
                continue;
            }
            result[code] = severity;
        }
        return result;
    }

    private static FactLspConfig Matching(YamlText yaml, YamlNode value, List<YamlProblem> problems, FactLspConfig config)
    {
        if (value is not YamlMappingNode matching)
        {
            problems.Add(new YamlProblem(yaml.SpanOf(value), "'matching' should be a mapping."));
            return config;
        }
        foreach (var (keyNode, v) in matching.Children)
        {
            var key = YamlText.Scalar(keyNode);
            if (key != "misquote-similarity")
            {
                problems.Add(new YamlProblem(yaml.SpanOf(keyNode), $"Unknown matching setting '{key}'. Known: misquote-similarity.", IsWarning: true));
                continue;
            }
            if (double.TryParse(YamlText.Scalar(v), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var similarity)
                && similarity is > 0 and <= 1)
            {
                config = config with { MisquoteSimilarity = similarity };
            }
            else
            {
                problems.Add(new YamlProblem(yaml.SpanOf(v), "'misquote-similarity' should be a number above 0 and at most 1."));
            }
        }
        return config;
    }
}
