using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution.Sieve;

/// <summary>
/// What the sieve's steps read of one document: its text, transcript turns, the prose pass (computed once, on
/// first use), and for a statement, speech or post, whose own words it is.
/// </summary>
internal sealed class AttributedDocument
{
    private readonly Lazy<ProseAttributor> _prose;
    private readonly Lazy<bool> _givesQuotationsToOwner;

    public AttributedDocument(PlainDocument doc, SpeakerDirectory directory, IReadOnlyList<TranscriptTurn> turns, string? owner, DateOnly? on)
    {
        Doc = doc;
        Turns = turns;
        Owner = owner;
        _prose = new Lazy<ProseAttributor>(() => new ProseAttributor(doc, directory, on));
        _givesQuotationsToOwner = new Lazy<bool>(() => owner is not null && Prose.AnyQuotationBy(owner));
    }

    public PlainDocument Doc { get; }

    public IReadOnlyList<TranscriptTurn> Turns { get; }

    /// <summary>The speaker of a statement, speech or post (spec §3), or null.</summary>
    public string? Owner { get; }

    /// <summary>A statement, speech or post: its unquoted words are somebody's own, even when <see cref="Owner"/> is unknown.</summary>
    public bool OwnWordsKind { get; init; }

    public ProseAttributor Prose => _prose.Value;

    /// <summary>
    /// A press release ("The President issued the following statement: “…”") gives quotations to its speaker:
    /// then the prose rules apply to all of it and its unquoted text is the publisher's narration (spec §3).
    /// </summary>
    public bool IsOwnWords => Owner is not null && !_givesQuotationsToOwner.Value;

    /// <summary>
    /// Whom a quotation inside somebody's words belongs to: the innermost quotation holding the passage, its speaker
    /// found inside the words of the quotation (or turn, or statement) around it.
    /// </summary>
    public SpeakerAttribution Within(ProseLocation where, TextSpan bounds, SpeakerAttribution owner)
    {
        if (where.Quote is not { } quote)
        {
            return owner;
        }
        var outer = Prose.InsideVoice(where.Sentence, quote, bounds, where.Sentence.Quotes, owner);
        return where.Nested is { } nested
            ? Prose.InsideVoice(where.Sentence, nested, Inner(quote), where.Sentence.Nested, outer)
            : outer;
    }

    /// <summary>A quotation's words without its marks.</summary>
    public static TextSpan Inner(TextSpan quote) => quote.Length >= 2 ? TextSpan.FromBounds(quote.Start + 1, quote.End - 1) : quote;
}
