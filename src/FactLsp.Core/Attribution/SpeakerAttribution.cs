using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution;

/// <summary>Which step of the sieve (spec §5) decided whom a document gives a passage to, in the order tried.</summary>
public enum AttributionMethod
{
    /// <summary>Nobody could be inferred: <c>speaker-not-evident</c>.</summary>
    None,

    /// <summary>The passage lies in a transcript turn; the speaker is the label's (null for a label nobody answers to, or a questioner).</summary>
    TranscriptTurn,

    /// <summary>The passage lies inside a FactLsp annotation of the source itself that has a <c>by</c>.</summary>
    SourceAnnotation,

    /// <summary>The passage is a statement's, speech's or post's own words, outside its quotations: its speaker's.</summary>
    OwnWords,

    /// <summary>A quotation of the prose; <see cref="SpeakerAttribution.Rule"/> says which prose step decided.</summary>
    Prose,

    /// <summary>A quotation inside somebody's own words (a turn, a statement, another quotation), given by its own speech tag.</summary>
    QuotedInside,

    /// <summary>The source's indirect speech ("Khalil said the gains…"): the subject's words in substance, not quoted.</summary>
    IndirectSpeech,

    /// <summary>The source's own narration, outside every quotation: nobody's quotation (<c>not-quoted-in-source</c>).</summary>
    Narration,
}

/// <summary>Which prose step named the speaker, for messages and hovers.</summary>
public enum ProseRule
{
    /// <summary>Step 1: the subject of a cue verb next to the quotation ("Khalil said", "said Khalil", "according to Khalil").</summary>
    SpeechTag,

    /// <summary>Step 2: a paragraph opening with a quotation mark continues the previous paragraph's open quotation.</summary>
    ContinuedQuotation,

    /// <summary>Step 3: no speech tag; the speaker of the previous quotation of the paragraph.</summary>
    PreviousQuotation,

    /// <summary>Step 3: no speech tag; the subject of the previous sentence's cue verb.</summary>
    PreviousSentence,

    /// <summary>Step 3: no speech tag; the speaker of the previous paragraph's last quotation.</summary>
    PreviousParagraph,

    /// <summary>The quotation is (partly) inside an annotation of the document with a <c>by</c>.</summary>
    AnnotatedQuote,
}

/// <summary>
/// Whom a document gives a passage to, how that was found, and which words of the document decided.
/// (Named SpeakerAttribution, not Attribution, so it does not clash with its namespace.)
/// </summary>
/// <param name="Method">The sieve step that decided.</param>
/// <param name="SpeakerId">The speaker's id, or null when nobody is known.</param>
/// <param name="NameSpan">Where the document names the speaker, in plain-text coordinates: the turn label, the
/// annotation's content, or the mention that named them (for a carried attribution, the mention it was carried
/// from). Null when nothing in the text names them.</param>
/// <param name="Rule">For <see cref="AttributionMethod.Prose"/> and <see cref="AttributionMethod.QuotedInside"/>, the step that applied.</param>
/// <param name="Evidence">The words that decided, in plain-text coordinates, to show the writer: the speech tag
/// ("Khalil said"), the label ("MS. PSAKI"), the sentence of indirect speech. Null when there are none.</param>
public sealed record SpeakerAttribution(AttributionMethod Method, string? SpeakerId, TextSpan? NameSpan, ProseRule? Rule = null, TextSpan? Evidence = null)
{
    public static SpeakerAttribution None { get; } = new(AttributionMethod.None, null, null);

    /// <summary>The passage is a statement's or speech's own words, but the source does not say whose (no <c>speaker:</c>, an unregistered <c>author</c>).</summary>
    public bool OwnerUnknown { get; init; }

    /// <summary>The passage lies in an unnamed questioner's turn (<c>Q</c>, <c>QUESTION</c>, <c>REPORTER</c>).</summary>
    public bool IsQuestioner { get; init; }

    /// <summary>True when the document names a known speaker other than <paramref name="speakerId"/>: the <c>wrong-speaker</c> case.</summary>
    public bool Contradicts(string speakerId) => SpeakerId is not null && !string.Equals(SpeakerId, speakerId, StringComparison.Ordinal);
}
