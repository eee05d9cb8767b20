using FactLsp.Core.Model;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Navigation;

/// <summary>
/// Finds what is under an offset of any workspace file. Ids in an article resolve as the
/// checker resolves them (see <see cref="IdScope"/>): a registry person wins over a local
/// speaker of the same id, an article's own source over a source file, so a hover never
/// disagrees with a diagnostic.
/// </summary>
public static class CursorLocator
{
    public static CursorTarget? Find(WorkspaceSnapshot snapshot, string path, int offset)
    {
        if (snapshot.GetArticle(path) is { } article)
        {
            return InArticle(snapshot, article, offset);
        }
        if (snapshot.GetPeopleFile(path) is { } people)
        {
            return people.People.FirstOrDefault(p => p.Definition.KeySpan.Touches(offset)) is { } person ? new PersonDefinitionTarget(person) : null;
        }
        if (snapshot.GetSourceFile(path) is { } source)
        {
            if (source.File is not null && source.Metadata.Speakers.Count > 0
                && SpeakerLabels.InSourceFile(source.File).FirstOrDefault(l => l.IdSpan.Touches(offset)) is { } label)
            {
                return new SpeakerLabelTarget(path, label, snapshot.Index.Registry.Find(label.Id));
            }
            // Anywhere in a source file stands for the source: references and rename work from its body too.
            var at = source.Definition.KeySpan.Touches(offset) ? source.Definition.KeySpan : new Text.TextSpan(offset, 0);
            return new SourceDefinitionTarget(source, at);
        }
        return null;
    }

    /// <summary>The person an article means by <paramref name="id"/>: the registry's, else the article's own speaker.</summary>
    public static Person? ResolvePerson(WorkspaceSnapshot snapshot, ArticleModel article, string id) =>
        IdScope.Person(snapshot, article, id);

    /// <summary>The source an article means by <paramref name="id"/>, as the checker finds it.</summary>
    public static SourceModel? ResolveSource(WorkspaceSnapshot snapshot, ArticleModel article, string id)
    {
        var declared = snapshot.GetAnalysis(article.Path)?.DeclaredSources.FirstOrDefault(s => s.Id == id);
        return declared ?? snapshot.Index.FindSource(id);
    }

    private static CursorTarget? InArticle(WorkspaceSnapshot snapshot, ArticleModel article, int offset)
    {
        if (article.AnnotationAt(offset) is { } annotation)
        {
            if (annotation.By is { } by && by.ValueSpan.Touches(offset))
            {
                return new SpeakerReferenceTarget(article, annotation, by, ResolvePerson(snapshot, article, by.Value));
            }
            if (annotation.Src is { } src && src.ValueSpan.Touches(offset))
            {
                return new SourceReferenceTarget(article, annotation, src, ResolveSource(snapshot, article, src.Value));
            }
            return new AnnotationTarget(article, annotation);
        }
        if (article.FrontMatter.Speakers.FirstOrDefault(p => p.Definition.KeySpan.Touches(offset)) is { } speaker)
        {
            return new PersonDefinitionTarget(speaker);
        }
        if (article.FrontMatter.Sources.FirstOrDefault(s => s.Definition.KeySpan.Touches(offset)) is { } declared
            && DeclaredSource(snapshot, article, declared.Definition) is { } source)
        {
            return new SourceDefinitionTarget(source, declared.Definition.KeySpan);
        }
        return null;
    }

    // The declaration itself, not the first one with its id: a second declaration of an id is a
    // duplicate that nothing cites, and must not borrow the first one's citations.
    private static SourceModel? DeclaredSource(WorkspaceSnapshot snapshot, ArticleModel article, Definition definition) =>
        snapshot.GetAnalysis(article.Path)?.DeclaredSources.FirstOrDefault(s => s.Definition == definition);
}
