namespace FactLsp.Core.Matching;

/// <summary>Exact occurrences of a piece, on whole-word edges, under the case allowance.</summary>
internal static class ExactSearch
{
    /// <summary>
    /// Starts of the occurrences of <paramref name="pattern"/> lying inside [from, to), in order.
    /// Finds the longest case-exact stretch of the pattern with the vectorized ordinal IndexOf,
    /// then checks the rest (the case-free letters) and the word edges.
    /// </summary>
    public static IEnumerable<int> Occurrences(string text, PatternText pattern, int from, int to)
    {
        var m = pattern.Length;
        if (m == 0 || to - from < m)
        {
            yield break;
        }
        var (anchorStart, anchorLength) = LongestCaseExactRun(pattern);
        if (anchorLength == 0)
        {
            for (var s = from; s + m <= to; s++)
            {
                if (IsOccurrence(text, pattern, s))
                {
                    yield return s;
                }
            }
            yield break;
        }
        var anchor = pattern.Text.Substring(anchorStart, anchorLength);
        var position = from + anchorStart;
        var limit = to - (m - anchorStart - anchorLength); // the anchor must end by here
        while (position + anchorLength <= limit)
        {
            var found = text.AsSpan(position, limit - position).IndexOf(anchor, StringComparison.Ordinal);
            if (found < 0)
            {
                yield break;
            }
            var start = position + found - anchorStart;
            if (IsOccurrence(text, pattern, start))
            {
                yield return start;
            }
            position += found + 1;
        }
    }

    private static bool IsOccurrence(string text, PatternText pattern, int start) =>
        pattern.MatchesAt(text, start)
        && WordBoundaries.IsBoundary(text, start)
        && WordBoundaries.IsBoundary(text, start + pattern.Length);

    private static (int Start, int Length) LongestCaseExactRun(PatternText pattern)
    {
        int bestStart = 0, bestLength = 0, runStart = 0;
        for (var i = 0; i <= pattern.Length; i++)
        {
            if (i == pattern.Length || pattern.CaseFree[i])
            {
                if (i - runStart > bestLength)
                {
                    bestStart = runStart;
                    bestLength = i - runStart;
                }
                runStart = i + 1;
            }
        }
        return (bestStart, bestLength);
    }
}
