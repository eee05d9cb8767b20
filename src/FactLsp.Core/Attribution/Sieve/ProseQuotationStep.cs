using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution.Sieve;

/// <summary>
/// A quotation of the prose: the prose sieve's answer for the outermost quotation holding the passage (speech tag,
/// continued quotation, carried speaker), and for a quotation nested in it, that quotation's own tag inside it.
/// </summary>
internal sealed class ProseQuotationStep : IAttributionStep
{
    public SpeakerAttribution? Decide(AttributedDocument document, TextSpan passage)
    {
        if (document.Prose.Locate(passage) is not { Quote: { } quote } where)
        {
            return null;
        }
        var outer = document.Prose.Quotation(quote);
        return where.Nested is { } nested
            ? document.Prose.InsideVoice(where.Sentence, nested, AttributedDocument.Inner(quote), where.Sentence.Nested, outer)
            : outer;
    }
}
