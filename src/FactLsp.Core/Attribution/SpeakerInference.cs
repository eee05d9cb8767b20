using FactLsp.Core.Attribution.Sieve;
using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution;

/// <summary>
/// Whom a document (a source, or an article) gives a passage to, by the sieve of spec §5: deterministic steps in
/// order, the first that names somebody or nobody deciding (in the manner of Muzny et al. 2017).
/// </summary>
/// <remarks>
/// <para>The steps: the transcript turn the passage lies in; an annotation of the document itself with a
/// <c>by</c>; a statement's or speech's own words; a quotation of the prose; words outside every quotation
/// (indirect speech or narration). Build one per document and ask it about many passages: mentions and the
/// prose pass are computed once, on first use.</para>
/// <para>A passage is placed by its start: the turn, paragraph and sentence holding its first character.</para>
/// </remarks>
public sealed class SpeakerInference
{
    private static readonly IAttributionStep[] Steps =
    [
        new TranscriptTurnStep(),
        new SourceAnnotationStep(),
        new OwnWordsStep(),
        new ProseQuotationStep(),
        new UnquotedProseStep(),
    ];

    private readonly AttributedDocument _document;

    /// <param name="doc">The document's plain text.</param>
    /// <param name="directory">Who can be named.</param>
    /// <param name="turns">A transcript's turns (null or empty for other kinds).</param>
    /// <param name="owner">Whose own words a statement, speech or post is (spec §3), or null.</param>
    /// <param name="on">The document's date: a title such as "the president" names whoever held the role then.</param>
    /// <param name="ownWordsKind">The document is a statement, speech or post: somebody's own words, even when <paramref name="owner"/> is unknown.</param>
    public SpeakerInference(PlainDocument doc, SpeakerDirectory directory, IReadOnlyList<TranscriptTurn>? turns = null, string? owner = null, DateOnly? on = null, bool ownWordsKind = false)
    {
        _document = new AttributedDocument(doc, directory, turns ?? [], owner, on) { OwnWordsKind = ownWordsKind };
    }

    /// <summary>One-off form for a source: <paramref name="turns"/> is null (or empty) unless the source is a transcript.</summary>
    public static SpeakerAttribution Attribute(PlainDocument doc, IReadOnlyList<TranscriptTurn>? turns, SpeakerDirectory directory, TextSpan passage) =>
        new SpeakerInference(doc, directory, turns).Attribute(passage);

    /// <summary>
    /// The same inference on an article, for a quotation the writer has not annotated: the article's own
    /// annotated quotations (with <c>by</c>) take part in the "previous quotation" chain.
    /// </summary>
    public static SpeakerAttribution AttributeInArticle(PlainDocument article, SpeakerDirectory directory, TextSpan passage) =>
        new SpeakerInference(article, directory).Attribute(passage);

    /// <summary>Every mention of a registered person in the document, in order.</summary>
    public IReadOnlyList<Mention> Mentions => _document.Prose.Mentions;

    /// <summary>Whom the document gives the passage (plain-text coordinates) to.</summary>
    public SpeakerAttribution Attribute(TextSpan passage)
    {
        foreach (var step in Steps)
        {
            if (step.Decide(_document, passage) is { } decided)
            {
                return decided;
            }
        }
        return SpeakerAttribution.None;
    }
}
