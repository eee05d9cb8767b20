using FactLsp.Core.Text;

namespace FactLsp.Core.Matching;

/// <summary>A droppable stretch of spoken words, in source file offsets.</summary>
/// <param name="SourceSpan">What a quote may leave out, separators included.</param>
/// <param name="CoreSpan">The words to name ("uh", "governmental —").</param>
public sealed record SpokenDrop(SpokenEditKind Kind, TextSpan SourceSpan, TextSpan CoreSpan, TextSpan NormalizedCore);

/// <summary>
/// A source's spoken words as a careful editor quotes them: the same text without its stage
/// directions, fillers, repeated words and false starts (<see cref="SpokenEdits"/>), searchable like
/// the source itself and mapped to the same file. The edits are found the first time a quote is not found
/// word for word in a source that allows them; the cleaned text is built only when a quote may be found
/// in it and not in the source as printed (<see cref="MayHold"/>), which on most sources is never.
/// </summary>
public sealed class SpokenSource
{
    private readonly IReadOnlyList<SpokenEdit> _edits;
    private readonly Lazy<SearchableSource> _source;
    private readonly Lazy<IReadOnlyList<SpokenDrop>> _drops;
    private readonly SpokenJunctions _junctions;
    private readonly Lazy<SpokenJunctions> _moved;

    private SpokenSource(SearchableSource original, IReadOnlyList<SpokenEdit> edits, List<(int From, int To)> ranges, List<int> rangeSegments, TextSpan[] segments)
    {
        Original = original;
        _edits = edits;
        // Two readings of the same cleaned text, each enough to rule a quote out (see SpokenJunctions): where the
        // edits left their gaps, and with each gap moved on past the characters it repeats ("X the the Y" read as
        // "X the" + "Y" rather than "X " + "the Y"), so that a quote of "X the" or of "the Y" is ruled out by one of them.
        // The second is made only for a quote the first does not rule out.
        _junctions = new SpokenJunctions(original.Text, ranges);
        _moved = new Lazy<SpokenJunctions>(() => new SpokenJunctions(original.Text, Moved(original, ranges, rangeSegments)));
        _source = new Lazy<SearchableSource>(() => Clean(original, ranges, segments));
        _drops = new Lazy<IReadOnlyList<SpokenDrop>>(() => _edits
            .Where(e => !e.Span.IsEmpty)
            .Select(e => new SpokenDrop(e.Kind, original.Normalized.ToOriginal(e.Span), original.Normalized.ToOriginal(e.Core), e.Core))
            .ToArray());
    }

    /// <summary>The source as printed.</summary>
    public SearchableSource Original { get; }

    /// <summary>The cleaned text, its segments (one per segment of the source, in the same order) and turns; built on first use.</summary>
    public SearchableSource Source => _source.Value;

    /// <summary>Every drop, in file order.</summary>
    public IReadOnlyList<SpokenDrop> Drops => _drops.Value;

    /// <summary>The drops lying inside <paramref name="fileSpan"/>.</summary>
    public IEnumerable<SpokenDrop> Within(TextSpan fileSpan) => Drops.Where(d => fileSpan.Contains(d.SourceSpan));

    /// <summary>Whether the cleaned text was built (for tests).</summary>
    internal bool IsBuilt => _source.IsValueCreated;

    /// <summary>The junctions of the cleaned text (for tests).</summary>
    internal SpokenJunctions Junctions => _junctions;

    /// <summary>
    /// False when <see cref="Source"/> holds no passage for <paramref name="pattern"/>: the caller searched the source as
    /// printed, found nothing, and did not run out of its budget (see <see cref="SpokenJunctions"/> for why).
    /// </summary>
    internal bool MayHold(QuotePattern pattern) => _junctions.MayHold(pattern) && _moved.Value.MayHold(pattern);

    internal static SpokenSource? Build(SearchableSource original, SpokenAllowances mode)
    {
        var text = original.Text;
        var edits = SpokenEdits.Find(text, original.Segments, mode, i => IsPrintedDash(original, i));
        if (edits.Count == 0)
        {
            return null;
        }

        // The stretches to leave out, merged (an aside inside a filler's marks overlaps it).
        var merged = new List<TextSpan>(edits.Count);
        foreach (var span in edits.Select(e => e.Span).Where(s => !s.IsEmpty).OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = TextSpan.FromBounds(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }
        // The cleaned text as the normalized text's stretches kept, in order (none empty), and its segments.
        var ranges = new List<(int From, int To)>(2 * merged.Count + original.Segments.Count + 1);
        var length = 0;
        var rangeSegments = new List<int>(ranges.Capacity); // each stretch's segment, -1 between segments
        var lastChar = '\0';
        void Keep(int from, int to, int segment)
        {
            if (to > from)
            {
                ranges.Add((from, to));
                rangeSegments.Add(segment);
                length += to - from;
                lastChar = text[to - 1];
            }
        }
        var segments = new TextSpan[original.Segments.Count];
        var position = 0;
        var next = 0;
        for (var s = 0; s < segments.Length; s++)
        {
            var segment = original.Segments[s];
            Keep(position, segment.Start, -1);
            var start = length;
            var firstRange = ranges.Count;
            var i = segment.Start;
            while (i < segment.End)
            {
                while (next < merged.Count && merged[next].End <= i)
                {
                    next++;
                }
                var keepEnd = next < merged.Count ? Math.Clamp(merged[next].Start, i, segment.End) : segment.End;
                if (keepEnd > i)
                {
                    var from = i;
                    // No double space where a stretch was left out, and none opening the segment.
                    if (text[from] == ' ' && (length == start || lastChar == ' '))
                    {
                        from++;
                    }
                    Keep(from, keepEnd, s);
                    i = keepEnd;
                }
                else
                {
                    i = Math.Min(merged[next].End, segment.End);
                }
            }
            segments[s] = TextSpan.FromBounds(start, length - TrailingSpaces(text, ranges, firstRange));
            position = segment.End;
        }
        Keep(position, text.Length, -1);
        return new SpokenSource(original, edits, ranges, rangeSegments, segments);
    }

    /// <summary>
    /// The same cleaned text as other stretches of the normalized text: each gap inside a segment moved on past the
    /// characters that follow it and repeat the ones it left out (the stretch after it keeps one character). Each
    /// character of the cleaned text then reads an equal character of the same segment, so the reading is as good a
    /// ground for <see cref="SpokenJunctions"/> as the first.
    /// </summary>
    private static List<(int From, int To)> Moved(SearchableSource original, List<(int From, int To)> ranges, List<int> rangeSegments)
    {
        var text = original.Text;
        var moved = new List<(int From, int To)>(ranges);
        for (var r = 1; r < moved.Count; r++)
        {
            var (gapStart, gapEnd) = (moved[r - 1].To, moved[r].From);
            // Only a gap wholly inside the segment of the stretch after it: the characters moved then read their own segment.
            if (gapStart == gapEnd || rangeSegments[r] < 0 || gapStart < original.Segments[rangeSegments[r]].Start)
            {
                continue;
            }
            var t = 0;
            while (gapEnd + t < moved[r].To - 1 && text[gapStart + t] == text[gapEnd + t])
            {
                t++;
            }
            moved[r - 1] = (moved[r - 1].From, gapStart + t);
            moved[r] = (gapEnd + t, moved[r].To);
        }
        return moved;
    }

    /// <summary>How many spaces end the text of ranges[first..].</summary>
    private static int TrailingSpaces(string text, List<(int From, int To)> ranges, int first)
    {
        var count = 0;
        for (var r = ranges.Count - 1; r >= first; r--)
        {
            var (from, to) = ranges[r];
            for (var i = to - 1; i >= from; i--)
            {
                if (text[i] != ' ')
                {
                    return count;
                }
                count++;
            }
        }
        return count;
    }

    private static SearchableSource Clean(SearchableSource original, List<(int From, int To)> ranges, TextSpan[] segments)
    {
        var normalized = original.Normalized;
        var builder = new MappedTextBuilder(Math.Max(1, ranges.Sum(r => r.To - r.From)));
        foreach (var (from, to) in ranges)
        {
            normalized.AppendTo(builder, from, to);
        }
        builder.EndAt(normalized.ToOriginal(normalized.Length));
        return original.Cleaned(builder.ToMappedText(), segments);
    }

    /// <summary>Whether the normalized '-' at <paramref name="index"/> was printed as a dash (— – ‒ ―), not a hyphen.</summary>
    private static bool IsPrintedDash(SearchableSource source, int index)
    {
        var file = source.Normalized.OriginalOf(index);
        var plain = source.Document.Text;
        var at = plain.FromOriginal(file.Start);
        return at < plain.Length && plain.Text[at] is '\u2012' or '\u2013' or '\u2014' or '\u2015';
    }
}
