using FactLsp.Core.Diagnostics;
using FactLsp.Core.Model;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Navigation;

/// <summary>
/// Every place an <see cref="IdSymbol"/> is used: each <c>by=</c> or <c>src=</c> that resolves
/// to it in its own article, and for a person each source <c>speakers:</c> entry naming it.
/// Articles, opened or not, are read from their parses; no check runs.
/// </summary>
/// <remarks>
/// A registry person also owns the articles' <c>speakers:</c> entries that repeat its id: the
/// checker reads them as that person (a <c>duplicate-id</c>, "the registry's entry is used"), so
/// they are listed as further declarations, and a rename takes them along: left behind, each
/// would turn into a live local speaker that nothing quotes.
/// </remarks>
public static class IdUses
{
    public static IEnumerable<Reference> Find(WorkspaceSnapshot snapshot, IdSymbol symbol)
    {
        var local = symbol.LocalArticle(snapshot);
        var articles = local is null ? snapshot.Articles : [local];
        var liveRegistryPerson = symbol.Kind == IdKind.Person && local is null && snapshot.Index.Registry.Find(symbol.Id)?.Definition == symbol.Definition;
        foreach (var article in articles)
        {
            foreach (var use in InArticle(snapshot, article, symbol))
            {
                yield return use;
            }
            if (liveRegistryPerson)
            {
                foreach (var shadowed in article.FrontMatter.Speakers.Where(s => s.Id == symbol.Id))
                {
                    yield return new Reference(new Location(article.Path, IdSpans.Unquoted(article.File.Text, shadowed.Definition.KeySpan)), ReferenceKind.Definition);
                }
            }
        }
        if (liveRegistryPerson)
        {
            // A source file's speakers: map names workspace people: the registry's.
            foreach (var source in snapshot.Sources.Where(s => s.File is not null && s.Metadata.Speakers.Values.Contains(symbol.Id, StringComparer.Ordinal)))
            {
                foreach (var label in SpeakerLabels.InSourceFile(source.File!).Where(l => l.Id == symbol.Id))
                {
                    yield return new Reference(new Location(source.File!.Path, label.IdSpan), ReferenceKind.SpeakerLabel);
                }
            }
        }
    }

    private static IEnumerable<Reference> InArticle(WorkspaceSnapshot snapshot, ArticleModel article, IdSymbol symbol)
    {
        // Resolved once per article, and only in articles that write the id at all.
        bool? resolves = null;
        bool Resolves() => resolves ??= Resolve(snapshot, article, symbol) == symbol.Definition;

        foreach (var annotation in article.Annotations)
        {
            var attribute = symbol.Kind == IdKind.Person ? annotation.By : annotation.Src;
            if (attribute is not null && attribute.Value == symbol.Id && Resolves())
            {
                yield return new Reference(new Location(article.Path, attribute.ValueSpan), ReferenceKind.Annotation);
            }
        }
        if (symbol.Kind == IdKind.Person && article.FrontMatter.Sources.Any(s => s.Metadata.Speakers.Values.Contains(symbol.Id, StringComparer.Ordinal)) && Resolves())
        {
            foreach (var label in SpeakerLabels.InArticle(article).Where(l => l.Id == symbol.Id))
            {
                yield return new Reference(new Location(article.Path, label.IdSpan), ReferenceKind.SpeakerLabel);
            }
        }
    }

    private static Definition? Resolve(WorkspaceSnapshot snapshot, ArticleModel article, IdSymbol symbol) =>
        symbol.Kind == IdKind.Person ? IdScope.Person(snapshot, article, symbol.Id)?.Definition : IdScope.Source(snapshot, article, symbol.Id);
}
