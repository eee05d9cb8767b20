using FactLsp.Core.Text;
using Markdig.Syntax.Inlines;

namespace FactLsp.Core.Syntax;

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
internal sealed class InlinePlainText(string source)
{
    private MappedTextBuilder _builder = null!;
    private int _last;
    private bool _separatorPending;
    private int _separatorAt;
    private Action<BracketedSpanInline, int, int>? _onSpan;

    /// <summary>Whether the paragraph begun last has written a character.</summary>
    public bool Wrote { get; private set; }

    /// <summary>The file offset just past the last character written.</summary>
    public int LastEnd { get; private set; }

    /// <summary>Where the paragraph begun last starts in the builder (after its separator, if it gets one).</summary>
    public int ParagraphStart { get; private set; }

    /// <summary>
    /// Starts a paragraph in <paramref name="builder"/>. With <paramref name="separatorAt"/>, the paragraph is
    /// preceded by "\n\n" standing for that file offset, written only with the paragraph's first character
    /// (or by <see cref="WriteSeparator"/>). <paramref name="onSpan"/> is called for every span met, with the
    /// builder range its content took.
    /// </summary>
    public void Begin(MappedTextBuilder builder, int? separatorAt, Action<BracketedSpanInline, int, int>? onSpan)
    {
        _builder = builder;
        _last = 0;
        _onSpan = onSpan;
        _separatorPending = separatorAt is not null;
        _separatorAt = separatorAt ?? 0;
        Wrote = false;
        ParagraphStart = Position;
    }

    /// <summary>Writes a span's content on its own into <paramref name="builder"/>.</summary>
    public void WriteSpan(BracketedSpanInline span, MappedTextBuilder builder)
    {
        Begin(builder, null, null);
        Write(span);
    }

    /// <summary>Writes the pending separator now (a paragraph that holds only empty spans still takes its place).</summary>
    public void WriteSeparator()
    {
        if (_separatorPending)
        {
            _separatorPending = false;
            var at = new TextSpan(_separatorAt, 0);
            _builder.Append('\n', at).Append('\n', at);
        }
    }

    /// <summary>Where the next character will go, the pending separator counted.</summary>
    private int Position => _builder.Length + (_separatorPending ? 2 : 0);

    public void Write(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            WriteInline(inline);
        }
    }

    private void WriteInline(Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                WriteAligned(literal.Content.AsSpan(), literal.Span.Start, literal.Span.End + 1);
                break;
            case HtmlEntityInline entity:
                WriteWhole(entity.Transcoded.AsSpan(), entity.Span.Start, entity.Span.End + 1);
                break;
            case LineBreakInline lineBreak:
                Append('\n', BreakSpan(lineBreak.Span.Start, lineBreak.Span.End + 1));
                break;
            case AutolinkInline autolink:
                WriteAligned(autolink.Url.AsSpan(), autolink.Span.Start, autolink.Span.End + 1);
                break;
            case CodeInline or HtmlInline:
                break;
            case LinkInline { IsImage: true }:
                break;
            case BracketedSpanInline span:
                var start = Position;
                Write(span);
                _onSpan?.Invoke(span, start, Position);
                break;
            case ContainerInline container:
                // Emphasis, links, and any delimiter Markdig left in place: their text, not their markers.
                Write(container);
                break;
        }
    }

    private void Append(char c, TextSpan original)
    {
        WriteSeparator();
        _builder.Append(c, original);
        Wrote = true;
        LastEnd = original.End;
    }

    private void Append(ReadOnlySpan<char> text, int offset)
    {
        WriteSeparator();
        _builder.Append(text, offset);
        Wrote = true;
        LastEnd = offset + text.Length;
    }

    /// <summary>Maps each character to the next equal character of its source span; a character not found there stands for the whole span.</summary>
    private void WriteAligned(ReadOnlySpan<char> content, int start, int end)
    {
        if (start < 0 || end > source.Length || end <= start)
        {
            foreach (var c in content)
            {
                Append(c, new TextSpan(_last, 0));
            }
            return;
        }
        if (content.Length == end - start && content.SequenceEqual(source.AsSpan(start, end - start)))
        {
            // The usual case, a literal that is its own source text: every character is found where the
            // search below would find it, so the whole literal maps one to one, in one go.
            Append(content, start);
            _last = end;
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
                Append(c, new TextSpan(q, 1));
                p = q + 1;
                _last = p;
            }
            else
            {
                Append(c, TextSpan.FromBounds(start, end));
                _last = end;
            }
        }
    }

    private void WriteWhole(ReadOnlySpan<char> content, int start, int end)
    {
        var span = start >= 0 && end <= source.Length && end > start ? TextSpan.FromBounds(start, end) : new TextSpan(_last, 0);
        foreach (var c in content)
        {
            Append(c, span);
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
