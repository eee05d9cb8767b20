using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution.Sieve;

/// <summary>A passage inside a FactLsp annotation of the document itself with a <c>by</c>: the innermost such annotation's speaker.</summary>
internal sealed class SourceAnnotationStep : IAttributionStep
{
    public SpeakerAttribution? Decide(AttributedDocument document, TextSpan passage)
    {
        var annotation = document.Doc.Annotations
            .Where(a => a.By is not null && a.Content.Contains(passage))
            .OrderBy(a => a.Content.Length)
            .FirstOrDefault();
        return annotation is null ? null : new SpeakerAttribution(AttributionMethod.SourceAnnotation, annotation.By, annotation.Content, Evidence: annotation.Content);
    }
}
