using FactLsp.Core.Attribution;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Checking;

/// <summary>Runs every check of section 5 and 6 on one article, against one snapshot.</summary>
public static class ArticleChecker
{
    public static ArticleAnalysis Check(WorkspaceSnapshot snapshot, ArticleModel article) => Check(CheckContext.For(snapshot, article));

    /// <summary>
    /// Checks with <paramref name="context"/>, whose <see cref="CheckContext.Prepared"/> answers, when it holds them,
    /// the source-dependent parts (see <see cref="SourceMajorChecker"/>); the findings are the same either way.
    /// </summary>
    internal static ArticleAnalysis Check(CheckContext context)
    {
        var article = context.Article;

        FrontMatterChecker.Check(context);
        // Attribute errors of annotations are reported with their annotation; the front matter's with the YAML.
        var owned = article.Annotations.SelectMany(a => a.Syntax.Errors).Append(article.FrontMatterError).ToHashSet();
        foreach (var error in article.Document.Errors.Where(e => !owned.Contains(e)))
        {
            context.Report(Rules.MalformedAnnotation, error.Span, error.Message);
        }

        var results = new List<AnnotationResult>();
        foreach (var annotation in article.Annotations)
        {
            // Everything reported while this annotation is checked concerns it: its speaker findings decide its standing.
            var before = context.Diagnostics.Count;
            var result = AnnotationChecker.Check(context, annotation);
            results.Add(result with { SpeakerFindings = SpeakerFindings.Of(context, context.Diagnostics.Skip(before)) });
        }
        UnattributedQuoteChecker.Check(context, results);
        FrontMatterChecker.CheckUnused(context);

        var diagnostics = context.Diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal).ToList();
        return new ArticleAnalysis(article.Path, results, diagnostics, context.People, context.DeclaredSources);
    }
}
