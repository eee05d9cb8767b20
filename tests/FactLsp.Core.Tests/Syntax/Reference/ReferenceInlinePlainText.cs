// A verbatim copy of the parser as it was before the speed work of issue 11 (main at 2872536), kept
// as the reference the faster parser is compared with on random Markdown (ParserEquivalenceTests).
// Do not optimise it: its worth is that it is the old, simple behaviour.
using FactLsp.Core.Syntax;
using FactLsp.Core.Text;
using Markdig.Syntax.Inlines;

namespace FactLsp.Core.Tests.Syntax.Reference;

/// <summary>
/// Writes inlines as plain text into a <see cref="MappedTextBuilder"/>, every character mapped to the
/// file characters it came from.
/// </summary>
/// <remarks>
/// What is kept: literal text (escapes resolved), entities decoded, link and emphasis text, autolink
/// text, soft and hard line breaks as "\n", span content. What goes: emphasis markers, link
/// destinations and titles, images, code spans ("never quotes"), inline HTML.
/// Markdig's inline spans are inclusive and its literal contents may be shorter than their source
/// (an escape <c>\*</c> becomes <c>*</c>, a failed <c>[</c> is a fresh one-character string), so each
/// literal is aligned with its source text character by character instead of trusting an offset.
/// </remarks>
internal sealed class ReferenceInlinePlainText(string source)
{
    private int _last;

    /// <summary>Called for every span met, with the builder range its content took.</summary>
    public Action<BracketedSpanInline, int, int>? OnSpan { get; init; }

    public void Write(ContainerInline container, MappedTextBuilder builder)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            WriteInline(inline, builder);
        }
    }

    private void WriteInline(Inline inline, MappedTextBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                WriteAligned(literal.Content.AsSpan(), literal.Span.Start, literal.Span.End + 1, builder);
                break;
            case HtmlEntityInline entity:
                WriteWhole(entity.Transcoded.AsSpan(), entity.Span.Start, entity.Span.End + 1, builder);
                break;
            case LineBreakInline lineBreak:
                builder.Append('\n', BreakSpan(lineBreak.Span.Start, lineBreak.Span.End + 1));
                break;
            case AutolinkInline autolink:
                WriteAligned(autolink.Url.AsSpan(), autolink.Span.Start, autolink.Span.End + 1, builder);
                break;
            case CodeInline or HtmlInline:
                break;
            case LinkInline { IsImage: true }:
                break;
            case BracketedSpanInline span:
                var start = builder.Length;
                Write(span, builder);
                OnSpan?.Invoke(span, start, builder.Length);
                break;
            case ContainerInline container:
                // Emphasis, links, and any delimiter Markdig left in place: their text, not their markers.
                Write(container, builder);
                break;
        }
    }

    /// <summary>Maps each character to the next equal character of its source span; a character not found there stands for the whole span.</summary>
    private void WriteAligned(ReadOnlySpan<char> content, int start, int end, MappedTextBuilder builder)
    {
        if (start < 0 || end > source.Length || end <= start)
        {
            foreach (var c in content)
            {
                builder.Append(c, new TextSpan(_last, 0));
            }
            return;
        }
        var p = start;
        foreach (var c in content)
        {
            var q = p;
            while (q < end && source[q] != c)
            {
                q++;
            }
            if (q < end)
            {
                builder.Append(c, q);
                p = q + 1;
                _last = p;
            }
            else
            {
                builder.Append(c, TextSpan.FromBounds(start, end));
                _last = end;
            }
        }
    }

    private void WriteWhole(ReadOnlySpan<char> content, int start, int end, MappedTextBuilder builder)
    {
        var span = start >= 0 && end <= source.Length && end > start ? TextSpan.FromBounds(start, end) : new TextSpan(_last, 0);
        foreach (var c in content)
        {
            builder.Append(c, span);
        }
        _last = span.End;
    }

    /// <summary>The line break itself ("\n", "\r\n" or "\r"), found from where Markdig's break inline starts (a hard break starts at its spaces or backslash).</summary>
    private TextSpan BreakSpan(int start, int end)
    {
        var i = Math.Max(0, start);
        while (i < source.Length && source[i] is not ('\n' or '\r'))
        {
            i++;
        }
        if (i >= source.Length)
        {
            return new TextSpan(Math.Min(Math.Max(0, start), source.Length), 0);
        }
        var length = source[i] == '\r' && i + 1 < source.Length && source[i + 1] == '\n' ? 2 : 1;
        _last = i + length;
        return new TextSpan(i, length);
    }
}
