using FactLsp.Core.Model;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Navigation;

/// <summary>
/// Finds what is under an offset of any workspace file. Ids in an article resolve as the
/// checker resolves them: the article's own <c>speakers:</c> and <c>sources:</c> first, then
/// the workspace's registries, so a hover never disagrees with a diagnostic.
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
            // Anywhere in a source file stands for the source: references and rename work from its body too.
            var at = source.Definition.KeySpan.Touches(offset) ? source.Definition.KeySpan : new Text.TextSpan(offset, 0);
            return new SourceDefinitionTarget(source, at);
        }
        return null;
    }

    /// <summary>The person an article means by <paramref name="id"/>: its own speakers first, then the registry.</summary>
    public static Person? ResolvePerson(WorkspaceSnapshot snapshot, ArticleModel article, string id) =>
        snapshot.GetAnalysis(article.Path)?.People.Find(id) ?? snapshot.Index.Registry.Find(id);

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
            && ResolveSource(snapshot, article, declared.Metadata.Id) is { } source)
        {
            return new SourceDefinitionTarget(source, declared.Definition.KeySpan);
        }
        return null;
    }
}
