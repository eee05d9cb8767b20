namespace FactLsp.Core.Matching;

/// <summary>
/// The words around each place where a source's cleaned spoken text (<see cref="SpokenSource"/>) is not a copy of its
/// normalized text, hashed: enough to tell, without building or searching the cleaned text, that a quote not found
/// word for word in the normalized text cannot be found in the cleaned one either (<see cref="MayHold"/>).
/// </summary>
/// <remarks>
/// <para>The cleaned text C is the normalized text N with stretches left out: a concatenation of N's stretches
/// [from, to), in order. A junction is a place J of C where two characters side by side in C are not side by side
/// in N (or where C starts or ends and N does not). The exact search reads, for a piece of p characters placed at
/// s, the characters C[s−1, s+p] (the piece and the word edge on each side). With no junction in [s, s+p], those
/// characters are N's own, in a row, and the piece occurs at the same place of N, on the same word edges and in the
/// same segment. A junction at s alone changes only the character before the piece: it matters only when the piece
/// begins with a word character and N's character before it is one too (N has no word edge there); likewise a
/// junction at s+p. Everything else the search asks (order, segments, the same speaker's next turn) is the same in
/// both texts, except the number of words in an insertion's gap, which leaving words out lowers: a quote with an
/// insertion between two pieces is always searched. The search over N is complete within its budget, so when it
/// found nothing and did not run out, any passage of C touches a junction that matters inside one of its pieces.</para>
/// <para>Such a junction J, inside a piece P placed at s (P holding a word; words are runs of word characters, whole
/// in P since P lies on word edges):</para>
/// <list type="bullet">
/// <item>a word of C across J (a word character on each side): that word is a word of P (<see cref="_straddling"/>);</item>
/// <item>else P's words lie before J or after it. Both: the last word before J and the first after are two words of P
/// in a row (<see cref="_pairs"/>). Only after: the first word after J is P's first word; when P begins with a word
/// character, J is at s and matters only as said above (<see cref="_firstAtEdge"/>), else J is anywhere in P's leading
/// marks (<see cref="_first"/>). Only before: the same, mirrored (<see cref="_lastAtEdge"/>, <see cref="_last"/>).</item>
/// </list>
/// <para>Words are compared case-free (a quote's first letter matches either case) through a 64-bit hash: two words
/// that collide only make a quote searched that need not be.</para>
/// </remarks>
internal sealed class SpokenJunctions
{
    private readonly HashSet<ulong> _straddling = new();
    private readonly HashSet<ulong> _pairs = new();
    private readonly HashSet<ulong> _first = new();
    private readonly HashSet<ulong> _firstAtEdge = new();
    private readonly HashSet<ulong> _last = new();
    private readonly HashSet<ulong> _lastAtEdge = new();

    /// <summary>How many junctions the cleaned text has (for tests).</summary>
    public int Count { get; private set; }

    /// <param name="text">The normalized text N.</param>
    /// <param name="ranges">C as N's stretches [From, To), in order, none empty.</param>
    public SpokenJunctions(string text, IReadOnlyList<(int From, int To)> ranges)
    {
        var starts = new int[ranges.Count + 1]; // where each stretch begins in C; the last entry is C's length
        for (var r = 0; r < ranges.Count; r++)
        {
            starts[r + 1] = starts[r] + ranges[r].To - ranges[r].From;
        }
        var cleaned = new CleanedText(text, ranges, starts);
        for (var r = 0; r <= ranges.Count; r++)
        {
            // Junction before stretch r (r = 0: at C's start; r = ranges.Count: at its end).
            var before = r > 0 ? ranges[r - 1].To : 0;          // N's index just past C[J − 1], as N reads on
            var after = r < ranges.Count ? ranges[r].From : text.Length; // N's index of C[J]
            if (before == after)
            {
                continue; // N goes on without a gap: no junction
            }
            Count++;
            Note(cleaned, text, starts[r], before, after);
        }
    }

    private void Note(CleanedText c, string n, int j, int nextInN, int atInN)
    {
        var leftWord = j > 0 && WordBoundaries.IsWordChar(c[j - 1]);
        var rightWord = j < c.Length && WordBoundaries.IsWordChar(c[j]);
        if (leftWord && rightWord)
        {
            var start = j - 1;
            while (start > 0 && WordBoundaries.IsWordChar(c[start - 1]))
            {
                start--;
            }
            var end = j + 1;
            while (end < c.Length && WordBoundaries.IsWordChar(c[end]))
            {
                end++;
            }
            _straddling.Add(Hash(c, start, end));
            return;
        }
        ulong? a = null, b = null;
        var e = j;
        while (e > 0 && !WordBoundaries.IsWordChar(c[e - 1]))
        {
            e--;
        }
        if (e > 0)
        {
            var s = e - 1;
            while (s > 0 && WordBoundaries.IsWordChar(c[s - 1]))
            {
                s--;
            }
            a = Hash(c, s, e);
        }
        var f = j;
        while (f < c.Length && !WordBoundaries.IsWordChar(c[f]))
        {
            f++;
        }
        if (f < c.Length)
        {
            var g = f + 1;
            while (g < c.Length && WordBoundaries.IsWordChar(c[g]))
            {
                g++;
            }
            b = Hash(c, f, g);
        }
        if (a is { } left && b is { } right)
        {
            _pairs.Add(Pair(left, right));
        }
        if (b is { } first)
        {
            _first.Add(first);
            // A piece opening with C[J]'s word, where N reads a word character just before it: no word edge in N.
            if (rightWord && atInN > 0 && WordBoundaries.IsWordChar(n[atInN - 1]))
            {
                _firstAtEdge.Add(first);
            }
        }
        if (a is { } last)
        {
            _last.Add(last);
            if (leftWord && nextInN < n.Length && WordBoundaries.IsWordChar(n[nextInN]))
            {
                _lastAtEdge.Add(last);
            }
        }
    }

    /// <summary>
    /// False when no passage of the cleaned text can match <paramref name="pattern"/> where the normalized text has none:
    /// the caller's search of the normalized text found nothing and did not run out of its budget.
    /// </summary>
    public bool MayHold(QuotePattern pattern)
    {
        if (Count == 0)
        {
            return false;
        }
        foreach (var gap in pattern.Gaps)
        {
            if (!gap.IsEllipsis)
            {
                return true; // fewer words in the gap may let an insertion through (see the remarks)
            }
        }
        foreach (var piece in pattern.Pieces)
        {
            if (MayHold(piece.Text))
            {
                return true;
            }
        }
        return false;
    }

    private bool MayHold(string p)
    {
        ulong? previous = null;
        ulong firstWord = 0, lastWord = 0;
        var i = 0;
        while (true)
        {
            while (i < p.Length && !WordBoundaries.IsWordChar(p[i]))
            {
                i++;
            }
            if (i == p.Length)
            {
                break;
            }
            var start = i;
            while (i < p.Length && WordBoundaries.IsWordChar(p[i]))
            {
                i++;
            }
            var word = Hash(p, start, i);
            if (_straddling.Contains(word) || (previous is { } before && _pairs.Contains(Pair(before, word))))
            {
                return true;
            }
            if (previous is null)
            {
                firstWord = word;
            }
            previous = lastWord = word;
        }
        if (previous is null)
        {
            return true; // no word to tell by
        }
        var opensWithWord = WordBoundaries.IsWordChar(p[0]);
        var closesWithWord = WordBoundaries.IsWordChar(p[^1]);
        return (opensWithWord ? _firstAtEdge : _first).Contains(firstWord)
            || (closesWithWord ? _lastAtEdge : _last).Contains(lastWord);
    }

    private static ulong Pair(ulong a, ulong b) => (a * 0x9E3779B97F4A7C15UL) ^ (b + 0x632BE59BD9B4E019UL) ^ (b >> 29);

    // FNV-1a over the lower-case characters, as the search compares a case-free position.
    private static ulong Hash(string s, int start, int end)
    {
        var h = 14695981039346656037UL;
        for (var i = start; i < end; i++)
        {
            h = (h ^ char.ToLowerInvariant(s[i])) * 1099511628211UL;
        }
        return h;
    }

    private static ulong Hash(CleanedText s, int start, int end)
    {
        var h = 14695981039346656037UL;
        for (var i = start; i < end; i++)
        {
            h = (h ^ char.ToLowerInvariant(s[i])) * 1099511628211UL;
        }
        return h;
    }

    /// <summary>C read through its stretches of N, without copying it.</summary>
    private readonly struct CleanedText(string text, IReadOnlyList<(int From, int To)> ranges, int[] starts)
    {
        public int Length => starts[^1];

        public char this[int index]
        {
            get
            {
                var r = Array.BinarySearch(starts, 0, ranges.Count, index);
                if (r < 0)
                {
                    r = ~r - 1;
                }
                return text[ranges[r].From + index - starts[r]];
            }
        }
    }
}
