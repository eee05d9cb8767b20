using FactLsp.Core.Model;
using FactLsp.Core.Workspace;
using Humanizer;

namespace FactLsp.Core.Assistance;

/// <summary>How many annotations use an id, and in how many articles.</summary>
public readonly record struct Usage(int Count, int Articles)
{
    /// <summary>"quoted 12 times in 3 articles", "cited 1 time in 1 article", "never quoted".</summary>
    public string Describe(string verb) =>
        Count == 0 ? $"never {verb}" : $"{verb} {"time".ToQuantity(Count)} in {"article".ToQuantity(Articles)}";
}

/// <summary>
/// Counts uses of a person or a source across the workspace, open documents included, from the
/// parsed articles alone (no check needed). Ids resolve as the checker resolves them: a registry
/// person wins over an article's own speaker of the same id; an article's declared source wins
/// over a workspace source of the same id.
/// </summary>
public static class UsageCounts
{
    /// <summary>The quotes (<c>.quote</c> annotations) that name <paramref name="person"/> with <c>by=</c>.</summary>
    public static Usage Quotes(WorkspaceSnapshot snapshot, Person person) =>
        Count(ArticlesFor(snapshot, person), a => a.IsQuote && a.By?.Value == person.Id);

    /// <summary>Every annotation (quote, claim or term) that cites <paramref name="source"/> with <c>src=</c>.</summary>
    public static Usage Citations(WorkspaceSnapshot snapshot, SourceModel source) =>
        Count(ArticlesFor(snapshot, source), a => a.Src?.Value == source.Id);

    private static IEnumerable<ArticleModel> ArticlesFor(WorkspaceSnapshot snapshot, Person person)
    {
        var inRegistry = snapshot.Index.Registry.Find(person.Id);
        if (ReferenceEquals(inRegistry, person))
        {
            return snapshot.Articles;
        }
        // An article's own speaker: only that article can quote it, and only when the registry has no one by that id.
        return inRegistry is null && snapshot.GetArticle(person.Definition.Path) is { } article ? [article] : [];
    }

    private static IEnumerable<ArticleModel> ArticlesFor(WorkspaceSnapshot snapshot, SourceModel source)
    {
        if (source.DeclaredInArticle)
        {
            return snapshot.GetArticle(source.Definition.Path) is { } article ? [article] : [];
        }
        if (!ReferenceEquals(snapshot.Index.FindSource(source.Id), source))
        {
            return [];
        }
        return snapshot.Articles.Where(a => a.FrontMatter.Sources.All(s => s.Metadata.Id != source.Id));
    }

    private static Usage Count(IEnumerable<ArticleModel> articles, Func<Workspace.AnnotationModel, bool> uses)
    {
        int count = 0, inArticles = 0;
        foreach (var article in articles)
        {
            var here = article.Annotations.Count(uses);
            count += here;
            inArticles += here > 0 ? 1 : 0;
        }
        return new Usage(count, inArticles);
    }
}
