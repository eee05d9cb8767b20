namespace FactLsp.Benchmarks.Generation;

/// <summary>How a generated article quotes its source, and so what the checker should say.</summary>
public enum QuoteVariant
{
    /// <summary>The source's words, verbatim (clean, or speaker-not-evident when the source names nobody).</summary>
    Verbatim,
    /// <summary>Two or three pieces of one passage joined by an ellipsis: quote-alteration (hint).</summary>
    Ellipsis,
    /// <summary>A few source words replaced by a [bracketed insertion]: quote-alteration (hint).</summary>
    Insertion,
    /// <summary>A [sic] after a word: clean.</summary>
    Sic,
    /// <summary>One word changed: misquote.</summary>
    Misquote,
    /// <summary>Words the source never printed: quote-not-found.</summary>
    NotFound,
    /// <summary>The source's words, given to another person of its cast: wrong-speaker.</summary>
    WrongSpeaker,
    /// <summary>Words the source gives to nobody in particular: speaker-not-evident.</summary>
    NobodySaidIt,
    /// <summary>A by= id nobody has: unknown-speaker.</summary>
    UnknownSpeaker,
    /// <summary>A src= id no source has: unknown-source.</summary>
    UnknownSource,
    /// <summary>A lang= other than the source's: unverifiable-quote.</summary>
    Translated,
    /// <summary>A local speaker quoted from a source declared without text: unverifiable-quote.</summary>
    NoText,
}
