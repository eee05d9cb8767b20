using FactLsp.Core.Diagnostics;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Import;

/// <summary>
/// A source an article declares with a <c>url:</c> and no text (no <c>file:</c>): its quotes cannot
/// be verified until the page is imported. <see cref="RemoveDeclaration"/> takes the article's entry
/// out once the imported file defines the id (else the two would be a duplicate-id).
/// </summary>
public sealed record ImportTarget(string SourceId, string Url, TextSpan DeclarationKey, Diagnostic? Diagnostic, SuggestedEdit? RemoveDeclaration);

/// <summary>Finds, in an article, the text-less declared sources that could be imported from their URL.</summary>
public static class ImportTargets
{
    /// <summary>The targets under a range: a <c>sources:</c> entry's key, or an annotation citing the source.</summary>
    public static IReadOnlyList<ImportTarget> For(WorkspaceSnapshot snapshot, string articlePath, TextSpan range)
    {
        var article = snapshot.GetArticle(articlePath);
        if (article is null)
        {
            return [];
        }
        var diagnostics = snapshot.GetDiagnostics(articlePath);
        var targets = new List<ImportTarget>();
        foreach (var target in All(snapshot, articlePath))
        {
            var citing = article.Annotations.Where(a => a.Src?.Value == target.SourceId && Touches(a.Syntax.Span, range)).ToList();
            if (!Touches(target.DeclarationKey, range) && citing.Count == 0)
            {
                continue;
            }
            var diagnostic = diagnostics.FirstOrDefault(d => d.Code == "unverifiable-quote" && citing.Any(a => Touches(a.Syntax.Span, d.Span)));
            targets.Add(target with { Diagnostic = diagnostic });
        }
        return targets;
    }

    /// <summary>Every importable declaration of the article, wherever the cursor is.</summary>
    public static IReadOnlyList<ImportTarget> All(WorkspaceSnapshot snapshot, string articlePath)
    {
        var article = snapshot.GetArticle(articlePath);
        var text = article?.File.Text;
        if (article is null || text is null)
        {
            return [];
        }
        return article.FrontMatter.Sources
            .Where(s => s.File is null && s.Metadata.Url is { } url && SourceFetcher.IsUrl(url))
            .Select(s => new ImportTarget(s.Metadata.Id, s.Metadata.Url!, s.Definition.KeySpan, null, Removal(articlePath, text, s.Definition.KeySpan)))
            .ToList();
    }

    /// <summary>
    /// The lines of a <c>sources:</c> entry: its key's line and every following line indented deeper
    /// (a block mapping, or a flow mapping spread over lines).
    /// </summary>
    internal static SuggestedEdit? Removal(string path, string text, TextSpan key)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, key.Start - 1)) + 1;
        if (key.Start == 0)
        {
            lineStart = 0;
        }
        var indent = Indent(text, lineStart);
        var end = NextLine(text, lineStart);
        while (end < text.Length)
        {
            var lineIndent = Indent(text, end);
            var lineEnd = NextLine(text, end);
            var blank = text.AsSpan(end, lineEnd - end).Trim().Length == 0;
            if (!blank && lineIndent <= indent)
            {
                break;
            }
            if (blank)
            {
                // A blank line ends the entry only if nothing deeper follows it.
                var next = lineEnd;
                while (next < text.Length && text.AsSpan(next, NextLine(text, next) - next).Trim().Length == 0)
                {
                    next = NextLine(text, next);
                }
                if (next >= text.Length || Indent(text, next) <= indent)
                {
                    break;
                }
            }
            end = lineEnd;
        }
        return new SuggestedEdit(path, TextSpan.FromBounds(lineStart, end), string.Empty);
    }

    private static int Indent(string text, int lineStart)
    {
        var i = lineStart;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }
        return i - lineStart;
    }

    private static int NextLine(string text, int from)
    {
        var newline = text.IndexOf('\n', from);
        return newline < 0 ? text.Length : newline + 1;
    }

    private static bool Touches(TextSpan a, TextSpan b) => a.Start <= b.End && b.Start <= a.End;
}
