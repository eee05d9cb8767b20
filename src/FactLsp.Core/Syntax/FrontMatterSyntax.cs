using FactLsp.Core.Text;

namespace FactLsp.Core.Syntax;

/// <summary>
/// A YAML front matter: <c>---</c> on line 1, closed by a <c>---</c> or <c>...</c> line.
/// </summary>
/// <param name="Yaml">The raw YAML between the delimiter lines.</param>
/// <param name="YamlSpan">Where <paramref name="Yaml"/> lies in the file (YAML parser marks add to its start).</param>
/// <param name="Span">The whole front matter, both delimiter lines included (the closing line break excluded).</param>
/// <param name="BodyStart">The file offset where the body begins: just past the closing line's line break.</param>
public sealed record FrontMatterSyntax(string Yaml, TextSpan YamlSpan, TextSpan Span, int BodyStart)
{
    /// <summary>
    /// Looks for a front matter. Returns null when line 1 is not <c>---</c>. When it is but no closing
    /// line follows, returns null too and sets <paramref name="error"/> on line 1: the file is then
    /// read as if it had no front matter.
    /// </summary>
    public static FrontMatterSyntax? Scan(string text, out SyntaxError? error)
    {
        error = null;
        // A byte order mark is not content; editors hide it, so line 1 starts after it.
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var (firstEnd, next) = ReadLine(text, start);
        if (!IsDelimiter(text, start, firstEnd, allowDots: false))
        {
            return null;
        }

        var yamlStart = next;
        var lineStart = next;
        while (lineStart < text.Length)
        {
            var (lineEnd, after) = ReadLine(text, lineStart);
            if (IsDelimiter(text, lineStart, lineEnd, allowDots: true))
            {
                return new FrontMatterSyntax(
                    text[yamlStart..lineStart],
                    TextSpan.FromBounds(yamlStart, lineStart),
                    TextSpan.FromBounds(start, lineEnd),
                    after);
            }
            lineStart = after;
        }

        error = new SyntaxError(TextSpan.FromBounds(start, firstEnd), "The front matter opened on line 1 is never closed by '---' or '...'.");
        return null;
    }

    private static bool IsDelimiter(string text, int start, int end, bool allowDots)
    {
        // Trailing blanks are invisible in an editor, so "--- " still counts.
        while (end > start && text[end - 1] is ' ' or '\t')
        {
            end--;
        }
        if (end - start != 3)
        {
            return false;
        }
        var line = text.AsSpan(start, 3);
        return line.SequenceEqual("---") || (allowDots && line.SequenceEqual("..."));
    }

    /// <summary>The end of the line's content and the start of the next line.</summary>
    private static (int End, int Next) ReadLine(string text, int start)
    {
        var i = start;
        while (i < text.Length && text[i] is not ('\n' or '\r'))
        {
            i++;
        }
        var next = i;
        if (next < text.Length)
        {
            next += text[next] == '\r' && next + 1 < text.Length && text[next + 1] == '\n' ? 2 : 1;
        }
        return (i, next);
    }
}
