using System.Text;
using FactLsp.Core.Attribution;
using FactLsp.Core.Matching;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Assistance;

/// <summary>
/// A source passage as a hover shows it: the sentence before it, the passage, the sentence after it
/// (within its paragraph), with the words the quote matched in bold and the source's own text
/// escaped. Long context is cut at a word with an ellipsis so a hover never grows without bound.
/// </summary>
public static class PassageExcerpt
{
    /// <summary>The most context shown on either side of the passage, in characters.</summary>
    public const int MaxContext = 280;

    /// <summary>The excerpt as one Markdown line, or null when the match found no passage.</summary>
    public static string? Render(SourceModel source, QuoteMatch match)
    {
        if (match.Passage is not { } passage || source.Text.File is null)
        {
            return null;
        }
        var plain = source.Text.Plain;
        var text = plain.Text.Text;
        var passageSpan = ToPlain(plain.Text, passage);
        var paragraph = plain.Paragraphs.FirstOrDefault(p => p.Touches(passageSpan.Start) && p.End >= passageSpan.End);
        if (paragraph == default)
        {
            paragraph = passageSpan;
        }

        var (start, end) = Context(text, paragraph, passageSpan);
        var bold = match.Pieces.Count > 0
            ? match.Pieces.Select(p => ToPlain(plain.Text, p.SourceSpan)).OrderBy(s => s.Start).ToList()
            : [passageSpan];

        var builder = new StringBuilder();
        if (start > paragraph.Start)
        {
            builder.Append("… ");
        }
        var at = start;
        foreach (var piece in bold)
        {
            var from = Math.Clamp(piece.Start, at, end);
            var to = Math.Clamp(piece.End, from, end);
            builder.Append(MarkdownText.EscapeInline(text[at..from]));
            builder.Append(MarkdownText.Bold(MarkdownText.EscapeInline(text[from..to])));
            at = to;
        }
        builder.Append(MarkdownText.EscapeInline(text[at..end]));
        if (end < paragraph.End)
        {
            builder.Append(" …");
        }
        return MarkdownText.EscapeLineStart(builder.ToString().Trim());
    }

    private static TextSpan ToPlain(MappedText plain, TextSpan fileSpan)
    {
        var start = plain.FromOriginal(fileSpan.Start);
        var end = fileSpan.IsEmpty ? start : Math.Max(start, plain.FromOriginal(fileSpan.End - 1) + 1);
        return TextSpan.FromBounds(start, Math.Min(end, plain.Length));
    }

    /// <summary>From the start of the sentence before the passage's to the end of the sentence after it, each capped.</summary>
    private static (int Start, int End) Context(string text, TextSpan paragraph, TextSpan passage)
    {
        var sentences = Sentences.Split(text, paragraph);
        var first = sentences.FindLastIndex(s => s.Span.Start <= passage.Start);
        var last = sentences.FindIndex(s => s.Span.End >= passage.End);
        var start = first > 0 ? sentences[first - 1].Span.Start : first == 0 ? sentences[0].Span.Start : passage.Start;
        var end = last >= 0 && last + 1 < sentences.Count ? sentences[last + 1].Span.End : last >= 0 ? sentences[last].Span.End : passage.End;
        start = Math.Min(start, passage.Start);
        end = Math.Max(end, passage.End);
        if (passage.Start - start > MaxContext)
        {
            start = WordBoundary(text, passage.Start - MaxContext, forward: true, limit: passage.Start);
            while (start < passage.Start && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }
        if (end - passage.End > MaxContext)
        {
            end = WordBoundary(text, passage.End + MaxContext, forward: false, limit: passage.End);
            while (end > passage.End && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
        }
        return (start, end);
    }

    private static int WordBoundary(string text, int at, bool forward, int limit)
    {
        if (forward)
        {
            while (at < limit && !char.IsWhiteSpace(text[at]))
            {
                at++;
            }
            return at;
        }
        while (at > limit && !char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }
        return at;
    }
}
