using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution.Sieve;

/// <summary>
/// Words of the prose outside every quotation: nobody's quotation. Indirect speech ("Khalil said the gains…") keeps
/// its subject, so that the check can say whose words they are in substance; the rest is the document's narration.
/// </summary>
internal sealed class UnquotedProseStep : IAttributionStep
{
    public SpeakerAttribution? Decide(AttributedDocument document, TextSpan passage) =>
        document.Prose.Locate(passage) is { Quote: null } where ? document.Prose.Unquoted(where.Sentence, where.Paragraph, passage) : null;
}
