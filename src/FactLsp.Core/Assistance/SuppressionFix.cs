using FactLsp.Core.Diagnostics;
using FactLsp.Core.Syntax;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;
using Markdig.Syntax;

namespace FactLsp.Core.Assistance;

/// <summary>
/// The quick fix offered on every diagnostic of an article: silence its rule on its line with
/// <c>&lt;!-- factlsp-disable-next-line RULE --&gt;</c>, the way markdownlint does it.
/// </summary>
/// <remarks>
/// Where the comment goes, so that the rendered article does not change:
/// <list type="bullet">
/// <item>A <c>disable-next-line</c> comment already on the line above: the rule is added to it.</item>
/// <item>The line continues a paragraph: the comment ends the previous line, as inline HTML. (On a
/// line of its own it would be an HTML block, which interrupts a paragraph and splits it in two.)</item>
/// <item>Otherwise: a line of its own above, with the line's indentation and block-quote markers, and
/// the file's line ending.</item>
/// </list>
/// Diagnostics in the front matter get no suppression: an HTML comment there would be YAML.
/// </remarks>
public static class SuppressionFix
{
    public static SuggestedFix? Create(ArticleModel article, Diagnostic diagnostic)
    {
        var document = article.Document;
        var text = document.Text;
        if (diagnostic.Span.Start < document.BodyStart || diagnostic.Span.Start > text.Length)
        {
            return null;
        }
        var lines = document.Lines;
        var line = lines.LineOf(diagnostic.Span.Start);
        var rule = diagnostic.Code;
        var title = $"Suppress '{rule}' on this line";
        var path = article.Path;

        if (document.Suppressions.Comments.LastOrDefault(c => c.Kind == SuppressionKind.DisableNextLine && c.EndLine == line - 1 && c.Rules.Count > 0) is { } existing)
        {
            var close = text.LastIndexOf("-->", existing.Span.End - 1, existing.Span.Length, StringComparison.Ordinal);
            var at = close;
            while (at > existing.Span.Start && char.IsWhiteSpace(text[at - 1]))
            {
                at--;
            }
            return new SuggestedFix(title, [new SuggestedEdit(path, new TextSpan(at, 0), " " + rule)]);
        }

        var comment = $"<!-- factlsp-disable-next-line {rule} -->";
        if (line > 0 && lines.LineStart(line - 1) >= document.BodyStart && ContinuesParagraph(document, lines, line))
        {
            return new SuggestedFix(title, [new SuggestedEdit(path, new TextSpan(BeforeHardBreak(text, lines, line - 1), 0), " " + comment)]);
        }
        var start = lines.LineStart(line);
        var prefix = ContainerPrefix(text, start, lines.LineEnd(line));
        return new SuggestedFix(title, [new SuggestedEdit(path, new TextSpan(start, 0), prefix + comment + LineEndings.Of(lines, line))]);
    }

    /// <summary>Whether <paramref name="line"/> and the line before it belong to one paragraph.</summary>
    private static bool ContinuesParagraph(MarkdownSyntax document, LineMap lines, int line)
    {
        var previousEnd = lines.LineEnd(line - 1);
        if (previousEnd == lines.LineStart(line - 1))
        {
            return false;
        }
        var start = lines.LineStart(line);
        return document.Document.Descendants<ParagraphBlock>().Any(p => p.Span.Start < previousEnd && p.Span.End >= start);
    }

    /// <summary>The end of a line's content, before a hard break (two trailing spaces or a backslash) that must stay last.</summary>
    private static int BeforeHardBreak(string text, LineMap lines, int line)
    {
        var start = lines.LineStart(line);
        var end = lines.LineEnd(line);
        var content = end;
        while (content > start && text[content - 1] is ' ' or '\t')
        {
            content--;
        }
        if (end - content >= 2)
        {
            return content;
        }
        if (content > start && text[content - 1] == '\\' && end == content)
        {
            return content - 1;
        }
        return content;
    }

    /// <summary>The indentation and block-quote markers that open the line ("  ", "> ", "> > ").</summary>
    private static string ContainerPrefix(string text, int start, int end)
    {
        var i = start;
        while (i < end && text[i] is ' ' or '\t' or '>')
        {
            i++;
        }
        return text[start..i];
    }
}
