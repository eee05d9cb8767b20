using FactLsp.Core.Diagnostics;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Navigation;

/// <summary>
/// Find references: from a quote (its speaker, else its source), a <c>by=</c> or <c>src=</c>, a
/// people registry or front matter key, or anywhere in a source file, every place that uses the
/// same person or source across the workspace.
/// </summary>
public static class ReferenceFinder
{
    public static IReadOnlyList<Reference> Find(WorkspaceSnapshot snapshot, string path, int offset, bool includeDeclaration)
    {
        if (CursorLocator.Find(snapshot, path, offset) is not { } target || IdSymbol.Of(snapshot, target) is not { } symbol)
        {
            return [];
        }
        return Find(snapshot, symbol, includeDeclaration);
    }

    public static IReadOnlyList<Reference> Find(WorkspaceSnapshot snapshot, IdSymbol symbol, bool includeDeclaration)
    {
        var references = new List<Reference>();
        if (includeDeclaration)
        {
            references.Add(new Reference(new Location(symbol.Definition.Path, IdSpans.Unquoted(snapshot.GetFile(symbol.Definition.Path)?.Text, symbol.Definition.KeySpan)), ReferenceKind.Definition));
        }
        foreach (var use in IdUses.Find(snapshot, symbol))
        {
            if (includeDeclaration || use.Kind != ReferenceKind.Definition)
            {
                references.Add(use);
            }
        }
        if (symbol.Kind == IdKind.Source && symbol.LocalArticle(snapshot) is null)
        {
            references.AddRange(ThroughFileEntries(snapshot, symbol.Definition.Path));
        }
        return PlaceOrder.SortedDistinct(references, r => r.Location.Path, r => r.Location.Span.Start);
    }

    // An article may declare its own id for a source file's text (`sources: {wire: {file: ../sources/x.txt}}`):
    // its quotes cite that file too, so they are among the file's references (not among a rename's
    // edits: that id is the article's own).
    private static IEnumerable<Reference> ThroughFileEntries(WorkspaceSnapshot snapshot, string sourcePath)
    {
        foreach (var article in snapshot.Articles)
        {
            foreach (var declared in article.FrontMatter.Sources)
            {
                if (declared.File is not null && WorkspaceRoot.ResolveRelative(article.Path, declared.File) == sourcePath)
                {
                    var alias = new IdSymbol(IdKind.Source, declared.Metadata.Id, declared.Definition);
                    foreach (var use in IdUses.Find(snapshot, alias))
                    {
                        yield return use;
                    }
                }
            }
        }
    }
}
