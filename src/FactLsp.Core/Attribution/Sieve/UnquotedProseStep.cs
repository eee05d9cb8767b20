using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution.Sieve;

/// <summary>
/// Words of the prose outside every quotation: nobody's quotation. Indirect speech ("Khalil said the gains…") keeps
/// its subject, so that the check can say whose words they are in substance; the rest is the document's narration.
/// </summary>
internal sealed class UnquotedProseStep : IAttributionStep
{
    public SpeakerAttribution? Decide(AttributedDocument document, TextSpan passage)
    {
        if (document.Prose.Locate(passage) is not { Quote: null } where)
        {
            return null;
        }
        var unquoted = document.Prose.Unquoted(where.Sentence, where.Paragraph, passage);
        // A statement whose speaker is not given, and which quotes nobody: its own words, whose we cannot tell.
        // Narration would call the writer's quote of them fabricated; "not evident" says what is missing.
        return unquoted.Method == AttributionMethod.Narration && document.OwnWordsKind && document.Owner is null && !document.Prose.AnyQuotationBy(null)
            ? SpeakerAttribution.None with { OwnerUnknown = true }
            : unquoted;
    }
}
