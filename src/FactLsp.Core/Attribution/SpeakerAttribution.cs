using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution;

/// <summary>How the source's own attribution of a passage was found (spec §5, in the order tried).</summary>
public enum AttributionMethod
{
    /// <summary>Nobody could be inferred: <c>speaker-not-evident</c>.</summary>
    None,

    /// <summary>The passage lies in a transcript turn; the speaker is the label's (null for a label nobody answers to).</summary>
    TranscriptTurn,

    /// <summary>The passage lies inside a FactLsp annotation of the source itself that has a <c>by</c>.</summary>
    SourceAnnotation,

    /// <summary>Inferred from the prose around the passage; <see cref="SpeakerAttribution.Rule"/> says which rule.</summary>
    Prose,
}

/// <summary>Which prose rule named the speaker, for messages and hovers.</summary>
public enum ProseRule
{
    /// <summary>The first registered person mentioned in the quotation's sentence before the quotation.</summary>
    NamedBefore,

    /// <summary>A person named right after the quotation next to a cue verb ("said Khalil", "Khalil said").</summary>
    CueAfter,

    /// <summary>A pronoun or no subject: the person the previous quotation or sentence of the paragraph was attributed to.</summary>
    PreviousSentence,

    /// <summary>A pronoun or no subject, with nobody earlier in the paragraph: the previous paragraph's person.</summary>
    PreviousParagraph,

    /// <summary>The quotation is (partly) inside an annotation of the document with a <c>by</c>, though the passage is not wholly inside it.</summary>
    AnnotatedQuote,
}

/// <summary>
/// Whom a document gives a passage to, how that was found, and where the document names that person.
/// (Named SpeakerAttribution, not Attribution, so it does not clash with its namespace.)
/// </summary>
/// <param name="Method">How the speaker was found.</param>
/// <param name="SpeakerId">The speaker's id, or null when nobody is known (method None, or a turn with an unknown label).</param>
/// <param name="NameSpan">Where the document names the speaker, in plain-text coordinates: the turn label, the
/// annotation's content, or the mention that named them (for a carried attribution, the mention it was carried
/// from). Null for None.</param>
/// <param name="Rule">For <see cref="AttributionMethod.Prose"/>, the rule that applied.</param>
public sealed record SpeakerAttribution(AttributionMethod Method, string? SpeakerId, TextSpan? NameSpan, ProseRule? Rule = null)
{
    public static SpeakerAttribution None { get; } = new(AttributionMethod.None, null, null);

    /// <summary>True when the document names a known speaker other than <paramref name="speakerId"/>: the <c>wrong-speaker</c> case.</summary>
    public bool Contradicts(string speakerId) => SpeakerId is not null && !string.Equals(SpeakerId, speakerId, StringComparison.Ordinal);
}
