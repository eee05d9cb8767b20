using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution.Sieve;

/// <summary>
/// A passage in a transcript turn is the labelled speaker's (an unnamed questioner's for <c>Q</c>), unless it lies
/// in a quotation inside the turn that its own speech tag gives to somebody else ("if Ronald Reagan said
/// “trust but verify”").
/// </summary>
internal sealed class TranscriptTurnStep : IAttributionStep
{
    public SpeakerAttribution? Decide(AttributedDocument document, TextSpan passage)
    {
        if (TranscriptTurns.TurnAt(document.Turns, passage.Start) is not { } turn)
        {
            return null;
        }
        var owner = new SpeakerAttribution(AttributionMethod.TranscriptTurn, turn.SpeakerId, turn.LabelSpan, Evidence: turn.LabelSpan) { IsQuestioner = turn.IsQuestioner };
        return document.Prose.Locate(passage) is { } where && turn.Span.Contains(where.Quote?.Start ?? -1)
            ? document.Within(where, turn.Span, owner)
            : owner;
    }
}
