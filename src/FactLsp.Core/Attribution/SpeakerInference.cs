using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution;

/// <summary>
/// Infers whom a document (a source, or an article) gives a passage to, by spec §5: the transcript turn the
/// passage lies in; else an annotation of the document itself with a <c>by</c> that contains it; else the prose.
/// </summary>
/// <remarks>
/// <para>Build one per document and ask it about many passages: mentions and the prose pass are computed
/// once, on first use. The prose rules are in <see cref="ProseAttributor"/>.</para>
/// <para>A transcript passage outside every turn (before the first label) falls through to the other rules.
/// A passage is placed by its start: the turn, paragraph and sentence holding its first character.</para>
/// </remarks>
public sealed class SpeakerInference
{
    private readonly PlainDocument _doc;
    private readonly IReadOnlyList<TranscriptTurn> _turns;
    private readonly Lazy<ProseAttributor> _prose;

    public SpeakerInference(PlainDocument doc, SpeakerDirectory directory, IReadOnlyList<TranscriptTurn>? turns = null)
    {
        _doc = doc;
        _turns = turns ?? [];
        _prose = new Lazy<ProseAttributor>(() => new ProseAttributor(doc, directory));
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
    public IReadOnlyList<Mention> Mentions => _prose.Value.Mentions;

    /// <summary>Whom the document gives the passage (plain-text coordinates) to.</summary>
    public SpeakerAttribution Attribute(TextSpan passage)
    {
        if (TranscriptTurns.TurnAt(_turns, passage.Start) is { } turn)
        {
            return new SpeakerAttribution(AttributionMethod.TranscriptTurn, turn.SpeakerId, turn.LabelSpan);
        }

        // The innermost annotation with a speaker that holds the whole passage.
        var annotation = _doc.Annotations
            .Where(a => a.By is not null && a.Content.Contains(passage))
            .OrderBy(a => a.Content.Length)
            .FirstOrDefault();
        if (annotation is not null)
        {
            return new SpeakerAttribution(AttributionMethod.SourceAnnotation, annotation.By, annotation.Content);
        }

        return _prose.Value.Attribute(passage);
    }
}
