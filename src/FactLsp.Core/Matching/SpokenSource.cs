using FactLsp.Core.Text;

namespace FactLsp.Core.Matching;

/// <summary>A droppable stretch of spoken words, in source file offsets.</summary>
/// <param name="SourceSpan">What a quote may leave out, separators included.</param>
/// <param name="CoreSpan">The words to name ("uh", "governmental —").</param>
public sealed record SpokenDrop(SpokenEditKind Kind, TextSpan SourceSpan, TextSpan CoreSpan, TextSpan NormalizedCore);

/// <summary>
/// A source's spoken words as a careful editor quotes them: the same text without its stage
/// directions, fillers, repeated words and false starts (<see cref="SpokenEdits"/>), searchable like
/// the source itself and mapped to the same file. Built on demand, the first time a quote is not found
/// word for word in a source that allows it.
/// </summary>
public sealed class SpokenSource
{
    private SpokenSource(SearchableSource original, SearchableSource source, IReadOnlyList<SpokenDrop> drops)
    {
        Original = original;
        Source = source;
        Drops = drops;
    }

    /// <summary>The source as printed.</summary>
    public SearchableSource Original { get; }

    /// <summary>The cleaned text, its segments (one per segment of the source, in the same order) and turns.</summary>
    public SearchableSource Source { get; }

    /// <summary>Every drop, in file order.</summary>
    public IReadOnlyList<SpokenDrop> Drops { get; }

    /// <summary>The drops lying inside <paramref name="fileSpan"/>.</summary>
    public IEnumerable<SpokenDrop> Within(TextSpan fileSpan) => Drops.Where(d => fileSpan.Contains(d.SourceSpan));

    internal static SpokenSource? Build(SearchableSource original, SpokenAllowances mode)
    {
        var normalized = original.Normalized;
        var text = normalized.Text;
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
        var builder = new MappedTextBuilder(text.Length);
        var segments = new TextSpan[original.Segments.Count];
        var position = 0;
        var next = 0;
        for (var s = 0; s < segments.Length; s++)
        {
            var segment = original.Segments[s];
            normalized.AppendTo(builder, position, segment.Start);
            var start = builder.Length;
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
                    if (text[from] == ' ' && (builder.Length == start || builder[builder.Length - 1] == ' '))
                    {
                        from++;
                    }
                    normalized.AppendTo(builder, from, keepEnd);
                    i = keepEnd;
                }
                else
                {
                    i = Math.Min(merged[next].End, segment.End);
                }
            }
            var end = builder.Length;
            while (end > start && builder[end - 1] == ' ')
            {
                end--;
            }
            segments[s] = TextSpan.FromBounds(start, end);
            position = segment.End;
        }
        normalized.AppendTo(builder, position, text.Length);
        builder.EndAt(normalized.ToOriginal(text.Length));

        var drops = edits
            .Where(e => !e.Span.IsEmpty)
            .Select(e => new SpokenDrop(e.Kind, normalized.ToOriginal(e.Span), normalized.ToOriginal(e.Core), e.Core))
            .ToArray();
        return new SpokenSource(original, original.Cleaned(builder.ToMappedText(), segments), drops);
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
