using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
            if (k > 2 * small)
            {
                // Unfiltered, the small pass pays only where the full bound starts with more blocks in the band: while
                // k < 64 (one machine word) both scan the first block alone (the band grows only near a passage), so
                // for a quote nowhere in the source the small pass was a whole scan for nothing.
                var quick = Filtered(text, _pattern, _peq, _charRow, _blocks, m, small)
                    ?? (k + 1 > W ? Run(text, _peq, _charRow, _blocks, m, small) : EndMatch.None);
                if (quick.Found)
                {
                    return quick;
                }
            }
            return Run(text, _peq, _charRow, _blocks, m, k);
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
