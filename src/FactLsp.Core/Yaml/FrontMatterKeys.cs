using F23.StringSimilarity;
using YamlDotNet.RepresentationModel;

namespace FactLsp.Core.Yaml;

/// <summary>
/// Spec v1.1 §3: front matter may carry keys of its own (a site generator's <c>tags</c>, <c>layout</c>, a
/// <c>note</c>); only a key a letter or two away from one FactLsp reads (<c>titel</c>, <c>speakr</c>) gets a
/// hint naming that key. Reported as <c>invalid-yaml</c> at hint severity (docs/annotation-language.md says why).
/// </summary>
public static class FrontMatterKeys
{
    private static readonly OptimalStringAlignment Edits = new();

    // Keys site generators print on every page that happen to lie a letter away from one of ours:
    // Jekyll's `published: false` is not a misspelt `publisher`.
    private static readonly HashSet<string> OtherToolsKeys = new(StringComparer.OrdinalIgnoreCase) { "published" };

    /// <summary>The known key <paramref name="key"/> is likely a typo of, or null for a key of the writer's own.</summary>
    /// <remarks>
    /// Edits are counted with transpositions as one (<c>titel</c> → <c>title</c> is one edit). A short key allows one
    /// edit, a key of six letters or more two: two edits in a four-letter word make another word (<c>note</c> is two
    /// edits from <c>date</c>), not a typo. Case is ignored: <c>Title</c> is not read either, and says what was meant.
    /// </remarks>
    public static string? LikelyTypo(string key, IEnumerable<string> known)
    {
        if (key.Length < 2 || OtherToolsKeys.Contains(key) || known.Contains(key, StringComparer.Ordinal))
        {
            return null;
        }
        var lower = key.ToLowerInvariant();
        var allowed = lower.Length >= 6 ? 2 : 1;
        return known
            .Select(k => (Key: k, Distance: (int)Edits.Distance(lower, k)))
            .Where(x => x.Distance <= allowed)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Key, StringComparer.Ordinal)
            .Select(x => x.Key)
            .FirstOrDefault();
    }

    /// <summary>Adds a hint for each key of <paramref name="map"/> that is not known but is a likely typo of a known key.</summary>
    /// <param name="what">What the keys describe, for the message: "source", "article".</param>
    public static void HintTypos(YamlText yaml, YamlMappingNode map, IReadOnlyCollection<string> known, string what, List<YamlProblem> problems)
    {
        foreach (var keyNode in map.Children.Keys)
        {
            if (YamlText.Scalar(keyNode) is not { } key || known.Contains(key) || LikelyTypo(key, known) is not { } meant)
            {
                continue;
            }
            problems.Add(new YamlProblem(yaml.SpanOf(keyNode),
                $"FactLsp reads no {what} key '{key}': did you mean '{meant}'? (Keys of your own are allowed and left alone.)")
            { IsHint = true });
        }
    }
}
