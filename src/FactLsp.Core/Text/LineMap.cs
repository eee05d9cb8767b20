using System.Text;

namespace FactLsp.Core.Text;

/// <summary>
/// The one mapper between offsets and (line, column). Lines end at "\r\n", "\n" or "\r",
/// as LSP defines them. Columns count UTF-16 code units (C# string indexes) or UTF-8 bytes.
/// </summary>
public sealed class LineMap
{
    // The text, or (for a file held as UTF-8 bytes) how to get it: line numbers and UTF-16 columns need only the
    // line starts and the length, so a map made from the bytes never decodes the file for them.
    private readonly string? _text;
    private readonly Func<string>? _load;
    private readonly int _length;
    private readonly int[] _lineStarts;

    public LineMap(string text)
    {
        _text = text;
        _length = text.Length;
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

    private LineMap(int[] lineStarts, int length, Func<string> load)
    {
        _lineStarts = lineStarts;
        _length = length;
        _load = load;
    }

    /// <summary>
    /// The map of the text <paramref name="utf8"/> (valid UTF-8) decodes to, made from the bytes: offsets and columns in
    /// UTF-16 code units as the decoded text's map gives them. <paramref name="load"/> gives the decoded text, asked
    /// only for what needs the characters (line ends, UTF-8 columns, <see cref="Text"/>).
    /// </summary>
    public static LineMap FromUtf8(ReadOnlySpan<byte> utf8, Func<string> load)
    {
        // Line breaks are ASCII, so they are found in the bytes; the UTF-16 length of each stretch between them is
        // counted by the vectorised decoder's counter.
        var at = 0;
        var offset = 0;
        if (!utf8.Contains((byte)'\r'))
        {
            // As the string's map does: with no '\r' at all, the count of '\n' sizes the array exactly (no list to copy).
            var lines = new int[utf8.Count((byte)'\n') + 1];
            var line = 1;
            for (var k = utf8.IndexOf((byte)'\n'); k >= 0; k = utf8[at..].IndexOf((byte)'\n'))
            {
                var i = at + k;
                offset += Encoding.UTF8.GetCharCount(utf8[at..i]) + 1;
                at = i + 1;
                lines[line++] = offset;
            }
            return new LineMap(lines, offset + Encoding.UTF8.GetCharCount(utf8[at..]), load);
        }
        var starts = new List<int>(utf8.Count((byte)'\n') + 2) { 0 };
        for (var k = utf8.IndexOfAny((byte)'\r', (byte)'\n'); k >= 0; k = utf8[at..].IndexOfAny((byte)'\r', (byte)'\n'))
        {
            var i = at + k;
            offset += Encoding.UTF8.GetCharCount(utf8[at..i]);
            var width = utf8[i] == '\r' && i + 1 < utf8.Length && utf8[i + 1] == '\n' ? 2 : 1;
            offset += width;
            at = i + width;
            starts.Add(offset);
        }
        offset += Encoding.UTF8.GetCharCount(utf8[at..]);
        return new LineMap(starts.ToArray(), offset, load);
    }

    private string Loaded => _text ?? _load!();

    public string Text => Loaded;

    public int LineCount => _lineStarts.Length;

    public int LineStart(int line) => _lineStarts[Math.Clamp(line, 0, _lineStarts.Length - 1)];

    /// <summary>The offset just past the line's content, before its line break.</summary>
    public int LineEnd(int line)
    {
        line = Math.Clamp(line, 0, _lineStarts.Length - 1);
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : _length;
        if (end == _lineStarts[line])
        {
            return end;
        }
        var text = Loaded;
        while (end > _lineStarts[line] && (text[end - 1] == '\n' || text[end - 1] == '\r'))
        {
            end--;
        }
        return end;
    }

    public int LineOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _length);
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetPosition(int offset, PositionEncoding encoding = PositionEncoding.Utf16)
    {
        offset = Math.Clamp(offset, 0, _length);
        var line = LineOf(offset);
        var start = _lineStarts[line];
        var column = encoding == PositionEncoding.Utf16
            ? offset - start
            : Encoding.UTF8.GetByteCount(Loaded.AsSpan(start, offset - start));
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
            return _length;
        }
        var start = _lineStarts[position.Line];
        var end = LineEnd(position.Line);
        var text = Loaded;
        var column = Math.Max(0, position.Character);
        if (encoding == PositionEncoding.Utf16)
        {
            var offset = Math.Min(start + column, end);
            if (offset > start && offset < end && char.IsLowSurrogate(text[offset]) && char.IsHighSurrogate(text[offset - 1]))
            {
                offset--;
            }
            return offset;
        }

        var bytes = 0;
        var i = start;
        while (i < end)
        {
            var width = char.IsHighSurrogate(text[i]) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var charBytes = Encoding.UTF8.GetByteCount(text.AsSpan(i, width));
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
