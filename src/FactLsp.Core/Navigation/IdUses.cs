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
    /// <summary>The uses, article by article (in path order), then the source files' <c>speakers:</c> entries.</summary>
    /// <remarks>
    /// One list filled by plain loops: a person quoted in every article of a large workspace is looked for
    /// in each of its 20,000 annotations, and nested iterators and closures per article were most of the time.
    /// </remarks>
    public static IReadOnlyList<Reference> Find(WorkspaceSnapshot snapshot, IdSymbol symbol)
    {
        var uses = new List<Reference>();
        var local = symbol.LocalArticle(snapshot);
        var articles = local is null ? snapshot.Articles : [local];
        var liveRegistryPerson = symbol.Kind == IdKind.Person && local is null && snapshot.Index.Registry.Find(symbol.Id)?.Definition == symbol.Definition;
        foreach (var article in articles)
        {
            InArticle(snapshot, article, symbol, uses);
            if (liveRegistryPerson)
            {
                foreach (var shadowed in article.FrontMatter.Speakers)
                {
                    if (shadowed.Id == symbol.Id)
                    {
                        uses.Add(new Reference(new Location(article.Path, IdSpans.Unquoted(article.File.Text, shadowed.Definition.KeySpan)), ReferenceKind.Definition));
                    }
                }
            }
        }
        if (liveRegistryPerson)
        {
            // A source file's speakers: map names workspace people: the registry's.
            foreach (var source in snapshot.Sources)
            {
                if (source.File is not { } file || !Names(source.Metadata.Speakers, symbol.Id))
                {
                    continue;
                }
                foreach (var label in SpeakerLabels.InSourceFile(file))
                {
                    if (label.Id == symbol.Id)
                    {
                        uses.Add(new Reference(new Location(file.Path, label.IdSpan), ReferenceKind.SpeakerLabel));
                    }
                }
            }
        }
        return uses;
    }

    private static void InArticle(WorkspaceSnapshot snapshot, ArticleModel article, IdSymbol symbol, List<Reference> uses)
    {
        // Resolved once per article, and only in articles that write the id at all.
        var resolves = default(bool?);
        var person = symbol.Kind == IdKind.Person;
        var annotations = article.Annotations;
        for (var i = 0; i < annotations.Count; i++)
        {
            var attribute = person ? annotations[i].By : annotations[i].Src;
            if (attribute is not null && attribute.Value == symbol.Id && (resolves ??= Resolves(snapshot, article, symbol)))
            {
                uses.Add(new Reference(new Location(article.Path, attribute.ValueSpan), ReferenceKind.Annotation));
            }
        }
        if (person && NamesInSpeakers(article, symbol.Id) && (resolves ??= Resolves(snapshot, article, symbol)))
        {
            foreach (var label in SpeakerLabels.InArticle(article))
            {
                if (label.Id == symbol.Id)
                {
                    uses.Add(new Reference(new Location(article.Path, label.IdSpan), ReferenceKind.SpeakerLabel));
                }
            }
        }
    }

    // Whether a source the article declares maps a transcript label to the person.
    private static bool NamesInSpeakers(ArticleModel article, string id)
    {
        foreach (var source in article.FrontMatter.Sources)
        {
            if (Names(source.Metadata.Speakers, id))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Names(IReadOnlyDictionary<string, string> speakers, string id)
    {
        foreach (var named in speakers.Values)
        {
            if (named == id)
            {
                return true;
            }
        }
        return false;
    }

    private static bool Resolves(WorkspaceSnapshot snapshot, ArticleModel article, IdSymbol symbol) =>
        (symbol.Kind == IdKind.Person ? IdScope.Person(snapshot, article, symbol.Id)?.Definition : IdScope.Source(snapshot, article, symbol.Id)) == symbol.Definition;
}
