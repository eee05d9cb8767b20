using FactLsp.Core.Text;

namespace FactLsp.Core.Matching;

/// <summary>What the checker concluded about a quote (section 5 of the spec).</summary>
public enum MatchOutcome
{
    /// <summary>Found word for word, after the silent allowances (marks, first letter, final punctuation, [sic]).</summary>
    Exact,

    /// <summary>Found, with allowed omissions or insertions, a bridged interjection, or dropped fillers, repeated
    /// words or false starts: the hint <c>quote-alteration</c>.</summary>
    ExactWithAlterations,

    /// <summary>Not found as written, but a passage is at least <see cref="MatchOptions.MisquoteSimilarity"/> similar: <c>misquote</c>.</summary>
    Close,

    /// <summary>Nothing that close: <c>quote-not-found</c>.</summary>
    NotFound,
}

/// <summary>Tuning for <see cref="QuoteMatcher"/>; <c>factlsp.yaml</c>'s <c>matching:</c> section.</summary>
public sealed record MatchOptions
{
    public static MatchOptions Default { get; } = new();

    /// <summary>The least similarity (1 − distance ÷ quote length) for a <see cref="MatchOutcome.Close"/> match.</summary>
    public double MisquoteSimilarity { get; init; } = 0.8;

    /// <summary>How many source words one <c>[insertion]</c> may stand for.</summary>
    public int MaxInsertionWords { get; init; } = 6;
}

/// <summary>One piece of the quote and the source passage it matched.</summary>
/// <param name="QuoteSpan">The piece (or, for a whole-quote approximate match, all pieces) in normalized quote coordinates.</param>
/// <param name="ArticleSpan">The same in article offsets.</param>
/// <param name="SourceSpan">The matched passage in source file offsets.</param>
/// <param name="NormalizedSourceSpan">The matched passage in the source's normalized text.</param>
/// <param name="SourceText">The source's own words for the passage (plain, marks as the source prints them).</param>
/// <param name="Distance">The edit distance of the piece to the passage (0 when exact).</param>
public sealed record PieceMatch(
    TextSpan QuoteSpan,
    TextSpan ArticleSpan,
    TextSpan SourceSpan,
    TextSpan NormalizedSourceSpan,
    string SourceText,
    int Distance);

/// <summary>Source text an ellipsis left out, for "naming what was left out".</summary>
/// <param name="Gap">The quote's ellipsis (and whatever insertions share its gap).</param>
/// <param name="SourceSpan">What was left out, in source file offsets (empty when nothing was).</param>
/// <param name="Text">The source's words left out.</param>
/// <remarks>When the ellipsis bridges an interjection (spec §5), <see cref="Text"/> holds only the speaker's own
/// words left out (empty when there were none) and <see cref="Interjections"/> the other speakers' turns.</remarks>
public sealed record Omission(QuoteGap Gap, TextSpan SourceSpan, string Text)
{
    /// <summary>The other speakers' turns the ellipsis bridges, in order; empty within one turn or paragraph.</summary>
    public IReadOnlyList<Interjection> Interjections { get; init; } = [];
}

/// <summary>Another speaker's turn an ellipsis bridges.</summary>
/// <param name="SourceSpan">The turn's words in source file offsets.</param>
/// <param name="Label">The turn's label as printed ("QUESTION").</param>
/// <param name="Text">The turn's words as printed.</param>
public sealed record Interjection(TextSpan SourceSpan, string Label, string Text);

/// <summary>Spoken words a quote left out: a stage direction, a filler, a repeated word, a false start.</summary>
/// <param name="SourceSpan">The words named, in source file offsets.</param>
/// <param name="Text">Those words as printed ("uh", "governmental —").</param>
public sealed record DroppedWords(SpokenEditKind Kind, TextSpan SourceSpan, string Text)
{
    /// <summary>Stage directions are nobody's words: dropping them needs no comment.</summary>
    public bool IsSilent => Kind == SpokenEditKind.StageDirection;
}

/// <summary>An editorial insertion and the source words it stands for.</summary>
/// <param name="ReplacedSourceSpan">The source words it replaces, in file offsets; empty when it replaces none;
/// null when it cannot be told (it shares a gap with an ellipsis, or opens or closes the quote).</param>
/// <param name="ReplacedText">Those words as the source prints them ("" when none or unknown).</param>
public sealed record InsertionMatch(QuoteInsertion Insertion, TextSpan? ReplacedSourceSpan, string ReplacedText);

/// <summary>The result of matching one quote against one source.</summary>
public sealed record QuoteMatch
{
    public required MatchOutcome Outcome { get; init; }

    /// <summary>1 − distance ÷ quote length over normalized text; 1 when exact. For
    /// <see cref="MatchOutcome.NotFound"/> it is below the threshold (0 when nothing came within it).</summary>
    public required double Similarity { get; init; }

    /// <summary>Edit distance (summed over pieces); -1 when not found.</summary>
    public required int Distance { get; init; }

    /// <summary>The matched passages, one per quote piece (one for the whole quote when it was matched as one).</summary>
    public IReadOnlyList<PieceMatch> Pieces { get; init; } = [];

    /// <summary>The whole passage, first piece to last, in source file offsets; null when not found.</summary>
    public TextSpan? Passage { get; init; }

    /// <summary>The whole passage in the source's normalized text; null when not found.</summary>
    public TextSpan? NormalizedPassage { get; init; }

    /// <summary>The source's words for the whole passage (omitted text included); null when not found.</summary>
    public string? PassageText { get; init; }

    /// <summary>The segment (paragraph or turn) index of the passage, or -1 when it spans several or none was found.</summary>
    public int Segment { get; init; } = -1;

    /// <summary>What each ellipsis between two pieces left out (exact matches only).</summary>
    public IReadOnlyList<Omission> Omissions { get; init; } = [];

    /// <summary>Spoken words the quote leaves out inside its pieces (exact matches in a transcript, statement or speech).</summary>
    public IReadOnlyList<DroppedWords> Dropped { get; init; } = [];

    /// <summary>Each editorial insertion, with the source words it stands for where known (exact matches only).</summary>
    public IReadOnlyList<InsertionMatch> Insertions { get; init; } = [];

    /// <summary>The quote's words in the article (inside the marks, before final punctuation): what a misquote fix replaces.</summary>
    public required TextSpan QuoteCore { get; init; }

    /// <summary>
    /// For <see cref="MatchOutcome.Close"/>: the text to put at <see cref="QuoteCore"/>: the quote's
    /// core with each matched stretch replaced by the source's words (ellipses and insertions kept
    /// where the match kept the pieces apart). Null otherwise.
    /// </summary>
    public string? Replacement { get; init; }
}
