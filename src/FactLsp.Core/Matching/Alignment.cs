namespace FactLsp.Core.Matching;

/// <summary>
/// Small dynamic-programming helpers on short stretches (a quote and a passage about its size),
/// plus the plain O(n·m) search that serves as the oracle for <see cref="MyersSearch"/>.
/// </summary>
public static class Alignment
{
    /// <summary>The Levenshtein distance between the whole pattern and the whole <paramref name="passage"/>.</summary>
    public static int Distance(PatternText pattern, ReadOnlySpan<char> passage)
    {
        var m = pattern.Length;
        var row = new int[passage.Length + 1];
        for (var j = 0; j <= passage.Length; j++)
        {
            row[j] = j;
        }
        for (var i = 1; i <= m; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= passage.Length; j++)
            {
                var above = row[j];
                var cost = pattern.Matches(i - 1, passage[j - 1]) ? 0 : 1;
                row[j] = Math.Min(Math.Min(above + 1, row[j - 1] + 1), diagonal + cost);
                diagonal = above;
            }
        }
        return row[passage.Length];
    }

    /// <summary>
    /// Given an approximate occurrence ending at <paramref name="end"/> (exclusive) with the least
    /// distance <paramref name="distance"/>, finds its start: aligns the pattern backwards from the
    /// end over at most m + distance characters (O(m·(m + k)), independent of the source's size).
    /// Among starts reaching the distance it prefers one at a word start, then the shortest passage.
    /// </summary>
    public static int BestStart(ReadOnlySpan<char> text, PatternText pattern, int end, int distance, int lowerBound = 0)
    {
        var m = pattern.Length;
        var width = Math.Min(end - lowerBound, m + distance);
        // row[j]: distance between the pattern's last i characters and text[end - j, end).
        var row = new int[width + 1];
        for (var j = 0; j <= width; j++)
        {
            row[j] = j;
        }
        for (var i = 1; i <= m; i++)
        {
            var p = m - i;
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= width; j++)
            {
                var above = row[j];
                var cost = pattern.Matches(p, text[end - j]) ? 0 : 1;
                row[j] = Math.Min(Math.Min(above + 1, row[j - 1] + 1), diagonal + cost);
                diagonal = above;
            }
        }
        var best = -1;
        var bestScore = int.MaxValue;
        for (var j = 0; j <= width; j++)
        {
            if (row[j] < bestScore)
            {
                bestScore = row[j];
                best = j;
            }
        }
        for (var j = 0; j <= width; j++)
        {
            if (row[j] == bestScore && WordBoundaries.IsWordStart(text, end - j))
            {
                return end - j;
            }
        }
        return end - best;
    }

    /// <summary>
    /// The plain O(n·m) semi-global search: the baseline the bit-parallel search must agree with
    /// (property tests) and is measured against (benchmark). Not used by the matcher.
    /// </summary>
    public static EndMatch SearchBaseline(ReadOnlySpan<char> text, PatternText pattern)
    {
        var m = pattern.Length;
        if (m == 0)
        {
            return new EndMatch(0, 0, text.Length);
        }
        if (text.Length == 0)
        {
            return EndMatch.None; // like MyersSearch: an end is reported after a source character
        }
        // column[i]: distance of pattern[0, i) against the best substring ending here.
        var column = new int[m + 1];
        for (var i = 0; i <= m; i++)
        {
            column[i] = i;
        }
        var best = int.MaxValue;
        int firstEnd = -1, lastEnd = -1;
        for (var j = 0; j < text.Length; j++)
        {
            var c = text[j];
            var diagonal = column[0]; // the top row is all zeros: a match may start anywhere
            for (var i = 1; i <= m; i++)
            {
                var left = column[i];
                var cost = pattern.Matches(i - 1, c) ? 0 : 1;
                column[i] = Math.Min(Math.Min(left + 1, column[i - 1] + 1), diagonal + cost);
                diagonal = left;
            }
            if (column[m] < best)
            {
                best = column[m];
                firstEnd = lastEnd = j + 1;
            }
            else if (column[m] == best)
            {
                lastEnd = j + 1;
            }
        }
        return new EndMatch(best, firstEnd, lastEnd);
    }
}

/// <summary>Word edges in normalized text: a quote's words must be the source's whole words.</summary>
public static class WordBoundaries
{
    public static bool IsWordChar(char c) => c < 128
        ? char.IsAsciiLetterOrDigit(c) // the common case, without a category lookup
        : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>True unless <paramref name="index"/> falls between two word characters.</summary>
    public static bool IsBoundary(ReadOnlySpan<char> text, int index) =>
        index <= 0 || index >= text.Length || !IsWordChar(text[index - 1]) || !IsWordChar(text[index]);

    /// <summary>True when a word starts at <paramref name="index"/> or the index is not inside a word.</summary>
    public static bool IsWordStart(ReadOnlySpan<char> text, int index) => IsBoundary(text, index);

    /// <summary>Moves <paramref name="start"/> back and <paramref name="end"/> forward to the edges of the words they cut.</summary>
    public static (int Start, int End) Expand(ReadOnlySpan<char> text, int start, int end)
    {
        while (start > 0 && start < text.Length && IsWordChar(text[start - 1]) && IsWordChar(text[start]))
        {
            start--;
        }
        while (end > 0 && end < text.Length && IsWordChar(text[end - 1]) && IsWordChar(text[end]))
        {
            end++;
        }
        return (start, end);
    }
}
