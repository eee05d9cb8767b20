using FactLsp.Core.Syntax;
using FactLsp.Core.Text;
using FactLsp.Core.Yaml;

namespace FactLsp.Core.Workspace;

/// <summary>
/// A parsed article: its syntax, front matter and annotations, and what it depends on (the
/// source ids it cites, the files its declared sources point at), which tells the workspace
/// what to re-check after an edit elsewhere.
/// </summary>
public sealed class ArticleModel
{
    private ArticleModel(WorkspaceFile file, MarkdownSyntax document, ArticleFrontMatter frontMatter)
    {
        File = file;
        Document = document;
        FrontMatter = frontMatter;
        Annotations = document.Annotations.Where(a => a.IsAnnotation).Select(a => new AnnotationModel(a)).ToList();
        CitedSourceIds = Annotations.Select(a => a.Src?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        ReferencedFiles = frontMatter.Sources
            .Select(s => s.File is null ? null : WorkspaceRoot.ResolveRelative(file.Path, s.File))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }

    public WorkspaceFile File { get; }

    public string Path => File.Path;

    public MarkdownSyntax Document { get; }

    public ArticleFrontMatter FrontMatter { get; }

    /// <summary>A front matter opened on line 1 and never closed.</summary>
    public SyntaxError? FrontMatterError { get; private init; }

    public IReadOnlyList<AnnotationModel> Annotations { get; }

    public IReadOnlySet<string> CitedSourceIds { get; }

    /// <summary>Workspace files read through the front matter's <c>file:</c> entries.</summary>
    public IReadOnlySet<string> ReferencedFiles { get; }

    /// <summary>Whether the people registry matters to this article's checks: it names speakers or holds quotations whose speaker is inferred.</summary>
    public bool DependsOnPeople => Annotations.Count > 0 || Document.QuotedRuns.Count > 0;

    public static ArticleModel Parse(WorkspaceFile file)
    {
        var text = file.Text ?? string.Empty;
        var document = MarkdownDocumentParser.Parse(text);
        // An article's checks all read its quoted runs: found here, with the rest of the parse, not on first use.
        _ = document.QuotedRuns;
        var frontMatter = document.FrontMatter is { } front
            ? ArticleFrontMatter.Read(front.Yaml, front.YamlSpan.Start, file.Path)
            : ArticleFrontMatter.Empty;
        return new ArticleModel(file, document, frontMatter) { FrontMatterError = document.FrontMatterError };
    }

    /// <summary>The annotation whose span holds <paramref name="offset"/>, innermost first.</summary>
    public AnnotationModel? AnnotationAt(int offset) =>
        Annotations.Where(a => a.Span.Touches(offset)).OrderBy(a => a.Span.Length).FirstOrDefault();

    public TextSpan Whole => new(0, File.Text?.Length ?? 0);
}
