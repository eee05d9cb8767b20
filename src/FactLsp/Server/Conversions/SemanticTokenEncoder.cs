using System.Text;
using FactLsp.Core.Assistance;
using FactLsp.Core.Text;

namespace FactLsp.Server.Conversions;

/// <summary>
/// Absolute token spans to LSP's relative integer form. A token that crosses a line break (a quoted
/// value wrapped over two lines) becomes one token per line, since clients need not support
/// multi-line tokens; a continuation line's token starts after its indentation.
/// </summary>
internal static class SemanticTokenEncoder
{
    public static IReadOnlyList<int> Encode(LineMap lines, IEnumerable<AnnotationToken> tokens, PositionEncoding encoding)
    {
        var data = new List<int>();
        int previousLine = 0, previousStart = 0;
        foreach (var token in tokens)
        {
            var (type, modifiers) = SemanticTokenLegend.Of(token.Type);
            foreach (var piece in SplitAtLines(lines, token.Span))
            {
                var start = lines.GetPosition(piece.Start, encoding);
                var length = Length(lines.Text, piece, encoding);
                if (length == 0)
                {
                    continue;
                }
                var deltaLine = start.Line - previousLine;
                data.Add(deltaLine);
                data.Add(deltaLine == 0 ? start.Character - previousStart : start.Character);
                data.Add(length);
                data.Add(type);
                data.Add(modifiers);
                previousLine = start.Line;
                previousStart = start.Character;
            }
        }
        return data;
    }

    private static IEnumerable<TextSpan> SplitAtLines(LineMap lines, TextSpan span)
    {
        var first = lines.LineOf(span.Start);
        var last = lines.LineOf(span.End);
        for (var line = first; line <= last; line++)
        {
            var start = line == first ? span.Start : lines.LineStart(line);
            if (line != first)
            {
                while (start < span.End && lines.Text[start] is ' ' or '\t')
                {
                    start++;
                }
            }
            var end = Math.Min(span.End, lines.LineEnd(line));
            if (end > start)
            {
                yield return TextSpan.FromBounds(start, end);
            }
        }
    }

    private static int Length(string text, TextSpan span, PositionEncoding encoding) =>
        encoding == PositionEncoding.Utf16 ? span.Length : Encoding.UTF8.GetByteCount(text.AsSpan(span.Start, span.Length));
}
