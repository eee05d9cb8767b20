using FactLsp.Core.Text;

namespace FactLsp.Core.Assistance;

/// <summary>The line ending an edit should write, so that a CRLF file stays CRLF.</summary>
public static class LineEndings
{
    /// <summary>The break that ends the line before <paramref name="line"/>, else the file's first break, else "\n".</summary>
    public static string Of(LineMap lines, int line = 0)
    {
        var text = lines.Text;
        if (line > 0 && line < lines.LineCount)
        {
            var end = lines.LineEnd(line - 1);
            return text.AsSpan(end, lines.LineStart(line) - end).ToString() is { Length: > 0 } brk ? brk : "\n";
        }
        var first = text.IndexOfAny(['\r', '\n']);
        if (first < 0)
        {
            return "\n";
        }
        return text[first] == '\r' && first + 1 < text.Length && text[first + 1] == '\n' ? "\r\n" : text[first].ToString();
    }
}
