namespace FactLsp.Core.Checking;

/// <summary>
/// Where a quote stands once both halves are checked: its words, then its speaker. Only
/// <see cref="Verified"/> is "verified"; every count and label (code lens, status bar, hover,
/// outline) reads <see cref="AnnotationResult.Standing"/> so they all give the same answer.
/// </summary>
public enum QuoteStanding
{
    /// <summary>Not a checkable quote: a term, a claim without evidence, an unclosed span, no source.</summary>
    NotChecked,

    /// <summary>The words are in the source (allowances included) and the source gives them to the quoted speaker.</summary>
    Verified,

    /// <summary>The words are in the source, but as its own narration or paraphrase: <c>not-quoted-in-source</c>.</summary>
    NotQuotedInSource,

    /// <summary>The words are in the source, but it gives them to someone else: <c>wrong-speaker</c>.</summary>
    WrongSpeaker,

    /// <summary>The words are in the source, but it does not make clear the quoted speaker said them
    /// (<c>speaker-not-evident</c>), or the quote names nobody known as its speaker.</summary>
    SpeakerUnconfirmed,

    Misquote,
    NotFound,
    Unverifiable,
}

/// <summary>The words people read for a <see cref="QuoteStanding"/>, the same in every view.</summary>
public static class QuoteStandings
{
    /// <summary>"verified", "wrong speaker", "speaker unconfirmed", …: for one quote.</summary>
    public static string Label(QuoteStanding standing) => standing switch
    {
        QuoteStanding.Verified => "verified",
        QuoteStanding.NotQuotedInSource => "not quoted in source",
        QuoteStanding.WrongSpeaker => "wrong speaker",
        QuoteStanding.SpeakerUnconfirmed => "speaker unconfirmed",
        QuoteStanding.Misquote => "misquote",
        QuoteStanding.NotFound => "not found",
        QuoteStanding.Unverifiable => "unverifiable",
        _ => "not checked",
    };

    /// <summary>True for the standings whose words check out but whose speaker does not.</summary>
    public static bool WordsOnly(QuoteStanding standing) =>
        standing is QuoteStanding.NotQuotedInSource or QuoteStanding.WrongSpeaker or QuoteStanding.SpeakerUnconfirmed;
}
