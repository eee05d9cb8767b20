using FactLsp.Core.Model;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Navigation;

/// <summary>
/// Resolves a <c>by=</c> or <c>src=</c> id in one article by the checker's rules, from the parses
/// alone: references and rename visit every article of the workspace and must not run every
/// article's checks to learn what its ids mean.
/// </summary>
/// <remarks>
/// Must agree with <c>PeopleRegistry.With</c> (the registry's person wins over a local
/// duplicate, which is a <c>duplicate-id</c>) and with <c>CheckContext.FindSource</c> (the
/// article's own declaration wins over a source file with the same id).
/// </remarks>
public static class IdScope
{
    public static Person? Person(WorkspaceSnapshot snapshot, ArticleModel article, string id)
    {
        if (!Ids.IsValid(id))
        {
            return null;
        }
        return snapshot.Index.Registry.Find(id) ?? article.FrontMatter.Speakers.FirstOrDefault(p => p.Id == id);
    }

    /// <summary>The definition of the source the article means by <paramref name="id"/>: its own declaration, else a source file.</summary>
    public static Definition? Source(WorkspaceSnapshot snapshot, ArticleModel article, string id)
    {
        if (!Ids.IsValid(id))
        {
            return null;
        }
        return article.FrontMatter.Sources.FirstOrDefault(s => s.Metadata.Id == id)?.Definition
            ?? snapshot.Index.FindSource(id)?.Definition;
    }
}
