namespace FactLsp.Core.Model;

/// <summary>The id grammar of the spec: a letter or digit, then letters, digits, '-', '_', '.', ':'.</summary>
public static class Ids
{
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || !char.IsLetterOrDigit(id[0]))
        {
            return false;
        }
        foreach (var c in id)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('-' or '_' or '.' or ':'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The ids closest to <paramref name="id"/>, nearest first: for "did you mean" and quick fixes.</summary>
    public static IReadOnlyList<string> Nearest(string id, IEnumerable<string> candidates, int max = 3)
    {
        // The id lowered once, not once per candidate: an unknown id is compared with every source or person.
        var lower = id.ToLowerInvariant();
        var scored = candidates
            .Distinct(StringComparer.Ordinal)
            .Select(c => (Id: c, Distance: Distance(lower, c.ToLowerInvariant())))
            .Where(x => x.Distance <= Math.Max(2, Math.Max(id.Length, x.Id.Length) / 2)
                        || x.Id.Contains(id, StringComparison.OrdinalIgnoreCase)
                        || id.Contains(x.Id, StringComparison.OrdinalIgnoreCase))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Id)
            .ToList();
        return scored;
    }

    /// <summary>
    /// The registered ids that <paramref name="id"/> is most likely a typo of: other ids within one edit (two for ids of
    /// eight characters or more, where a swapped pair is two), or the same but for case. Stricter than
    /// <see cref="Nearest"/>, for places where an unregistered id may be meant (a source's own label map).
    /// </summary>
    public static IReadOnlyList<string> NearMisses(string id, IEnumerable<string> candidates)
    {
        var lower = id.ToLowerInvariant();
        var limit = id.Length >= 8 ? 2 : 1;
        return candidates
            .Where(c => !string.Equals(c, id, StringComparison.Ordinal))
            .Select(c => (Id: c, Distance: Distance(lower, c.ToLowerInvariant())))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(3)
            .Select(x => x.Id)
            .ToList();
    }

    // Ids are short: the textbook two-row Levenshtein is all they need.
    private static int Distance(string a, string b)
    {
        Span<int> previous = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.Length];
    }
}
