using FactLsp.Core.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Navigation;

/// <summary>A span of an article that opens another workspace file.</summary>
public sealed record DocumentLink(TextSpan Span, string TargetPath, string Tooltip);

/// <summary>
/// Document links of an article: each <c>src=</c> value to the file holding the source's words,
/// and each front matter <c>file:</c> to its file. A source without text links nowhere.
/// </summary>
public static class DocumentLinks
{
    public static IReadOnlyList<DocumentLink> For(WorkspaceSnapshot snapshot, string path)
    {
        if (snapshot.GetArticle(path) is not { } article)
        {
            return [];
        }
        var links = new List<DocumentLink>();
        foreach (var annotation in article.Annotations)
        {
            if (annotation.Src is { } src && CursorLocator.ResolveSource(snapshot, article, src.Value) is { } source && TextFile(source) is { } file)
            {
                links.Add(new DocumentLink(src.ValueSpan, file, $"Open the source: {source.Metadata.Title ?? source.Id}"));
            }
        }
        var declared = snapshot.GetAnalysis(path)?.DeclaredSources ?? [];
        foreach (var entry in article.FrontMatter.Sources)
        {
            if (entry.FileSpan is { } span && declared.FirstOrDefault(s => s.Definition == entry.Definition) is { } source && TextFile(source) is { } file)
            {
                links.Add(new DocumentLink(IdSpans.Unquoted(article.File.Text, span), file, $"Open {file}"));
            }
        }
        return links.OrderBy(l => l.Span.Start).ToList();
    }

    private static string? TextFile(SourceModel source) =>
        source is { File: { Text: not null } file, ReadProblem: null } ? file.Path : null;
}
