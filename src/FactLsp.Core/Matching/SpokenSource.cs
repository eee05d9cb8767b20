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

        var dropped = new bool[text.Length];
        foreach (var edit in edits)
        {
            Array.Fill(dropped, true, edit.Span.Start, edit.Span.Length);
        }
        var builder = new MappedTextBuilder(text.Length);
        var reader = normalized.CreateReader();
        var segments = new TextSpan[original.Segments.Count];
        var position = 0;
        for (var s = 0; s < segments.Length; s++)
        {
            var segment = original.Segments[s];
            Copy(position, segment.Start, skipDropped: false);
            var start = builder.Length;
            Copy(segment.Start, segment.End, skipDropped: true);
            var end = builder.Length;
            while (end > start && builder[end - 1] == ' ')
            {
                end--;
            }
            segments[s] = TextSpan.FromBounds(start, end);
            position = segment.End;
        }
        Copy(position, text.Length, skipDropped: false);
        builder.EndAt(normalized.ToOriginal(text.Length));

        var drops = edits
            .Where(e => !e.Span.IsEmpty)
            .Select(e => new SpokenDrop(e.Kind, normalized.ToOriginal(e.Span), normalized.ToOriginal(e.Core), e.Core))
            .ToArray();
        return new SpokenSource(original, original.Cleaned(builder.ToMappedText(), segments), drops);

        // Copies text[from, to), leaving out dropped characters and the double spaces they leave.
        void Copy(int from, int to, bool skipDropped)
        {
            for (var i = from; i < to; i++)
            {
                if (skipDropped && dropped[i])
                {
                    continue;
                }
                var c = text[i];
                if (skipDropped && c == ' ' && (builder.Length == 0 || builder[builder.Length - 1] == ' ' || i == from))
                {
                    continue;
                }
                builder.Append(c, reader.OriginalOf(i));
            }
        }
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
