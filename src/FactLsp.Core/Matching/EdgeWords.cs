namespace FactLsp.Core.Matching;

/// <summary>
/// Keeps a close passage from being cut short of the quote's first or last word.
/// </summary>
/// <remarks>
/// The least-distance passage may stop before the quote's last word when the quote left out a word
/// near its end: for “… dollars every year” against “… dollars every single year”, deleting the
/// quote's “ year” (5) costs less than inserting the source's “single ” (7), so the closest passage
/// is “… dollars every”, and the misquote fix offered that: the quote cut short. The same happens at
/// the start. A passage that does not end with the quote's last word is therefore carried on to the
/// next whole-word occurrence of that word, and one that does not start with the quote's first word
/// back to the previous one, when the passage so reached is still within the allowed distance: the
/// fix then gives the source's words for the whole quote (“… dollars every single year”).
/// </remarks>
internal static class EdgeWords
{
    public static (int Start, int End, int Distance) Reach(ReadOnlySpan<char> text, PatternText pattern, int start, int end, int distance, int k)
    {
        if (distance == 0 || end <= start)
        {
            return (start, end, distance);
        }
        var first = FirstWord(pattern.Text);
        var last = LastWord(pattern.Text);
        var newStart = start;
        var newEnd = end;
        if (last.Length > 0 && !LastWord(text[start..end]).Equals(last, StringComparison.OrdinalIgnoreCase))
        {
            // Every character beyond the passage costs at most one edit: look no further than the budget allows.
            var limit = Math.Min(text.Length, end + k + last.Length + 1);
            var found = IndexOfWord(text, end, limit, last, fromEnd: false);
            if (found >= 0)
            {
                newEnd = found + last.Length;
            }
        }
        if (first.Length > 0 && !FirstWord(text[start..end]).Equals(first, StringComparison.OrdinalIgnoreCase))
        {
            var limit = Math.Max(0, start - k - first.Length - 1);
            var found = IndexOfWord(text, limit, start, first, fromEnd: true);
            if (found >= 0)
            {
                newStart = found;
            }
        }
        if (newStart == start && newEnd == end)
        {
            return (start, end, distance);
        }
        var reached = Alignment.Distance(pattern, text[newStart..newEnd]);
        return reached <= k ? (newStart, newEnd, reached) : (start, end, distance);
    }

    /// <summary>The first run of word characters in <paramref name="text"/>, or empty.</summary>
    internal static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && !WordBoundaries.IsWordChar(text[i]))
        {
            i++;
        }
        var j = i;
        while (j < text.Length && WordBoundaries.IsWordChar(text[j]))
        {
            j++;
        }
        return text[i..j];
    }

    /// <summary>The last run of word characters in <paramref name="text"/>, or empty.</summary>
    internal static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text)
    {
        var j = text.Length;
        while (j > 0 && !WordBoundaries.IsWordChar(text[j - 1]))
        {
            j--;
        }
        var i = j;
        while (i > 0 && WordBoundaries.IsWordChar(text[i - 1]))
        {
            i--;
        }
        return text[i..j];
    }

    /// <summary>The first (or last) whole-word occurrence of <paramref name="word"/> inside text[from, to), case ignored, or -1.</summary>
    private static int IndexOfWord(ReadOnlySpan<char> text, int from, int to, ReadOnlySpan<char> word, bool fromEnd)
    {
        var found = -1;
        for (var i = from; i + word.Length <= to; i++)
        {
            if ((i == 0 || !WordBoundaries.IsWordChar(text[i - 1]))
                && (i + word.Length == text.Length || !WordBoundaries.IsWordChar(text[i + word.Length]))
                && text.Slice(i, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                found = i;
                if (!fromEnd)
                {
                    return found;
                }
            }
        }
        return found;
    }
}
