using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FactLsp.Core.Matching;

/// <summary>Where an approximate occurrence ends, and at what edit distance.</summary>
/// <param name="Distance">The least edit distance of the pattern to any substring; -1 when none is within the bound.</param>
/// <param name="FirstEnd">The first end (exclusive) reaching that distance.</param>
/// <param name="LastEnd">The last end (exclusive) reaching that distance.</param>
public readonly record struct EndMatch(int Distance, int FirstEnd, int LastEnd)
{
    public static EndMatch None { get; } = new(-1, -1, -1);

    public bool Found => Distance >= 0;
}

/// <summary>
/// Approximate string matching by Myers' bit-parallel algorithm (1999), in Hyyrö's block
/// formulation with Ukkonen's cut-off, as edlib does it: one machine word per 64 pattern
/// characters, and only the blocks that can still hold a cell ≤ k are computed. The cost is
/// O(n · ⌈k/64⌉) on ordinary text: linear in the source, never O(n · m).
/// </summary>
/// <remarks>
/// The search is semi-global: the pattern must be used whole, the source substring is free
/// (the top row of the matrix is all zeros). It reports end positions only; the matcher then
/// recovers the start with a small alignment backwards from the end (<see cref="Alignment.BestStart"/>).
/// </remarks>
public static class MyersSearch
{
    private const int W = 64;

    // A lookup from a character to its row in the Peq table; 0 means "not in the pattern".
    // 128 KiB per thread, reused; only the entries a search sets are cleared afterwards.
    [ThreadStatic]
    private static ushort[]? t_charRow;

    /// <summary>
    /// The least distance ≤ <paramref name="maxDistance"/> of <paramref name="pattern"/> against
    /// any substring of <paramref name="text"/>, with the first and last end positions reaching it.
    /// </summary>
    public static EndMatch Search(ReadOnlySpan<char> text, PatternText pattern, int maxDistance)
    {
        if (maxDistance < 0 || pattern.Length == 0)
        {
            return maxDistance < 0 ? EndMatch.None : new EndMatch(0, 0, text.Length);
        }
        using var prepared = Prepare(pattern);
        return prepared.Search(text, maxDistance);
    }

    /// <summary>
    /// The pattern made ready to be searched for in many stretches of text (a transcript's turns, one after another):
    /// its table is built once. It borrows this thread's character table until disposed, so use one at a time on a
    /// thread, and dispose it before the next.
    /// </summary>
    internal static Prepared Prepare(PatternText pattern) => new(pattern);

    internal sealed class Prepared : IDisposable
    {
        private readonly PatternText _pattern;
        private readonly int _blocks;
        private readonly ushort[] _charRow;
        private readonly List<char> _keys = new();
        private readonly ulong[] _peq;

        public Prepared(PatternText pattern)
        {
            _pattern = pattern;
            _blocks = (pattern.Length + W - 1) / W;
            _charRow = t_charRow ??= new ushort[char.MaxValue + 1];
            try
            {
                _peq = pattern.Length == 0 ? [] : BuildPeq(pattern, _blocks, _charRow, _keys);
            }
            catch
            {
                Dispose();
                throw;
            }
        }

        /// <summary>What <see cref="MyersSearch.Search"/> answers for this pattern.</summary>
        public EndMatch Search(ReadOnlySpan<char> text, int maxDistance)
        {
            var m = _pattern.Length;
            if (maxDistance < 0)
            {
                return EndMatch.None;
            }
            if (m == 0)
            {
                return new EndMatch(0, 0, text.Length);
            }
            var k = Math.Min(maxDistance, m); // deleting the whole pattern costs m: nothing is ever worse
            // Iterative deepening: the cost grows with k (more blocks stay in Ukkonen's band), and
            // most misquotes are a few edits away. A first pass with a small bound finds them at
            // nearly single-word speed; its answer is the true minimum, since any better end would
            // be within the small bound too. Only when it finds nothing do we pay for the full k.
            var small = Math.Max(8, m / 32);
            var deepen = k > 2 * small;
            // The quick pass pays where it can spare a costly scan: the screen of a long text, or a bound of 64 or more
            // (more blocks in the band). A short text at a bound below 64 (a transcript's turn, searched turn after turn) is
            // scanned at one block whatever the bound, about what the quick pass's chunk searches cost when they miss, as
            // they do in all turns but the quote's.
            var quick = deepen && (k + 1 > W || Screens(text.Length, m, k)) ? Filtered(text, _pattern, _peq, _charRow, _blocks, m, small) : null;
            if (quick is { Found: true })
            {
                return quick.Value;
            }
            if (Screens(text.Length, m, k))
            {
                return Screened(text, k, Vector256.IsHardwareAccelerated);
            }
            // Unfiltered, the small pass pays only where the full bound starts with more blocks in the band: while
            // k < 64 (one machine word) both scan the first block alone (the band grows only near a passage), so
            // for a quote nowhere in the source the small pass was a whole scan for nothing.
            if (deepen && quick is null && k + 1 > W && Run(text, _peq, _charRow, _blocks, m, small) is { Found: true } slow)
            {
                return slow;
            }
            return Run(text, _peq, _charRow, _blocks, m, k);
        }

        /// <summary>
        /// What <see cref="Search"/> answers, when every end within <paramref name="maxDistance"/> is known to lie in one of
        /// <paramref name="windows"/> (start, end; sorted here) that holds the m + k characters before it: only they are scanned.
        /// </summary>
        public EndMatch SearchAround(ReadOnlySpan<char> text, int maxDistance, List<(int Start, int End)> windows)
        {
            var m = _pattern.Length;
            if (maxDistance < 0 || m == 0)
            {
                return Search(text, maxDistance);
            }
            return RunWindows(text, windows, _peq, _charRow, _blocks, m, Math.Min(maxDistance, m));
        }

        /// <summary>
        /// The same answer as <see cref="Run"/> over the whole (long) text at a bound below 64: the pattern's first
        /// r = min(m, 64) characters screen the text eight stretches at a time (<see cref="Screen"/>), then only the
        /// m + k characters before each end they leave open are scanned with the whole pattern.
        /// </summary>
        /// <remarks>
        /// Diagonals of the matrix never decrease (D[i][j] ≥ D[i−1][j−1], Ukkonen 1985), so D[m][e] ≥ D[r][e − (m − r)]: an end
        /// e within k of the whole pattern needs the first r characters within k at e − (m − r). Every such end is scanned
        /// from m + k characters before it (any passage within k is no longer), so its column there is exact (as in
        /// <see cref="Filtered"/>), and a column computed from a later start is never below the true one, so no place is
        /// reported wrongly; overlapping stretches are scanned as one.
        /// </remarks>
        /// <param name="vectors">Whether the eight chains run in two vector registers (else one after another; for tests).</param>
        /// <summary>
        /// Where the pattern may end within <paramref name="k"/> of a passage of <paramref name="text"/> starting anywhere, as
        /// ranges of ends (first, last; inclusive, sorted by first); null when the text is not screened (short, a bound of
        /// 64 or more, or places open over half of it). A stretch of the text holding no such end holds no passage within k
        /// either: its columns, computed from its own start, are never below the whole text's.
        /// </summary>
        internal List<(int First, int Last)>? OpenEnds(ReadOnlySpan<char> text, int k)
        {
            var m = _pattern.Length;
            k = Math.Min(k, m);
            if (m == 0 || k < 0 || !Screens(text.Length, m, k))
            {
                return null;
            }
            var r = Math.Min(m, W);
            var windows = new Windows(text.Length, m - r, m + k, text.Length / 2);
            if (Screen(text, _peq, _charRow, _blocks, r, k, windows, Vector256.IsHardwareAccelerated) is null)
            {
                return null;
            }
            windows.Ends.Sort();
            return windows.Ends;
        }

        /// <param name="mayGiveUp">Whether to scan the whole text instead where the screen leaves half of it open (tests
        /// say no, to see the screen's answer on any text).</param>
        internal EndMatch Screened(ReadOnlySpan<char> text, int k, bool vectors, bool mayGiveUp = true)
        {
            var m = _pattern.Length;
            var r = Math.Min(m, W);
            // Where the places left open would have the text scanned over again, the whole scan is the cheaper answer.
            if (text.Length < Math.Max(MinScreened, Lanes * (m + k)))
            {
                return Run(text, _peq, _charRow, _blocks, m, k); // too short to cut in eight stretches with their warming
            }
            var windows = Screen(text, _peq, _charRow, _blocks, r, k, new Windows(text.Length, m - r, m + k, mayGiveUp ? text.Length / 2 : long.MaxValue), vectors);
            if (windows is null)
            {
                return Run(text, _peq, _charRow, _blocks, m, k);
            }
            return RunWindows(text, windows, _peq, _charRow, _blocks, m, k);
        }

        public void Dispose()
        {
            foreach (var c in _keys)
            {
                _charRow[c] = 0;
            }
            _keys.Clear();
        }
    }

    /// <summary>A text shorter than this many times m + k is scanned whole: screening would not pay for its set-up.</summary>
    private const int LongText = 8;

    /// <summary>
    /// Whether a text is screened (<see cref="Prepared.Screened"/>): long enough, and a bound under half the screening
    /// rows (r = min(m, 64)); a looser bound leaves most of any text open (64 characters within 40 edits of almost
    /// anything), and the screen would be a scan for nothing.
    /// </summary>
    private static bool Screens(int length, int m, int k) =>
        k < W && 2 * k < Math.Min(m, W) && length >= Math.Max(MinScreened, LongText * (m + k));

    /// <summary>
    /// The stretches to scan with the whole pattern (<see cref="Windows"/>), from the ends where the pattern's first
    /// <paramref name="r"/> characters (r ≤ 64: block 0 of the table) are within <paramref name="k"/> of a substring; null
    /// when they would cover more than the windows' limit. The text is cut in eight stretches scanned in step, each from
    /// r + k characters before its own (a passage of r characters within k is no longer, so every value ≤ k there is
    /// exact; an earlier start never lowers one): two vector registers of four chains each go two to three times the
    /// speed of one chain (<see cref="Run"/>), whose steps wait on each other.
    /// </summary>
    private static List<(int Start, int End)>? Screen(ReadOnlySpan<char> text, ulong[] peq, ushort[] charRow, int blocks, int r, int k,
        Windows windows, bool vectors)
    {
        var n = text.Length;
        var warm = r + k;
        var length = (n + Lanes - 1) / Lanes;
        // Lane 0 starts at the text's start and needs no warming: it runs on past its stretch instead, so that every
        // lane takes the same number of steps; the last lane may run out of text a few characters early.
        var steps = length + warm;
        Span<int> starts = stackalloc int[Lanes];
        Span<ulong> pvs = stackalloc ulong[Lanes];
        Span<ulong> mvs = stackalloc ulong[Lanes];
        Span<int> scores = stackalloc int[Lanes];
        for (var lane = 0; lane < Lanes; lane++)
        {
            starts[lane] = lane == 0 ? 0 : lane * length - warm;
            pvs[lane] = ~0UL;
            mvs[lane] = 0;
            scores[lane] = r;
        }
        var inStep = Math.Max(0, Math.Min(steps, n - starts[Lanes - 1]));
        var top = r - 1;
        ref var rowOf = ref MemoryMarshal.GetArrayDataReference(charRow);
        ref var peq0 = ref MemoryMarshal.GetArrayDataReference(peq);
        ref var t0 = ref MemoryMarshal.GetReference(text);
        var t = 0;
        if (vectors)
        {
            // Eight chains in two vector registers (AVX2): the steps of one chain wait on each other, two chains
            // side by side keep the processor busy.
            var (s1, s2, s3, s4, s5, s6, s7) = (starts[1], starts[2], starts[3], starts[4], starts[5], starts[6], starts[7]);
            var pva = Vector256<ulong>.AllBitsSet;
            var mva = Vector256<ulong>.Zero;
            var pvb = Vector256<ulong>.AllBitsSet;
            var mvb = Vector256<ulong>.Zero;
            var sca = Vector256.Create((long)r);
            var scb = Vector256.Create((long)r);
            var bound = Vector256.Create((long)k);
            var one = Vector256<ulong>.One;
            for (; t < inStep; t++)
            {
                var eqa = Vector256.Create(
                    Unsafe.Add(ref peq0, Unsafe.Add(ref rowOf, Unsafe.Add(ref t0, t)) * blocks),
                    Unsafe.Add(ref peq0, Unsafe.Add(ref rowOf, Unsafe.Add(ref t0, s1 + t)) * blocks),
                    Unsafe.Add(ref peq0, Unsafe.Add(ref rowOf, Unsafe.Add(ref t0, s2 + t)) * blocks),
                    Unsafe.Add(ref peq0, Unsafe.Add(ref rowOf, Unsafe.Add(ref t0, s3 + t)) * blocks));
                var eqb = Vector256.Create(
                    Unsafe.Add(ref peq0, Unsafe.Add(ref rowOf, Unsafe.Add(ref t0, s4 + t)) * blocks),
                    Unsafe.Add(ref peq0, Unsafe.Add(ref rowOf, Unsafe.Add(ref t0, s5 + t)) * blocks),
                    Unsafe.Add(ref peq0, Unsafe.Add(ref rowOf, Unsafe.Add(ref t0, s6 + t)) * blocks),
                    Unsafe.Add(ref peq0, Unsafe.Add(ref rowOf, Unsafe.Add(ref t0, s7 + t)) * blocks));
                var xva = eqa | mva;
                var xvb = eqb | mvb;
                var xha = (((eqa & pva) + pva) ^ pva) | eqa;
                var xhb = (((eqb & pvb) + pvb) ^ pvb) | eqb;
                var pha = mva | ~(xha | pva);
                var phb = mvb | ~(xhb | pvb);
                var mha = pva & xha;
                var mhb = pvb & xhb;
                sca += (Vector256.ShiftRightLogical(pha, top) & one).AsInt64() - (Vector256.ShiftRightLogical(mha, top) & one).AsInt64();
                scb += (Vector256.ShiftRightLogical(phb, top) & one).AsInt64() - (Vector256.ShiftRightLogical(mhb, top) & one).AsInt64();
                pha = Vector256.ShiftLeft(pha, 1);
                phb = Vector256.ShiftLeft(phb, 1);
                mha = Vector256.ShiftLeft(mha, 1);
                mhb = Vector256.ShiftLeft(mhb, 1);
                pva = mha | ~(xva | pha);
                pvb = mhb | ~(xvb | phb);
                mva = pha & xva;
                mvb = phb & xvb;
                if (Vector256.LessThanOrEqualAny(sca, bound) || Vector256.LessThanOrEqualAny(scb, bound))
                {
                    for (var lane = 0; lane < 4; lane++)
                    {
                        windows.Note(lane, sca.GetElement(lane) <= k, starts[lane] + t + 1);
                        windows.Note(lane + 4, scb.GetElement(lane) <= k, starts[lane + 4] + t + 1);
                    }
                    if (windows.TooMany)
                    {
                        return null;
                    }
                }
            }
            for (var lane = 0; lane < 4; lane++)
            {
                (pvs[lane], mvs[lane], scores[lane]) = (pva.GetElement(lane), mva.GetElement(lane), (int)sca.GetElement(lane));
                (pvs[lane + 4], mvs[lane + 4], scores[lane + 4]) = (pvb.GetElement(lane), mvb.GetElement(lane), (int)scb.GetElement(lane));
            }
        }
        // Without vector registers, and where the last lane ran out of text: lane after lane, one chain each.
        for (var lane = 0; lane < Lanes; lane++)
        {
            var pv = pvs[lane];
            var mv = mvs[lane];
            var score = scores[lane];
            var at = starts[lane];
            var last = lane == Lanes - 1 ? inStep : steps;
            for (var u = t; u < last; u++)
            {
                score += Step(ref pv, ref mv, Unsafe.Add(ref peq0, Unsafe.Add(ref rowOf, Unsafe.Add(ref t0, at + u)) * blocks), top);
                windows.Note(lane, score <= k, at + u + 1);
            }
            if (windows.TooMany)
            {
                return null;
            }
        }
        return windows.Close();
    }

    /// <summary>
    /// The stretches to scan with the whole pattern, built lane by lane as the screen leaves places open (each lane's
    /// places come in order): for an end e of the first r characters, the whole pattern may end at e + (m − r), and its
    /// passage lies in the m + k characters before that.
    /// </summary>
    private sealed class Windows(int n, int extend, int width, long limit)
    {
        private readonly List<(int Start, int End)> _closed = new();
        private readonly (int Start, int End)[] _open = Enumerable.Repeat((-1, -1), Lanes).ToArray();
        private readonly int[] _firstEnds = new int[Lanes];

        /// <summary>Per closed window, the first and last end of the whole pattern it was opened for (ends between may be too).</summary>
        public List<(int First, int Last)> Ends { get; } = new();
        private long _covered;

        /// <summary>Whether the stretches already cover more than the limit (half the text: scanning it whole is then cheaper).</summary>
        public bool TooMany => _covered > limit;

        public void Note(int lane, bool open, int end)
        {
            if (!open)
            {
                return;
            }
            var e = Math.Min(n, end + extend);
            var start = Math.Max(0, e - width);
            ref var current = ref _open[lane];
            if (current.Start >= 0 && start <= current.End)
            {
                _covered += e - current.End;
                current.End = e;
                return;
            }
            if (current.Start >= 0)
            {
                _closed.Add(current);
                Ends.Add((_firstEnds[lane], current.End));
            }
            current = (start, e);
            _firstEnds[lane] = e;
            _covered += e - start;
        }

        public List<(int Start, int End)> Close()
        {
            for (var lane = 0; lane < Lanes; lane++)
            {
                if (_open[lane].Start >= 0)
                {
                    _closed.Add(_open[lane]);
                    Ends.Add((_firstEnds[lane], _open[lane].End));
                }
            }
            return _closed;
        }
    }

    /// <summary>The stretches the screen cuts a long text into, scanned side by side.</summary>
    private const int Lanes = 8;

    /// <summary>The least text the screen cuts (every lane but the last then ends inside the text).</summary>
    private const int MinScreened = 64;

    /// <summary>One column of block 0 with the all-zero top row (as <see cref="Block"/> with no carry in); the change of row <paramref name="top"/> + 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Step(ref ulong pv, ref ulong mv, ulong eq, int top)
    {
        var xv = eq | mv;
        var xh = (((eq & pv) + pv) ^ pv) | eq;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        var delta = (int)((ph >> top) & 1) - (int)((mh >> top) & 1);
        ph <<= 1;
        mh <<= 1;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
        return delta;
    }

    /// <summary>Chunks shorter than this find too many places to be worth it: the plain scan is cheaper.</summary>
    private const int MinChunk = 12;

    /// <summary>
    /// The same answer as <see cref="Run"/> over the whole text, computed only around the places that can hold a passage
    /// within <paramref name="k"/>; null when the pattern cannot be cut so (the caller then scans it all).
    /// </summary>
    /// <remarks>
    /// Pigeonhole (Wu and Manber 1992): cut k + 1 disjoint chunks from the pattern's case-exact stretches; an alignment
    /// with at most k edits leaves one chunk untouched, so it appears verbatim, and the passage then starts within k of
    /// where the chunk puts the pattern's start. Each window runs the same column recurrence from its own start; a cell
    /// computed there is never below the true one and equals it for every passage starting inside the window, so the
    /// least distance and its first and last ends come out as a whole scan gives them.
    /// </remarks>
    private static EndMatch? Filtered(ReadOnlySpan<char> text, PatternText pattern, ulong[] peq, ushort[] charRow, int blocks, int m, int k)
    {
        var chunks = Chunks(pattern, k + 1);
        if (chunks is null)
        {
            return null;
        }
        var windows = new List<(int Start, int End)>();
        foreach (var (offset, length) in chunks)
        {
            var chunk = pattern.Text.AsSpan(offset, length);
            var from = 0;
            while (from <= text.Length - length)
            {
                var found = text[from..].IndexOf(chunk, StringComparison.Ordinal);
                if (found < 0)
                {
                    break;
                }
                var at = from + found;
                windows.Add((Math.Max(0, at - offset - k), Math.Min(text.Length, at - offset + m + k)));
                from = at + 1;
            }
        }
        return RunWindows(text, windows, peq, charRow, blocks, m, k);
    }

    /// <summary>
    /// <see cref="Run"/> over each window (overlapping ones as one), the least distance and its first and last ends merged
    /// across them: the whole scan's answer when every end within <paramref name="k"/> lies in a window holding the
    /// m + k characters before it.
    /// </summary>
    private static EndMatch RunWindows(ReadOnlySpan<char> text, List<(int Start, int End)> windows, ulong[] peq, ushort[] charRow, int blocks, int m, int k)
    {
        if (windows.Count == 0)
        {
            return EndMatch.None;
        }
        windows.Sort();
        var best = int.MaxValue;
        int firstEnd = -1, lastEnd = -1;
        var i = 0;
        while (i < windows.Count)
        {
            var (start, end) = windows[i];
            for (i++; i < windows.Count && windows[i].Start <= end; i++)
            {
                end = Math.Max(end, windows[i].End);
            }
            var found = Run(text[start..end], peq, charRow, blocks, m, k);
            if (!found.Found || found.Distance > best)
            {
                continue;
            }
            if (found.Distance < best)
            {
                best = found.Distance;
                firstEnd = start + found.FirstEnd;
            }
            lastEnd = start + found.LastEnd;
        }
        return best == int.MaxValue ? EndMatch.None : new EndMatch(best, firstEnd, lastEnd);
    }

    /// <summary><paramref name="count"/> disjoint chunks of at least <see cref="MinChunk"/> characters, none holding a case-free position; or null.</summary>
    private static List<(int Offset, int Length)>? Chunks(PatternText pattern, int count)
    {
        var exact = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            exact += pattern.CaseFree[i] ? 0 : 1;
        }
        var size = exact / count;
        if (size < MinChunk)
        {
            return null;
        }
        var chunks = new List<(int, int)>(count);
        var runStart = 0;
        for (var i = 0; i <= pattern.Length && chunks.Count < count; i++)
        {
            if (i < pattern.Length && !pattern.CaseFree[i])
            {
                if (i + 1 - runStart == size)
                {
                    chunks.Add((runStart, size));
                    runStart = i + 1;
                }
                continue;
            }
            runStart = i + 1;
        }
        return chunks.Count == count ? chunks : null;
    }

    private static ulong[] BuildPeq(PatternText pattern, int blocks, ushort[] charRow, List<char> keys)
    {
        int RowOf(char c)
        {
            if (charRow[c] == 0)
            {
                keys.Add(c);
                charRow[c] = (ushort)keys.Count;
            }
            return charRow[c];
        }

        var rows = new List<(int Row, int Index)>();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            rows.Add((RowOf(c), i));
            if (pattern.CaseFree[i])
            {
                // Every character that compares equal ignoring case; lower and upper cover them
                // for the letters text holds (title-case digraphs are too rare to matter).
                var lower = char.ToLowerInvariant(c);
                var upper = char.ToUpperInvariant(c);
                if (lower != c)
                {
                    rows.Add((RowOf(lower), i));
                }
                if (upper != c)
                {
                    rows.Add((RowOf(upper), i));
                }
            }
        }
        if (keys.Count >= ushort.MaxValue)
        {
            throw new ArgumentException("Pattern has too many distinct characters.", nameof(pattern));
        }
        var peq = new ulong[(keys.Count + 1) * blocks];
        foreach (var (row, i) in rows)
        {
            peq[row * blocks + i / W] |= 1UL << (i % W);
        }
        return peq;
    }

    private static EndMatch Run(ReadOnlySpan<char> text, ulong[] peq, ushort[] charRow, int blocks, int m, int k)
    {
        var pv = new ulong[blocks];
        var mv = new ulong[blocks];
        var score = new int[blocks];
        // Rows past m in the last block are padding: their Peq bits are 0 and their deltas are
        // subtracted when reading the score of row m.
        var lastBits = m - W * (blocks - 1);
        var padMask = lastBits == W ? 0UL : ~0UL << lastBits;

        var last = Math.Min((k + 1 + W - 1) / W, blocks) - 1;
        for (var b = 0; b <= last; b++)
        {
            pv[b] = ~0UL;
            mv[b] = 0;
            score[b] = (b + 1) * W;
        }

        var best = int.MaxValue;
        int firstEnd = -1, lastEnd = -1;
        // Unchecked element access: this loop runs once per source character (a million times
        // for a 1 MB source), and every index below is in range by construction.
        ref var rowOf = ref MemoryMarshal.GetArrayDataReference(charRow);
        ref var peq0 = ref MemoryMarshal.GetArrayDataReference(peq);
        ref var pv0 = ref MemoryMarshal.GetArrayDataReference(pv);
        ref var mv0 = ref MemoryMarshal.GetArrayDataReference(mv);
        ref var score0 = ref MemoryMarshal.GetArrayDataReference(score);
        for (var j = 0; j < text.Length; j++)
        {
            ref var eq = ref Unsafe.Add(ref peq0, Unsafe.Add(ref rowOf, text[j]) * blocks);
            var hout = Block(ref pv0, ref mv0, eq, 0);
            score0 += hout;
            for (var b = 1; b <= last; b++)
            {
                hout = Block(ref Unsafe.Add(ref pv0, b), ref Unsafe.Add(ref mv0, b), Unsafe.Add(ref eq, b), hout);
                Unsafe.Add(ref score0, b) += hout;
            }

            // Ukkonen's cut-off: grow the band when the block below may reach ≤ k, shrink it
            // while the last block cannot hold a cell ≤ k. Block 0 (fed by the all-zero top row) stays.
            if (last < blocks - 1 && Unsafe.Add(ref score0, last) - hout <= k && ((Unsafe.Add(ref eq, last + 1) & 1UL) != 0 || hout < 0))
            {
                last++;
                pv[last] = ~0UL;
                mv[last] = 0;
                score[last] = score[last - 1] - hout + W + Block(ref pv[last], ref mv[last], Unsafe.Add(ref eq, last), hout);
            }
            else
            {
                while (last > 0 && Unsafe.Add(ref score0, last) >= k + W)
                {
                    last--;
                }
            }

            if (last == blocks - 1)
            {
                var s = score[last] - BitOperations.PopCount(pv[last] & padMask) + BitOperations.PopCount(mv[last] & padMask);
                if (s <= k)
                {
                    if (s < best)
                    {
                        best = s;
                        firstEnd = j + 1;
                        lastEnd = j + 1;
                    }
                    else if (s == best)
                    {
                        lastEnd = j + 1;
                    }
                }
            }
        }
        return best == int.MaxValue ? EndMatch.None : new EndMatch(best, firstEnd, lastEnd);
    }

    /// <summary>One 64-row block of one column (Hyyrö 2003; edlib's calculateBlock). Returns the horizontal delta out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Block(ref ulong pv, ref ulong mv, ulong eq, int hin)
    {
        var hinNeg = hin < 0 ? 1UL : 0UL;
        var xv = eq | mv;
        eq |= hinNeg;
        var xh = (((eq & pv) + pv) ^ pv) | eq;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        var hout = (int)(ph >> 63) - (int)(mh >> 63);
        ph <<= 1;
        mh <<= 1;
        mh |= hinNeg;
        ph |= hin > 0 ? 1UL : 0UL;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
        return hout;
    }
}
