using FactLsp.Core.Diagnostics;

namespace FactLsp.Core.Checking;

/// <summary>The one place that decides whether a quote is verified: its words and its speaker.</summary>
public sealed partial record AnnotationResult
{
    /// <summary>
    /// The speaker rules (<c>not-quoted-in-source</c>, <c>wrong-speaker</c>, <c>speaker-not-evident</c>) the
    /// checker reported on this annotation and no suppression comment silences. Set by the article checker,
    /// which sees every diagnostic; the configured severities do not matter here (see <see cref="Standing"/>).
    /// </summary>
    public IReadOnlyList<Rule> SpeakerFindings { get; init; } = [];

    /// <summary>
    /// The words first (a misquote is a misquote whoever said it), then the speaker. Read from the rules
    /// reported, not from the attribution, so this follows whatever the speaker check decides and says.
    /// A severity in factlsp.yaml says how loudly to report a rule, not whether the speaker checks out,
    /// so `speaker-not-evident: off` still leaves the quote unconfirmed; a suppression comment on the
    /// quote's line is an editor's word on that one quote, so it counts as the speaker checked.
    /// </summary>
    public QuoteStanding Standing => Verdict switch
    {
        QuoteVerdict.Misquote => QuoteStanding.Misquote,
        QuoteVerdict.NotFound => QuoteStanding.NotFound,
        QuoteVerdict.Unverifiable => QuoteStanding.Unverifiable,
        QuoteVerdict.NotChecked => QuoteStanding.NotChecked,
        // Claims and their evidence have no speaker check (spec §5: "checked like a quote, without a speaker").
        _ when !Annotation.IsQuote => QuoteStanding.Verified,
        _ when Has(Rules.NotQuotedInSource) => QuoteStanding.NotQuotedInSource,
        _ when Has(Rules.WrongSpeaker) => QuoteStanding.WrongSpeaker,
        _ when Has(Rules.SpeakerNotEvident) || Speaker is null => QuoteStanding.SpeakerUnconfirmed,
        _ => QuoteStanding.Verified,
    };

    private bool Has(Rule rule) => SpeakerFindings.Contains(rule);
}
