using System.Text;

namespace FactLsp.Core.Text;

/// <summary>
/// The one mapper between offsets and (line, column). Lines end at "\r\n", "\n" or "\r",
/// as LSP defines them. Columns count UTF-16 code units (C# string indexes) or UTF-8 bytes.
/// </summary>
public sealed class LineMap
{
    private readonly string _text;
    private readonly int[] _lineStarts;

    public LineMap(string text)
    {
        _text = text;
        // Line breaks found by a vectorised search; with no '\r' at all, the count of '\n' sizes the array exactly.
        var span = text.AsSpan();
        var at = 0;
        if (!span.Contains('\r'))
        {
            var starts = new int[span.Count('\n') + 1];
            var line = 1;
            for (var k = span.IndexOf('\n'); k >= 0; k = span[at..].IndexOf('\n'))
            {
                at += k + 1;
                starts[line++] = at;
            }
            _lineStarts = starts;
            return;
        }
        var list = new List<int>(span.Count('\n') + 2) { 0 };
        for (var k = span.IndexOfAny('\r', '\n'); k >= 0; k = span[at..].IndexOfAny('\r', '\n'))
        {
            var i = at + k;
            if (span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n')
            {
                i++;
            }
            at = i + 1;
            list.Add(at);
        }
        _lineStarts = list.ToArray();
    }

    public string Text => _text;

    public int LineCount => _lineStarts.Length;

    public int LineStart(int line) => _lineStarts[Math.Clamp(line, 0, _lineStarts.Length - 1)];

    /// <summary>The offset just past the line's content, before its line break.</summary>
    public int LineEnd(int line)
    {
        line = Math.Clamp(line, 0, _lineStarts.Length - 1);
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : _text.Length;
        while (end > _lineStarts[line] && (_text[end - 1] == '\n' || _text[end - 1] == '\r'))
        {
            end--;
        }
        return end;
    }

    public int LineOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetPosition(int offset, PositionEncoding encoding = PositionEncoding.Utf16)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        var line = LineOf(offset);
        var start = _lineStarts[line];
        var column = encoding == PositionEncoding.Utf16
            ? offset - start
            : Encoding.UTF8.GetByteCount(_text.AsSpan(start, offset - start));
        return new LinePosition(line, column);
    }

    public LineRange GetRange(TextSpan span, PositionEncoding encoding = PositionEncoding.Utf16) =>
        new(GetPosition(span.Start, encoding), GetPosition(span.End, encoding));

    /// <summary>
    /// The offset of a position. A line past the end maps to the end of the text; a column past
    /// the end of its line maps to the line's end (LSP says so); a column inside a surrogate pair
    /// or a UTF-8 sequence moves back to the start of that character.
    /// </summary>
    public int GetOffset(LinePosition position, PositionEncoding encoding = PositionEncoding.Utf16)
    {
        if (position.Line < 0)
        {
            return 0;
        }
        if (position.Line >= _lineStarts.Length)
        {
            return _text.Length;
        }
        var start = _lineStarts[position.Line];
        var end = LineEnd(position.Line);
        var column = Math.Max(0, position.Character);
        if (encoding == PositionEncoding.Utf16)
        {
            var offset = Math.Min(start + column, end);
            if (offset > start && offset < end && char.IsLowSurrogate(_text[offset]) && char.IsHighSurrogate(_text[offset - 1]))
            {
                offset--;
            }
            return offset;
        }

        var bytes = 0;
        var i = start;
        while (i < end)
        {
            var width = char.IsHighSurrogate(_text[i]) && i + 1 < end && char.IsLowSurrogate(_text[i + 1]) ? 2 : 1;
            var charBytes = Encoding.UTF8.GetByteCount(_text.AsSpan(i, width));
            if (bytes + charBytes > column)
            {
                break;
            }
            bytes += charBytes;
            i += width;
        }
        return i;
    }

    public TextSpan GetSpan(LineRange range, PositionEncoding encoding = PositionEncoding.Utf16)
    {
        var start = GetOffset(range.Start, encoding);
        var end = GetOffset(range.End, encoding);
        return end >= start ? TextSpan.FromBounds(start, end) : TextSpan.FromBounds(end, start);
    }
}
