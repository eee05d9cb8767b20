using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution;

/// <summary>Where a passage lies: its paragraph's sentence, the outermost quotation holding it and the innermost nested one.</summary>
internal sealed record ProseLocation(Sentence Sentence, TextSpan Paragraph, TextSpan? Quote, TextSpan? Nested);

/// <summary>
/// The prose sieve of spec §5, as one left-to-right pass over the document, so that the speaker of the previous
/// quotation, sentence and paragraph is known whenever step 3 needs it; run lazily, only over the paragraphs a
/// question needs (see ProseAttributor.Pass.cs), so that a source quoted 40 times does not pay for its 2,000 paragraphs.
/// </summary>
/// <remarks>
/// <para>For each outermost quotation, the first step that names somebody or nobody decides:</para>
/// <list type="number">
/// <item>An annotation of the document with a <c>by</c> overlapping the quotation (an article's own quotes).</item>
/// <item>Its speech tag (<see cref="SpeechTags"/>). A pronoun subject is the nearest person mentioned before it
/// in the sentence, else what step 3 carries; an unregistered subject is nobody.</item>
/// <item>A continued quotation: a paragraph opening with a quotation mark, after a paragraph whose last
/// quotation was left open, continues that quotation's speaker.</item>
/// <item>The speaker of the previous quotation of the paragraph, else the subject of the previous sentence's cue
/// verb, else the speaker of the previous paragraph's last quotation. "Nobody" breaks the chain: after "a
/// spokesman said “…”", "he said" is not given to anyone.</item>
/// </list>
/// <para>Words outside every quotation are indirect speech when their sentence has a cue verb whose subject is
/// somebody ("Khalil said the gains heralded…"), else the document's narration.</para>
/// <para>Every answer is the one a pass over the whole document gives (the tests hold a copy of that pass under
/// Reference/ and compare). Questions may come from many threads: they take turns on one lock.</para>
/// </remarks>
internal sealed partial class ProseAttributor
{
    private readonly PlainDocument _doc;
    private readonly string _text;
    private readonly TextSpan[] _paragraphs;
    private readonly bool _ordered;
    // The mentions of the whole document (which person a shared surname names depends on who was named last) and
    // the speech tags reading them: made on the first question that reads a tag.
    private readonly Lazy<SpeechTags> _tags;
    private readonly SpeakerDirectory _directory;
    private readonly object _gate = new();

    public ProseAttributor(PlainDocument doc, SpeakerDirectory directory, DateOnly? on = null)
    {
        _doc = doc;
        _text = doc.Text.Text;
        _directory = directory;
        _paragraphs = [.. doc.Paragraphs];
        _ordered = InOrder(_paragraphs);
        _tables = new SentenceTable?[_paragraphs.Length];
        _known = new Known[_paragraphs.Length];
        _stateBefore = new PassState?[_paragraphs.Length + 1];
        _stateBefore[0] = PassState.Start;
        var text = _text;
        _tags = new Lazy<SpeechTags>(() => new SpeechTags(text, directory.FindMentionArray(text), words => directory.ResolveTitle(text, words, on)));
    }

    /// <summary>Every mention of a registered person in the document, in order.</summary>
    public IReadOnlyList<Mention> Mentions => _tags.Value.Mentions;

    internal SpeechTags Tags => _tags.Value;

    /// <summary>Where a passage lies: its paragraph's sentence, the outermost quotation holding it and the innermost nested one.</summary>
    public ProseLocation? Locate(TextSpan passage)
    {
        var p = ParagraphAt(passage.Start);
        if (p < 0)
        {
            return null;
        }
        SentenceTable sentences;
        lock (_gate)
        {
            sentences = SentencesOf(p);
        }
        if (sentences.Count == 0)
        {
            return null;
        }
        // The last sentence starting at or before the passage, else the paragraph's first.
        var index = 0;
        for (var k = sentences.Count - 1; k >= 0; k--)
        {
            if (sentences[k].Span.Start <= passage.Start)
            {
                index = k;
                break;
            }
        }
        var sentence = sentences[index];
        // A passage given with its quotation marks (an article's unannotated run) is the quotation it overlaps.
        TextSpan? quote = null;
        foreach (var q in sentence.Quotes)
        {
            if (q.Contains(passage.Start) || q.Overlaps(passage))
            {
                quote = q;
                break;
            }
        }
        // The shortest nested quotation holding the passage's first and last characters (the first of equals).
        TextSpan? nested = null;
        if (quote is not null)
        {
            var last = passage.End - 1 < passage.Start ? passage.Start : passage.End - 1;
            foreach (var n in sentence.Nested)
            {
                if (n.Contains(passage.Start) && n.Contains(last) && (nested is not { } best || n.Length < best.Length))
                {
                    nested = n;
                }
            }
        }
        return new ProseLocation(sentence, _paragraphs[p], quote, nested);
    }

    /// <summary>The first paragraph holding <paramref name="offset"/> (an empty one starting there counts), or -1.</summary>
    private int ParagraphAt(int offset)
    {
        for (var p = FirstEndingAtOrAfter(offset); p < _paragraphs.Length; p++)
        {
            var span = _paragraphs[p];
            if (span.Contains(offset) || (span.IsEmpty && span.Start == offset))
            {
                return p;
            }
            if (_ordered && span.Start > offset)
            {
                break;
            }
        }
        return -1;
    }

    /// <summary>
    /// Where a look-up for <paramref name="offset"/> may start: the first paragraph ending at or after it when the
    /// paragraphs are in order and apart (as a plain document's are), else the first. No paragraph before it holds
    /// the offset, and once one starts after it none after does.
    /// </summary>
    private int FirstEndingAtOrAfter(int offset)
    {
        if (!_ordered)
        {
            return 0;
        }
        int lo = 0, hi = _paragraphs.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_paragraphs[mid].End < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>Whether each paragraph starts at or after the end of the one before: then look-ups search rather than scan.</summary>
    private static bool InOrder(TextSpan[] paragraphs)
    {
        for (var p = 1; p < paragraphs.Length; p++)
        {
            if (paragraphs[p].Start < paragraphs[p - 1].End)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Everyone the document's outermost quotations are given to: a question about the whole document, which runs the whole pass.</summary>
    public IReadOnlySet<string> QuotationSpeakers()
    {
        lock (_gate)
        {
            EnsureWhole();
            var speakers = new HashSet<string>(StringComparer.Ordinal);
            foreach (var a in _quotations.Values)
            {
                if (a.SpeakerId is not null && a.Rule != ProseRule.AnnotatedQuote)
                {
                    speakers.Add(a.SpeakerId);
                }
            }
            return speakers;
        }
    }

    /// <summary>
    /// Whether the document gives an outermost quotation (not an annotated one) to <paramref name="speakerId"/>, or to
    /// anybody when null: <see cref="QuotationSpeakers"/>'s answer, read paragraph by paragraph only as far as the
    /// first such quotation. A person whom the text never names, no annotation gives words to and no title can name
    /// is given none, without a pass.
    /// </summary>
    public bool AnyQuotationBy(string? speakerId)
    {
        if (speakerId is not null && !MayBeGiven(speakerId))
        {
            return false;
        }
        lock (_gate)
        {
            for (var p = 0; p < _paragraphs.Length; p++)
            {
                Ensure(p, Known.Quotes);
                var sentences = SentencesOf(p);
                foreach (var quote in sentences.QuotesOf(0, sentences.Count))
                {
                    if (_quotations.GetValueOrDefault(quote.Start) is { SpeakerId: { } id, Rule: not ProseRule.AnnotatedQuote }
                        && (speakerId is null || string.Equals(id, speakerId, StringComparison.Ordinal)))
                    {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /// <summary>
    /// Whether a quotation can be given to <paramref name="speakerId"/> at all: every speaker the pass gives is a
    /// mention's, an annotation's <c>by</c>, or a title's holder (carried on from one of those).
    /// </summary>
    private bool MayBeGiven(string speakerId)
    {
        foreach (var annotation in _doc.Annotations)
        {
            if (string.Equals(annotation.By, speakerId, StringComparison.Ordinal))
            {
                return true;
            }
        }
        if (_directory.People.Any(p => string.Equals(p.Id, speakerId, StringComparison.Ordinal) && p.Roles.Any(r => r.Title is { Length: > 0 })))
        {
            return true;
        }
        foreach (var mention in _tags.Value.Mentions)
        {
            if (string.Equals(mention.PersonId, speakerId, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The sieve's answer for an outermost quotation of the document.</summary>
    public SpeakerAttribution Quotation(TextSpan quote)
    {
        lock (_gate)
        {
            EnsureAt(quote.Start, Known.Quotes);
            return _quotations.GetValueOrDefault(quote.Start) ?? SpeakerAttribution.None;
        }
    }

    /// <summary>Words outside every quotation: indirect speech when the sentence's cue verb has a subject, else narration.</summary>
    public SpeakerAttribution Unquoted(Sentence sentence, TextSpan paragraph, TextSpan passage)
    {
        lock (_gate)
        {
            var p = IndexOf(paragraph);
            if (p >= 0)
            {
                Ensure(p, Known.Block);
            }
            if (_blocks.TryGetValue(p, out var block))
            {
                return new SpeakerAttribution(block.SpeakerId is null ? AttributionMethod.None : AttributionMethod.Prose, block.SpeakerId, block.NameSpan, ProseRule.SpeechTag, block.Evidence);
            }
            if (OpensUnclosedSingleQuote(sentence, paragraph, passage))
            {
                // A quotation in single marks continued from the previous paragraph (the splitter does not run single
                // marks on, lest a stray apostrophe swallow the paragraph): step 3's speaker.
                EnsureAt(sentence.Span.Start, Known.Carry);
                return Carry(_sentenceCarry.GetValueOrDefault(sentence.Span.Start), p, null).Attribution;
            }
            EnsureAt(sentence.Span.Start, Known.Tags);
            if (!_sentenceTags.TryGetValue(sentence.Span.Start, out var tag) && sentence.Quotes.Count > 0)
            {
                // Not read in the pass (a quotation's tag stood for the sentence): read it now, for the words outside.
                var tags = _tags.Value;
                tag = tags.OfSentence(sentence.Span, sentence.Quotes);
                if (tag.Kind == TagKind.Pronoun)
                {
                    tag = tags.NearestBefore(sentence.Span, sentence.Quotes, tag.NameSpan!.Value.Start) is { } a
                        ? new SpeechTag(TagKind.Named, a.PersonId, a.Span, tag.Evidence)
                        : Quotation(sentence.Quotes[0]) is { SpeakerId: { } id } q ? new SpeechTag(TagKind.Named, id, q.NameSpan, tag.Evidence) : default;
                }
            }
            return tag.Kind == TagKind.Named
                ? new SpeakerAttribution(AttributionMethod.IndirectSpeech, tag.PersonId, tag.NameSpan, Evidence: tag.Evidence ?? sentence.Span)
                : new SpeakerAttribution(AttributionMethod.Narration, null, null, Evidence: sentence.Span);
        }
    }

    /// <summary>The first paragraph that is <paramref name="paragraph"/>, or -1.</summary>
    private int IndexOf(TextSpan paragraph)
    {
        for (var p = FirstEndingAtOrAfter(paragraph.Start); p < _paragraphs.Length; p++)
        {
            if (_paragraphs[p] == paragraph)
            {
                return p;
            }
            if (_ordered && _paragraphs[p].Start > paragraph.Start)
            {
                break;
            }
        }
        return -1;
    }

    /// <summary>
    /// A quotation inside somebody's own words (<paramref name="bounds"/>: a turn, a statement's paragraph, an outer
    /// quotation) whose owner is <paramref name="owner"/>: its own speech tag names its speaker; "I" or "we", "they"
    /// or "you" (as in "as they say, “…”") or no tag leave it the owner's; "he" or "she" is the nearest person named
    /// before it within the bounds; an unregistered subject is nobody.
    /// </summary>
    public SpeakerAttribution InsideVoice(Sentence sentence, TextSpan quote, TextSpan bounds, ReadOnlySpan<TextSpan> quotes, SpeakerAttribution owner)
    {
        var tags = _tags.Value;
        var region = Intersect(sentence.Span, bounds);
        var tag = tags.OfQuotation(region, quotes, quote);
        if (tag.Kind == TagKind.None)
        {
            // "what the government calls ‘A’ and ‘B’": B has the tag of the quotation before it in the sentence.
            TextSpan? previous = null;
            for (var k = quotes.Length - 1; k >= 0 && previous is null; k--)
            {
                if (quotes[k].End <= quote.Start && region.Contains(quotes[k].Start))
                {
                    previous = quotes[k];
                }
            }
            if (previous is { } p && tags.OfQuotation(region, quotes, p) is { Kind: not TagKind.None })
            {
                return InsideVoice(sentence, p, bounds, quotes, owner);
            }
            return owner;
        }
        switch (tag.Kind)
        {
            case TagKind.Named:
                return new SpeakerAttribution(AttributionMethod.QuotedInside, tag.PersonId, tag.NameSpan, ProseRule.SpeechTag, tag.Evidence);
            case TagKind.Pronoun when tag.FirstPerson || IsGeneric(tag.NameSpan!.Value):
                return owner;
            case TagKind.Pronoun when tags.NearestBefore(bounds, quotes, tag.NameSpan!.Value.Start) is { } m:
                return new SpeakerAttribution(AttributionMethod.QuotedInside, m.PersonId, m.Span, ProseRule.SpeechTag, tag.Evidence);
            default:
                return new SpeakerAttribution(AttributionMethod.QuotedInside, null, null, ProseRule.SpeechTag, tag.Evidence);
        }
    }

    private bool OpensUnclosedSingleQuote(Sentence sentence, TextSpan paragraph, TextSpan passage)
    {
        Dictionary<int, bool>? marks = null;
        for (var i = paragraph.Start; i < passage.Start && i < sentence.Span.End; i++)
        {
            if (SingleQuotes.CanOpen(_text, paragraph, i) && !AnyContains(sentence.Quotes, i) && !AnyContains(sentence.Nested, i)
                && !ClosesBefore(marks ??= SingleQuotes.Find(_text, paragraph), i, passage.Start))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AnyContains(ReadOnlySpan<TextSpan> spans, int offset)
    {
        foreach (var span in spans)
        {
            if (span.Contains(offset))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the single quotation opened at <paramref name="open"/> closes before <paramref name="end"/>: a
    /// heading printed as 'Huge contribution' in a report set one paragraph per line is over, and the sentences
    /// after it are not inside it.
    /// </summary>
    private static bool ClosesBefore(Dictionary<int, bool> marks, int open, int end)
    {
        if (!marks.TryGetValue(open, out var opens) || !opens)
        {
            return false;
        }
        var depth = 0;
        foreach (var (at, isOpening) in marks.Where(m => m.Key >= open && m.Key < end).OrderBy(m => m.Key))
        {
            depth += isOpening ? 1 : -1;
            if (depth == 0)
            {
                return true;
            }
        }
        return false;
    }

    private bool IsGeneric(TextSpan pronoun) => _text.AsSpan(pronoun.Start, pronoun.Length) is var w
        && (w.Equals("they", StringComparison.OrdinalIgnoreCase) || w.Equals("you", StringComparison.OrdinalIgnoreCase) || w.Equals("it", StringComparison.OrdinalIgnoreCase));

    private static TextSpan Intersect(TextSpan a, TextSpan b)
    {
        var start = Math.Max(a.Start, b.Start);
        return TextSpan.FromBounds(start, Math.Max(start, Math.Min(a.End, b.End)));
    }
}
