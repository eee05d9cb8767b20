using FactLsp.Core.Text;

namespace FactLsp.Core.Syntax;

/// <summary>
/// A plain-text source (<c>.txt</c>): the text itself, unchanged, split into paragraphs at blank
/// lines. Plain text carries no annotations (only Markdown sources do).
/// </summary>
public static class PlainTextDocument
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
        // Line by line, the breaks found by a vectorised search: no line map is made for it.
        var paragraphs = new List<TextSpan>();
        var span = text.AsSpan();
        var start = -1;
        var end = 0;
        var lineStart = 0;
        while (true)
        {
            var k = span[lineStart..].IndexOfAny('\r', '\n');
            var lineEnd = k < 0 ? span.Length : lineStart + k;
            if (span[lineStart..lineEnd].IsWhiteSpace())
            {
                if (start >= 0)
                {
                    paragraphs.Add(TextSpan.FromBounds(start, end));
                    start = -1;
                }
            }
            else
            {
                if (start < 0)
                {
                    start = lineStart;
                }
                end = lineEnd;
            }
            if (k < 0)
            {
                break;
            }
            lineStart = lineEnd + (span[lineEnd] == '\r' && lineEnd + 1 < span.Length && span[lineEnd + 1] == '\n' ? 2 : 1);
        }
        if (start >= 0)
        {
            paragraphs.Add(TextSpan.FromBounds(start, end));
        }
        return paragraphs;
    }
}
