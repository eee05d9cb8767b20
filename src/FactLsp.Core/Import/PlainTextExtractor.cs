using System.Text.RegularExpressions;
using FactLsp.Core.Syntax;

namespace FactLsp.Core.Import;

/// <summary>
/// A local <c>.txt</c> or <c>.md</c> file as a source: a text file's paragraphs (blank lines between)
/// with their line breaks, or a Markdown file's body as it is, its own front matter left out (its
/// <c>title</c> is kept). The title is otherwise the first heading, else the file name.
/// </summary>
public static partial class PlainTextExtractor
{
    public static ExtractedText Extract(string text, bool isMarkdown, string fileName)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (isMarkdown)
        {
            var front = FrontMatterSyntax.Scan(text, out _);
            var body = front is null ? text : text[front.BodyStart..];
            var yamlTitle = front is null ? null : YamlTitle().Match(text[..front.BodyStart]) is { Success: true } m ? m.Groups["title"].Value.Trim().Trim('"', '\'') : null;
            var heading = Heading().Match(body);
            var blocks = string.IsNullOrWhiteSpace(body) ? [] : new List<TextBlock> { new(BlockKind.Markdown, body) };
            return new ExtractedText(blocks, new DocumentMetadata { Title = yamlTitle ?? (heading.Success ? heading.Groups["title"].Value.Trim() : fileName) });
        }
        var paragraphs = Regex.Split(text, @"\n[ \t]*\n")
            .Select(p => string.Join('\n', p.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)))
            .Where(p => p.Length > 0)
            .Select(p => new TextBlock(BlockKind.Paragraph, p))
            .ToList();
        return new ExtractedText(paragraphs, new DocumentMetadata { Title = fileName });
    }

    [GeneratedRegex(@"^title:\s*(?<title>.+)$", RegexOptions.Multiline)]
    private static partial Regex YamlTitle();

    [GeneratedRegex(@"^#{1,6}\s+(?<title>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
