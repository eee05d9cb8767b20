using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FactLsp.Core.Syntax;

/// <summary>
/// Turns <c>[…]{…}</c> into a <see cref="BracketedSpanInline"/>.
/// </summary>
/// <remarks>
/// It runs on <c>]</c>, before <see cref="LinkInlineParser"/>, and only when the <c>]</c> is directly
/// followed by <c>{</c>: every other <c>]</c> is left to the link parser, so <c>[link](url)</c>,
/// <c>[ref]</c> and a nested <c>[sic]</c> keep their CommonMark meaning. The opening <c>[</c> is the
/// link parser's own delimiter, which CommonMark's delimiter algorithm has already matched against
/// nested brackets, emphasis and code spans; taking the inlines collected since it as the span's
/// children is exactly what <see cref="LinkInlineParser"/> does for a link's text. An inactive opener
/// (one that precedes a link) still opens a span: Pandoc allows links inside spans.
/// </remarks>
public sealed class BracketedSpanInlineParser : InlineParser
{
    public BracketedSpanInlineParser()
    {
        OpeningCharacters = [']'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.CurrentChar != ']' || slice.PeekChar() != '{')
        {
            return false;
        }

        var opener = FindOpener(processor.Inline);
        if (opener is null || opener.IsImage)
        {
            // No '[' to pair with, or '![…]{…}' (an image with attributes): not a span.
            return false;
        }

        var text = slice.Text;
        var closeBracket = slice.Start;
        var openBrace = closeBracket + 1;
        var attrStart = openBrace + 1;
        var sliceEnd = slice.End + 1; // StringSlice.End is inclusive
        var closeBrace = AttributeParser.FindClosingBrace(text, attrStart, sliceEnd, out var stop);
        var attrEnd = closeBrace >= 0 ? closeBrace : stop;

        int ToFile(int index) => processor.GetSourcePosition(index);

        var parsed = AttributeParser.Parse(text, attrStart, attrEnd, ToFile);
        IReadOnlyList<SyntaxError> errors = parsed.Errors;
        var openerStart = opener.Span.Start;
        var lastIndex = closeBrace >= 0 ? closeBrace : Math.Max(openBrace, attrEnd - 1);
        var fullSpan = FactLsp.Core.Text.TextSpan.FromBounds(openerStart, ToFile(lastIndex) + 1);
        if (closeBrace < 0)
        {
            // Reported on the '{' and what follows it on the line, where the writer will look for it.
            errors = [new SyntaxError(
                AttributeParser.Map(text, openBrace, Math.Max(openBrace + 1, attrEnd), ToFile),
                "The attributes opened by '{' are not closed by '}' before the end of the paragraph."), .. errors];
        }

        var span = new BracketedSpanInline
        {
            Span = new SourceSpan(openerStart, ToFile(lastIndex)),
            Line = opener.Line,
            Column = opener.Column,
            FullSpan = fullSpan,
            ContentSpan = FactLsp.Core.Text.TextSpan.FromBounds(opener.Span.End + 1, ToFile(closeBracket)),
            AttributesSpan = AttributeParser.Map(text, attrStart, attrEnd, ToFile),
            Attributes = parsed.Attributes,
            Errors = errors,
            IsUnclosed = closeBrace < 0,
        };

        // The children collected since '[' become the span's content, as for a link's text.
        opener.ReplaceBy(span);
        processor.Inline = span;
        processor.PostProcessInlines(0, span, null, false);
        span.IsClosed = true;

        slice.Start = closeBrace >= 0 ? closeBrace + 1 : attrEnd;
        return true;
    }

    private static LinkDelimiterInline? FindOpener(Inline? inline)
    {
        for (var current = inline; current is not null; current = current.Parent)
        {
            if (current is LinkDelimiterInline delimiter)
            {
                return delimiter;
            }
        }
        return null;
    }
}
