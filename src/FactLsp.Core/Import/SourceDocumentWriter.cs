using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FactLsp.Core.Import;

/// <summary>What goes in a source's front matter besides what the document said about itself.</summary>
public sealed record SourceHeader(string Id, string Kind, string? Url, string? ImportedFrom, string? Speaker, DateOnly Retrieved, string Sha256);

/// <summary>
/// A source file's text: YAML front matter (spec §3 keys, and <c>retrieved</c>, <c>sha256</c>) and
/// the body as Markdown whose plain text is exactly what the reader saw: every character Markdown
/// would read as markup is escaped, so FactLsp's Markdown reading gives back the page's words.
/// Headings stay headings, block quotations stay quotations, line breaks stay line breaks, and a
/// PDF's page starts are HTML comments (<c>&lt;!-- page 2 --&gt;</c>), which the checker skips.
/// </summary>
public static partial class SourceDocumentWriter
{
    public static string Write(SourceHeader header, ExtractedText text)
    {
        var m = text.Metadata;
        var yaml = new StringBuilder("---\n");
        yaml.Append("id: ").Append(header.Id).Append('\n');
        Key(yaml, "title", m.Title);
        Key(yaml, "publisher", m.Publisher);
        Key(yaml, "author", m.Author);
        if (m.Published is { } date)
        {
            yaml.Append("date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }
        Key(yaml, "url", header.Url);
        yaml.Append("kind: ").Append(header.Kind).Append('\n');
        Key(yaml, "language", m.Language);
        Key(yaml, "speaker", header.Speaker);
        Key(yaml, "imported_from", header.ImportedFrom);
        yaml.Append("retrieved: ").Append(header.Retrieved.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        yaml.Append("sha256: ").Append(header.Sha256).Append('\n');
        yaml.Append("---\n");
        return yaml.Append(Body(text.Blocks)).ToString();
    }

    public static string Body(IEnumerable<TextBlock> blocks)
    {
        var body = new StringBuilder();
        foreach (var block in blocks)
        {
            body.Append('\n');
            switch (block.Kind)
            {
                case BlockKind.PageStart:
                    body.Append("<!-- page ").Append(block.Level.ToString(CultureInfo.InvariantCulture)).Append(" -->\n");
                    break;
                case BlockKind.Markdown:
                    body.Append(block.Text.Trim('\n')).Append('\n');
                    break;
                case BlockKind.Heading:
                    body.Append(new string('#', Math.Clamp(block.Level, 1, 6))).Append(' ')
                        .Append(EscapeInline(string.Join(' ', block.Text.Split('\n')))).Append('\n');
                    break;
                case BlockKind.BlockQuote:
                    foreach (var line in block.Text.Split('\n'))
                    {
                        body.Append("> ").Append(EscapeLine(line)).Append('\n');
                    }
                    break;
                default:
                    foreach (var line in block.Text.Split('\n'))
                    {
                        body.Append(EscapeLine(line)).Append('\n');
                    }
                    break;
            }
        }
        return body.ToString();
    }

    /// <summary>One line of a paragraph: inline markup escaped, and whatever would start a block at a line start.</summary>
    internal static string EscapeLine(string line)
    {
        var escaped = EscapeInline(line);
        if (BlockStart().IsMatch(escaped))
        {
            return "\\" + escaped;
        }
        var ordered = OrderedListStart().Match(escaped);
        return ordered.Success ? escaped[..ordered.Groups["digits"].Length] + "\\" + escaped[ordered.Groups["digits"].Length..] : escaped;
    }

    /// <summary>Backslash escapes for the ASCII punctuation CommonMark (and bracketed spans) read as markup.</summary>
    internal static string EscapeInline(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '&')
            {
                result.Append('\\');
            }
            result.Append(c);
        }
        // Two trailing spaces would be a hard break: nothing a reader sees.
        return result.ToString().TrimEnd();
    }

    private static void Key(StringBuilder yaml, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            yaml.Append(key).Append(": ").Append(Quote(value)).Append('\n');
        }
    }

    /// <summary>A YAML double-quoted scalar: safe for any text (colons, quotes, a leading '@').</summary>
    internal static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': quoted.Append("\\\\"); break;
                case '"': quoted.Append("\\\""); break;
                case '\n': quoted.Append("\\n"); break;
                case '\t': quoted.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        quoted.Append(c);
                    }
                    break;
            }
        }
        return quoted.Append('"').ToString();
    }

    [GeneratedRegex(@"^[#>+=~|*-]")]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"^(?<digits>\d{1,9})[.)](?:\s|$)")]
    private static partial Regex OrderedListStart();
}
