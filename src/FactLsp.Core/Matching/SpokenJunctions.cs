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
/// in P since P lies on word edges, and P's words are C's words there, in a row):</para>
/// <list type="bullet">
/// <item>a word of C across J (a word character on each side): that word is a word of P (<see cref="_straddling"/>);</item>
/// <item>else P's words lie before J or after it, and those nearest J are C's nearest J, up to <see cref="Reach"/> on each
/// side (<see cref="Agrees"/>). Words on both sides: P holds the pair across J (<see cref="_pairs"/>). Only after: J's
/// first word after is P's first word; when P begins with a word character, J is at s and matters only as said above
/// (<see cref="_opensAtEdge"/>), else J is anywhere in P's leading marks (<see cref="_first"/>). Only before: the same,
/// mirrored (<see cref="_closesAtEdge"/>, <see cref="_last"/>).</item>
/// </list>
/// <para>Nothing above needs C's stretches to be the ones the edits kept: any reading of C as N's stretches in order,
/// each character reading an equal one of the same segment, will do, and a quote is searched only when every reading
/// the caller has says it may hold (<see cref="SpokenSource"/> has two).</para>
/// <para>Words are compared case-free (a quote's first letter matches either case) through a 64-bit hash: two words
/// that collide only make a quote searched that need not be.</para>
/// </remarks>
internal sealed class SpokenJunctions
{
    /// <summary>How many words on each side of a junction are kept to tell it by.</summary>
    private const int Reach = 3;

    // Per junction: the words before it (nearest first) and after it, hashed; 0 past the text's first or last word.
    private readonly List<ulong> _before = new();
    private readonly List<ulong> _after = new();
    private readonly List<bool> _opensAtEdge = new();
    private readonly List<bool> _closesAtEdge = new();

    // Junctions by the word pair across them, by the word after them, by the word before them.
    private readonly Chains _pairs = new();
    private readonly Chains _first = new();
    private readonly Chains _last = new();
    private readonly HashSet<ulong> _straddling = new();

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
            var before = r > 0 ? ranges[r - 1].To : 0;                   // N's index just past C[J − 1], as N reads on
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
        var id = _opensAtEdge.Count;
        // A piece opening with C[J]'s word, where N reads a word character just before it, has no word edge in N; likewise
        // a piece closing with C[J − 1]'s word where N reads one just after it.
        _opensAtEdge.Add(rightWord && atInN > 0 && WordBoundaries.IsWordChar(n[atInN - 1]));
        _closesAtEdge.Add(leftWord && nextInN < n.Length && WordBoundaries.IsWordChar(n[nextInN]));
        var e = j;
        for (var k = 0; k < Reach; k++)
        {
            while (e > 0 && !WordBoundaries.IsWordChar(c[e - 1]))
            {
                e--;
            }
            var s = e;
            while (s > 0 && WordBoundaries.IsWordChar(c[s - 1]))
            {
                s--;
            }
            _before.Add(s < e ? Hash(c, s, e) : 0);
            e = s;
        }
        var f = j;
        for (var k = 0; k < Reach; k++)
        {
            while (f < c.Length && !WordBoundaries.IsWordChar(c[f]))
            {
                f++;
            }
            var g = f;
            while (g < c.Length && WordBoundaries.IsWordChar(c[g]))
            {
                g++;
            }
            _after.Add(f < g ? Hash(c, f, g) : 0);
            f = g;
        }
        var a = _before[Reach * id];
        var b = _after[Reach * id];
        if (a != 0 && b != 0)
        {
            _pairs.Add(Pair(a, b), id);
        }
        if (b != 0)
        {
            _first.Add(b, id);
        }
        if (a != 0)
        {
            _last.Add(a, id);
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
        var words = new List<ulong>();
        foreach (var piece in pattern.Pieces)
        {
            if (MayHold(piece.Text, words))
            {
                return true;
            }
        }
        return false;
    }

    private bool MayHold(string p, List<ulong> words)
    {
        words.Clear();
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
            words.Add(Hash(p, start, i));
        }
        if (words.Count == 0)
        {
            return true; // no word to tell by
        }
        foreach (var word in words)
        {
            if (_straddling.Contains(word))
            {
                return true;
            }
        }
        for (var w = 0; w + 1 < words.Count; w++)
        {
            if (_pairs.Any(Pair(words[w], words[w + 1]), id => Agrees(id, words, w + 1)))
            {
                return true;
            }
        }
        var opensWithWord = WordBoundaries.IsWordChar(p[0]);
        if (_first.Any(words[0], id => (!opensWithWord || _opensAtEdge[id]) && Agrees(id, words, 0)))
        {
            return true;
        }
        var closesWithWord = WordBoundaries.IsWordChar(p[^1]);
        return _last.Any(words[^1], id => (!closesWithWord || _closesAtEdge[id]) && Agrees(id, words, words.Count));
    }

    /// <summary>
    /// Whether junction <paramref name="id"/> may lie before the piece's word <paramref name="split"/>: the piece's words
    /// next to that place are the junction's, as far as both reach (a piece's words are C's words there, in a row).
    /// </summary>
    private bool Agrees(int id, List<ulong> words, int split)
    {
        for (var k = 0; k < Reach && split - 1 - k >= 0; k++)
        {
            if (_before[Reach * id + k] != words[split - 1 - k])
            {
                return false; // a different word, or none where the piece has one
            }
        }
        for (var k = 0; k < Reach && split + k < words.Count; k++)
        {
            if (_after[Reach * id + k] != words[split + k])
            {
                return false;
            }
        }
        return true;
    }

    private static ulong Pair(ulong a, ulong b) => (a * 0x9E3779B97F4A7C15UL) ^ (b + 0x632BE59BD9B4E019UL) ^ (b >> 29);

    // FNV-1a over the lower-case characters, as the search compares a case-free position; never 0 (0 is "no word").
    /// <summary>char.ToLowerInvariant, with ASCII (most words) answered at once.</summary>
    private static char Lower(char c) => c < 128 ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    private static ulong Hash(string s, int start, int end)
    {
        var h = 14695981039346656037UL;
        for (var i = start; i < end; i++)
        {
            h = (h ^ Lower(s[i])) * 1099511628211UL;
        }
        return h == 0 ? 1 : h;
    }

    private static ulong Hash(CleanedText s, int start, int end)
    {
        var h = 14695981039346656037UL;
        for (var i = start; i < end; i++)
        {
            h = (h ^ Lower(s[i])) * 1099511628211UL;
        }
        return h == 0 ? 1 : h;
    }

    /// <summary>Junctions by a key, chained through one list (no list per key: a source has thousands of junctions).</summary>
    private sealed class Chains
    {
        private readonly Dictionary<ulong, int> _head = new();
        private readonly List<(int Id, int Next)> _entries = new();

        public void Add(ulong key, int id)
        {
            ref var head = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_head, key, out var exists);
            _entries.Add((id, exists ? head : -1));
            head = _entries.Count - 1;
        }

        public bool Any(ulong key, Func<int, bool> test)
        {
            if (!_head.TryGetValue(key, out var e))
            {
                return false;
            }
            for (; e >= 0; e = _entries[e].Next)
            {
                if (test(_entries[e].Id))
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>C read through its stretches of N, without copying it; reads near the last one read find their stretch at once.</summary>
    private sealed class CleanedText(string text, IReadOnlyList<(int From, int To)> ranges, int[] starts)
    {
        private int _range;

        public int Length => starts[^1];

        public char this[int index]
        {
            get
            {
                var r = _range;
                if (index < starts[r] || index >= starts[r + 1])
                {
                    r = Array.BinarySearch(starts, 0, ranges.Count, index);
                    _range = r = r < 0 ? ~r - 1 : r;
                }
                return text[ranges[r].From + index - starts[r]];
            }
        }
    }
}
