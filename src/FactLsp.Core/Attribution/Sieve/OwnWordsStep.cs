using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution.Sieve;

/// <summary>
/// A statement, speech or post that is its speaker's own words (spec §3): its unquoted text is the speaker's, and a
/// quotation in it is the speaker's unless its own speech tag gives it to somebody else.
/// </summary>
internal sealed class OwnWordsStep : IAttributionStep
{
    public SpeakerAttribution? Decide(AttributedDocument document, TextSpan passage)
    {
        if (!document.IsOwnWords || document.Prose.Locate(passage) is not { } where)
        {
            return null;
        }
        var owner = new SpeakerAttribution(AttributionMethod.OwnWords, document.Owner, null);
        return document.Within(where, where.Paragraph, owner);
    }
}
