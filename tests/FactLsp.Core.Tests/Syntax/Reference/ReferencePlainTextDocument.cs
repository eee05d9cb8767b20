// A verbatim copy of the parser as it was before the speed work of issue 11 (main at 2872536), kept
// as the reference the faster parser is compared with on random Markdown (ParserEquivalenceTests).
// Do not optimise it: its worth is that it is the old, simple behaviour.
using FactLsp.Core.Syntax;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Syntax.Reference;

/// <summary>
/// A plain-text source (<c>.txt</c>): the text itself, unchanged, split into paragraphs at blank
/// lines. Plain text carries no annotations (only Markdown sources do).
/// </summary>
internal static class ReferencePlainTextDocument
{
    /// <summary>
    /// Reads a <c>.txt</c> source. A front matter (spec section 1 allows one in any source) is left
    /// out: the plain text is then the body, still mapped to file offsets. Read the front matter
    /// itself with <see cref="FrontMatterSyntax.Scan"/>.
    /// </summary>
    public static PlainDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bodyStart = FrontMatterSyntax.Scan(text, out _)?.BodyStart ?? 0;
        var body = text[bodyStart..];
        var mapped = MappedText.Identity(body, bodyStart);
        return new PlainDocument(mapped, Paragraphs(body), []);
    }

    /// <summary>Paragraph spans: runs of lines that are not blank, each from its first character to the end of its last line's content.</summary>
    public static IReadOnlyList<TextSpan> Paragraphs(string text)
    {
        var paragraphs = new List<TextSpan>();
        var lines = new LineMap(text);
        var start = -1;
        var end = 0;
        for (var line = 0; line < lines.LineCount; line++)
        {
            var lineStart = lines.LineStart(line);
            var lineEnd = lines.LineEnd(line);
            var blank = text.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace();
            if (blank)
            {
                if (start >= 0)
                {
                    paragraphs.Add(TextSpan.FromBounds(start, end));
                    start = -1;
                }
                continue;
            }
            if (start < 0)
            {
                start = lineStart;
            }
            end = lineEnd;
        }
        if (start >= 0)
        {
            paragraphs.Add(TextSpan.FromBounds(start, end));
        }
        return paragraphs;
    }
}
