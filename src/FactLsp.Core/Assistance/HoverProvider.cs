using FactLsp.Core.Navigation;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Assistance;

/// <summary>What to show on hover at an offset of any workspace file: an annotation, a speaker or source id, or their definitions.</summary>
public static class HoverProvider
{
    public static HoverContent? Find(WorkspaceSnapshot snapshot, string path, int offset) =>
        CursorLocator.Find(snapshot, path, offset) switch
        {
            SpeakerReferenceTarget { Person: { } person } t => new(PersonHover.Render(snapshot, person), t.Span),
            SpeakerReferenceTarget t => new(PersonHover.RenderUnknown(snapshot.GetAnalysis(t.Article.Path)?.People.Ids ?? snapshot.Index.Registry.Ids, t.Id), t.Span),
            SourceReferenceTarget { Source: { } source } t => new(SourceHover.Render(snapshot, source, t.Article.FrontMatter.Date), t.Span),
            SourceReferenceTarget t => new($"No source is named {MarkdownText.Code(t.Id)}.", t.Span),
            AnnotationTarget t => new(QuoteHover.Render(snapshot, t.Article, t.Annotation), t.Span),
            PersonDefinitionTarget t => new(PersonHover.Render(snapshot, t.Person), t.Span),
            // Anywhere in a source's text stands for the source (for references); a hover only on its id.
            SourceDefinitionTarget { At.IsEmpty: false } t => new(SourceHover.Render(snapshot, t.Source), t.At),
            _ => null,
        };
}
