using System.Text;

namespace FactLsp.Core.Assistance;

/// <summary>
/// Markdown for hovers, built from text FactLsp does not control (source passages, names from
/// people.yaml): such text is escaped so that a '*' or a '[' in a source prints as itself.
/// </summary>
public static class MarkdownText
{
    // ASCII punctuation that can start or end Markdown constructs anywhere in a line.
    private const string Special = "\\`*_[]<>|~&#";

    /// <summary>The text as Markdown that renders as the text itself, on one line (runs of white space fold to one space, ends trimmed).</summary>
    public static string Escape(string text) => EscapeLineStart(EscapeInline(text).Trim());

    /// <summary>
    /// Like <see cref="Escape"/>, for a piece of a line: white space at either end is kept (as one
    /// space) so that pieces can be joined, and the start of a line is not guarded.
    /// </summary>
    public static string EscapeInline(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            if (Special.Contains(c))
            {
                builder.Append('\\');
            }
            builder.Append(c);
        }
        if (space)
        {
            builder.Append(' ');
        }
        return builder.ToString();
    }

    /// <summary>Bold, with the white space at the ends moved outside the markers (CommonMark does not bold "** x**").</summary>
    public static string Bold(string escaped)
    {
        var trimmed = escaped.Trim();
        if (trimmed.Length == 0)
        {
            return escaped;
        }
        var lead = escaped.Length - escaped.TrimStart().Length;
        var trail = escaped.Length - escaped.TrimEnd().Length;
        return escaped[..lead] + "**" + trimmed + "**" + escaped[(escaped.Length - trail)..];
    }

    /// <summary>A URL as an autolink when it can be one, else as escaped text.</summary>
    public static string Link(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out _) && !url.Any(c => char.IsWhiteSpace(c) || c is '<' or '>') ? $"<{url}>" : Escape(url);

    /// <summary>Inline code that survives backticks in the text.</summary>
    public static string Code(string text)
    {
        var fence = "`";
        while (text.Contains(fence, StringComparison.Ordinal))
        {
            fence += "`";
        }
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : string.Empty;
        return fence + pad + text + pad + fence;
    }

    /// <summary>
    /// Guards the start of a line: a leading "-", "+", "=" or "1." would make a list item or a heading underline of a line
    /// that is meant as prose.
    /// </summary>
    public static string EscapeLineStart(string line)
    {
        if (line.Length == 0)
        {
            return line;
        }
        if (line[0] is '-' or '+' or '=')
        {
            return "\\" + line;
        }
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }
        if (digits > 0 && digits < line.Length && line[digits] is '.' or ')')
        {
            return line[..digits] + "\\" + line[digits..];
        }
        return line;
    }
}
