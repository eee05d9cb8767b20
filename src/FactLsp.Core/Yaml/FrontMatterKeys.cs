using FactLsp.Core.Text;
using YamlDotNet.RepresentationModel;

namespace FactLsp.Core.Yaml;

/// <summary>
/// Spec v1.1 §3: front matter may carry keys of its own (a site generator's <c>tags</c>, <c>layout</c>, a
/// <c>note</c>); only a key a letter or two away from one FactLsp reads (<c>titel</c>, <c>speakr</c>) gets a
/// hint naming that key. Reported as <c>invalid-yaml</c> at hint severity (docs/annotation-language.md says why).
/// </summary>
public static class FrontMatterKeys
{
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
        // The nearest known key within the allowance, the first in ordinal order among equals. Every front
        // matter key of every article comes here: no LINQ, no matrix per pair, and a key whose length alone
        // is too far off (an edit distance is at least the difference in length) is not measured at all.
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            if (Math.Abs(candidate.Length - lower.Length) > allowed)
            {
                continue;
            }
            var distance = Distance(lower, candidate);
            if (distance <= allowed && (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>
    /// The optimal string alignment distance (Levenshtein with adjacent transpositions, no substring edited
    /// twice), as F23.StringSimilarity's <c>OptimalStringAlignment</c> counts it, on three rows of the matrix.
    /// </summary>
    internal static int Distance(string a, string b)
    {
        if (a == b)
        {
            return 0;
        }
        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }
        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 768 ? stackalloc int[width * 3] : new int[width * 3];
        var before = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(previous[j - 1] + cost, Math.Min(current[j - 1] + 1, previous[j] + 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, before[j - 2] + cost);
                }
                current[j] = d;
            }
            var spent = before;
            before = previous;
            previous = current;
            current = spent;
        }
        return previous[b.Length];
    }

    /// <summary>Adds a hint for each key of <paramref name="map"/> that is not known but is a likely typo of a known key.</summary>
    /// <param name="what">What the keys describe, for the message: "source", "article".</param>
    public static void HintTypos(YamlText yaml, YamlMappingNode map, IReadOnlyCollection<string> known, string what, List<YamlProblem> problems)
    {
        foreach (var keyNode in map.Children.Keys)
        {
            if (YamlText.Scalar(keyNode) is { } key && Hint(key, yaml.SpanOf(keyNode), known, what) is { } hint)
            {
                problems.Add(hint);
            }
        }
    }

    /// <summary>The hint for <paramref name="key"/> (at <paramref name="span"/>) when it is not known but is a likely typo of a known key, else null.</summary>
    internal static YamlProblem? Hint(string key, TextSpan span, IReadOnlyCollection<string> known, string what) =>
        known.Contains(key) || LikelyTypo(key, known) is not { } meant
            ? null
            : new YamlProblem(span, $"FactLsp reads no {what} key '{key}': did you mean '{meant}'? (Keys of your own are allowed and left alone.)") { IsHint = true };
}
