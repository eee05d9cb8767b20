using FactLsp.Core.Attribution;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Attribution.Reference;

/// <summary>
/// The prose pass as it was before it became lazy (main at 4f96b51), verbatim: one left-to-right pass over the
/// whole document at construction. The lazy <c>ProseAttributor</c> must answer every question as this does.
/// </summary>
internal sealed class ReferenceProseAttributor
{
    /// <summary>A paragraph and the range of its sentences in the document's <see cref="SentenceTable"/>.</summary>
    private readonly record struct ProseParagraph(TextSpan Span, int FirstSentence, int SentenceCount);

    private readonly PlainDocument _doc;
    private readonly string _text;
    private readonly Mention[] _mentions;
    private readonly SpeechTags _tags;
    private readonly ProseParagraph[] _paragraphs;
    private readonly SentenceTable _sentences;
    // Keyed by the offset of the quotation's or sentence's start, as sorted arrays (see OffsetMap).
    private readonly OffsetMap<SpeakerAttribution> _quotations = new();
    private readonly OffsetMap<SpeechTag> _sentenceTags = new();

    private readonly OffsetMap<Carried> _sentenceCarry = new();
    private readonly Dictionary<int, Carried> _blocks = new();

    /// <summary>A speaker carried to later quotations: SpeakerId null means "nobody", which breaks the chain.</summary>
    private sealed record Carried(string? SpeakerId, TextSpan? NameSpan, TextSpan? Evidence, int Paragraph, bool FromQuotation);

    public ReferenceProseAttributor(PlainDocument doc, SpeakerDirectory directory, DateOnly? on = null)
    {
        _doc = doc;
        _text = doc.Text.Text;
        // The word map serves the mention scan and the pass's reading of speech tags; it goes back to its pool after.
        using var map = WordMap.Of(_text);
        var cueWords = new List<TextSpan>();
        _mentions = directory.FindMentionArray(_text, map, cueWords);
        _tags = new SpeechTags(_text, _mentions, words => directory.ResolveTitle(_text, words, on));
        _tags.UseCueWords(cueWords, map);

        // Every paragraph's sentences first, into one packed table; then the pass over them.
        var builder = new SentenceTable.Builder(_text);
        _paragraphs = new ProseParagraph[doc.Paragraphs.Count];
        for (var p = 0; p < _paragraphs.Length; p++)
        {
            var first = builder.Count;
            _paragraphs[p] = new ProseParagraph(doc.Paragraphs[p], first, builder.Split(doc.Paragraphs[p]));
        }
        _sentences = builder.ToTable();

        // Step 3's chain (the paragraph's previous quotation, the last cue verb's subject, the previous paragraph's
        // last quotation) and, for pronouns, whoever the text was last about.
        Carried? lastCue = null, previousParagraph = null, open = null, recent = null, block = null, quoteTag = null;
        for (var p = 0; p < _paragraphs.Length; p++)
        {
            var paragraph = _paragraphs[p];
            var span = paragraph.Span;
            block = block is not null && IsBlockQuotation(paragraph) ? block : null;
            if (block is not null)
            {
                _blocks[p] = block;
            }
            Carried? lastQuote = null;
            for (var k = 0; k < paragraph.SentenceCount; k++)
            {
                var sentence = _sentences[paragraph.FirstSentence + k];
                // Only a carried speaker is kept: a sentence not in the map carries nobody, as a null entry did.
                if (MayOpenSingleQuote(sentence) && (lastQuote ?? lastCue ?? previousParagraph) is { } carry)
                {
                    _sentenceCarry.Set(sentence.Span.Start, carry);
                }
                foreach (var quote in sentence.Quotes)
                {
                    // A quotation continued on the next line of a paragraph printed one line each (left open before it).
                    var continued = lastQuote is not null && IsLineStart(quote) && !LastQuoteClosed(paragraph, quote) ? lastQuote : open;
                    var result = AttributeQuotation(sentence, quote, span, p, continued, lastQuote ?? lastCue ?? previousParagraph, recent);
                    _quotations.Set(quote.Start, result);
                    lastQuote = recent = new Carried(result.SpeakerId, result.NameSpan, result.Evidence, p, true);
                    if (result.Rule == ProseRule.SpeechTag)
                    {
                        quoteTag = new Carried(result.SpeakerId, result.NameSpan, result.Evidence, p, false);
                    }
                }
                // A sentence whose quotation had a speech tag has that tag's subject; only the others are read again.
                var subject = quoteTag ?? SentenceSubject(sentence, recent, p);
                quoteTag = null;
                if (subject is not null)
                {
                    lastCue = subject;
                    if (sentence.Quotes.Count == 0)
                    {
                        recent = subject;
                    }
                }
                else if (sentence.Quotes.Count == 0 && _tags.FirstSubject(sentence.Span, sentence.Quotes) is { } about)
                {
                    // "Putin arrived. “Welcome,” he said.": a pronoun refers to the person the text was last about.
                    recent = new Carried(about.PersonId, about.Span, about.Span, p, false);
                }
            }
            var quotes = _sentences.QuotesOf(paragraph.FirstSentence, paragraph.SentenceCount);
            var last = quotes.IsEmpty ? default : quotes[^1];
            open = lastQuote is not null && !last.IsEmpty && !Closed(last) ? lastQuote : null;
            previousParagraph = lastQuote ?? previousParagraph;
            if (block is null && IntroducesBlock(paragraph, out var introduced))
            {
                block = introduced;
            }
        }
        // The cue words and the map served the pass; a later question reads its sentence again rather than keep them.
        _tags.UseCueWords(null, null);
        _quotations.Freeze();
        _sentenceTags.Freeze();
        _sentenceCarry.Freeze();
    }

    /// <summary>
    /// "Foreign Secretary Boris Johnson said:" closing a paragraph with no quotation mark after it: the paragraphs
    /// that follow, printed without quotation marks (as gov.uk prints block quotations), are that speaker's.
    /// </summary>
    private bool IntroducesBlock(ProseParagraph paragraph, out Carried? speaker)
    {
        speaker = null;
        var end = paragraph.Span.End;
        while (end > paragraph.Span.Start && TextChars.IsSpace(_text[end - 1]))
        {
            end--;
        }
        if (end == paragraph.Span.Start || _text[end - 1] != ':' || paragraph.SentenceCount == 0)
        {
            return false;
        }
        var lastSentence = _sentences[paragraph.FirstSentence + paragraph.SentenceCount - 1];
        if (lastSentence.Quotes.Count > 0)
        {
            return false;
        }
        var tag = _sentenceTags.GetValueOrDefault(lastSentence.Span.Start);
        if (tag.Kind is not (TagKind.Named or TagKind.Unregistered))
        {
            return false;
        }
        speaker = new Carried(tag.PersonId, tag.NameSpan, tag.Evidence, -1, false);
        return true;
    }

    /// <summary>
    /// Whether a paragraph continues a block quotation: it opens with no quotation mark, has five words or more (a
    /// heading or "Media enquiries" ends the block), and no cue verb of its own (a new speaker ends it too).
    /// </summary>
    private bool IsBlockQuotation(ProseParagraph paragraph)
    {
        var span = paragraph.Span;
        var first = span.Start;
        while (first < span.End && TextChars.IsSpace(_text[first]))
        {
            first++;
        }
        if (first >= span.End || Sentences.IsQuoteMark(_text[first]) || TextChars.IsApostrophe(_text[first]))
        {
            return false;
        }
        var words = 0;
        for (var i = span.Start; words < 5 && Words.Next(_text, ref i, span.End, out _);)
        {
            words++;
        }
        if (words < 5)
        {
            return false;
        }
        for (var k = 0; k < paragraph.SentenceCount; k++)
        {
            var sentence = _sentences[paragraph.FirstSentence + k];
            if (_tags.HasCue(sentence.Span, sentence.Quotes))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether the sentence holds a single mark at all: only then can an unpaired one continue a quotation (see <see cref="Unquoted"/>).</summary>
    private bool MayOpenSingleQuote(Sentence sentence) => _text.AsSpan(sentence.Span.Start, sentence.Span.Length).IndexOfAny('\'', '‘') >= 0;

    private bool IsLineStart(TextSpan quote)
    {
        var i = quote.Start;
        while (i > 0 && _text[i - 1] is ' ' or '\t')
        {
            i--;
        }
        return i > 0 && _text[i - 1] == '\n';
    }

    /// <summary>Whether the quotation before <paramref name="quote"/> in its paragraph was closed.</summary>
    private bool LastQuoteClosed(ProseParagraph paragraph, TextSpan quote)
    {
        var quotes = _sentences.QuotesOf(paragraph.FirstSentence, paragraph.SentenceCount);
        for (var k = quotes.Length - 1; k >= 0; k--)
        {
            if (quotes[k].End <= quote.Start)
            {
                return Closed(quotes[k]);
            }
        }
        return true;
    }

    public IReadOnlyList<Mention> Mentions => _mentions;

    internal SpeechTags Tags => _tags;

    /// <summary>Where a passage lies: its paragraph's sentence, the outermost quotation holding it and the innermost nested one.</summary>
    public ProseLocation? Locate(TextSpan passage)
    {
        var p = ParagraphAt(passage.Start);
        if (p < 0 || _paragraphs[p].SentenceCount == 0)
        {
            return null;
        }
        var paragraph = _paragraphs[p];
        // The last sentence starting at or before the passage, else the paragraph's first.
        var index = paragraph.FirstSentence;
        for (var k = paragraph.SentenceCount - 1; k >= 0; k--)
        {
            if (_sentences[paragraph.FirstSentence + k].Span.Start <= passage.Start)
            {
                index = paragraph.FirstSentence + k;
                break;
            }
        }
        var sentence = _sentences[index];
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
        return new ProseLocation(sentence, paragraph.Span, quote, nested);
    }

    /// <summary>The first paragraph holding <paramref name="offset"/> (an empty one starting there counts), or -1.</summary>
    private int ParagraphAt(int offset)
    {
        for (var p = 0; p < _paragraphs.Length; p++)
        {
            var span = _paragraphs[p].Span;
            if (span.Contains(offset) || (span.IsEmpty && span.Start == offset))
            {
                return p;
            }
        }
        return -1;
    }

    /// <summary>Everyone the document's outermost quotations are given to.</summary>
    public IReadOnlySet<string> QuotationSpeakers()
    {
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

    /// <summary>The sieve's answer for an outermost quotation of the document.</summary>
    public SpeakerAttribution Quotation(TextSpan quote) => _quotations.GetValueOrDefault(quote.Start) ?? SpeakerAttribution.None;

    /// <summary>Words outside every quotation: indirect speech when the sentence's cue verb has a subject, else narration.</summary>
    public SpeakerAttribution Unquoted(Sentence sentence, TextSpan paragraph, TextSpan passage)
    {
        var p = Array.FindIndex(_paragraphs, x => x.Span == paragraph);
        if (_blocks.TryGetValue(p, out var block))
        {
            return new SpeakerAttribution(block.SpeakerId is null ? AttributionMethod.None : AttributionMethod.Prose, block.SpeakerId, block.NameSpan, ProseRule.SpeechTag, block.Evidence);
        }
        if (OpensUnclosedSingleQuote(sentence, paragraph, passage))
        {
            // A quotation in single marks continued from the previous paragraph (the splitter does not run single
            // marks on, lest a stray apostrophe swallow the paragraph): step 3's speaker.
            return Carry(_sentenceCarry.GetValueOrDefault(sentence.Span.Start), p, null);
        }
        if (!_sentenceTags.TryGetValue(sentence.Span.Start, out var tag) && sentence.Quotes.Count > 0)
        {
            // Not read in the pass (a quotation's tag stood for the sentence): read it now, for the words outside.
            tag = _tags.OfSentence(sentence.Span, sentence.Quotes);
            if (tag.Kind == TagKind.Pronoun)
            {
                tag = _tags.NearestBefore(sentence.Span, sentence.Quotes, tag.NameSpan!.Value.Start) is { } a
                    ? new SpeechTag(TagKind.Named, a.PersonId, a.Span, tag.Evidence)
                    : Quotation(sentence.Quotes[0]) is { SpeakerId: { } id } q ? new SpeechTag(TagKind.Named, id, q.NameSpan, tag.Evidence) : default;
            }
        }
        return tag.Kind == TagKind.Named
            ? new SpeakerAttribution(AttributionMethod.IndirectSpeech, tag.PersonId, tag.NameSpan, Evidence: tag.Evidence ?? sentence.Span)
            : new SpeakerAttribution(AttributionMethod.Narration, null, null, Evidence: sentence.Span);
    }

    /// <summary>
    /// A quotation inside somebody's own words (<paramref name="bounds"/>: a turn, a statement's paragraph, an outer
    /// quotation) whose owner is <paramref name="owner"/>: its own speech tag names its speaker; "I" or "we", "they"
    /// or "you" (as in "as they say, “…”") or no tag leave it the owner's; "he" or "she" is the nearest person named
    /// before it within the bounds; an unregistered subject is nobody.
    /// </summary>
    public SpeakerAttribution InsideVoice(Sentence sentence, TextSpan quote, TextSpan bounds, ReadOnlySpan<TextSpan> quotes, SpeakerAttribution owner)
    {
        var region = Intersect(sentence.Span, bounds);
        var tag = _tags.OfQuotation(region, quotes, quote);
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
            if (previous is { } p && _tags.OfQuotation(region, quotes, p) is { Kind: not TagKind.None })
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
            case TagKind.Pronoun when _tags.NearestBefore(bounds, quotes, tag.NameSpan!.Value.Start) is { } m:
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

    private SpeakerAttribution AttributeQuotation(Sentence sentence, TextSpan quote, TextSpan paragraph, int p, Carried? open, Carried? step3, Carried? recent)
    {
        var annotated = _doc.Annotations.Count == 0 ? null : _doc.Annotations
            .Where(a => a.By is not null && a.Kind == "quote" && (a.Content.Overlaps(quote) || (quote.IsEmpty && a.Content.Touches(quote.Start))))
            .OrderBy(a => a.Content.Length)
            .FirstOrDefault();
        if (annotated is not null)
        {
            return new SpeakerAttribution(AttributionMethod.Prose, annotated.By, annotated.Content, ProseRule.AnnotatedQuote, annotated.Content);
        }

        var tag = _tags.OfQuotation(sentence.Span, sentence.Quotes, quote);
        switch (tag.Kind)
        {
            case TagKind.Named:
                return new SpeakerAttribution(AttributionMethod.Prose, tag.PersonId, tag.NameSpan, ProseRule.SpeechTag, tag.Evidence);
            case TagKind.Unregistered:
                return new SpeakerAttribution(AttributionMethod.None, null, null, ProseRule.SpeechTag, tag.Evidence);
            case TagKind.Pronoun:
                if (_tags.NearestBefore(sentence.Span, sentence.Quotes, tag.NameSpan!.Value.Start) is { } antecedent)
                {
                    return new SpeakerAttribution(AttributionMethod.Prose, antecedent.PersonId, antecedent.Span, ProseRule.SpeechTag, tag.Evidence);
                }
                return Carry(recent, p, tag.Evidence);
        }

        if (open is not null && (IsParagraphStart(paragraph, quote) || IsLineStart(quote)))
        {
            return new SpeakerAttribution(open.SpeakerId is null ? AttributionMethod.None : AttributionMethod.Prose, open.SpeakerId, open.NameSpan, ProseRule.ContinuedQuotation, open.Evidence);
        }
        return Carry(step3, p, null);
    }

    private static SpeakerAttribution Carry(Carried? carried, int paragraph, TextSpan? tag)
    {
        if (carried is null)
        {
            return new SpeakerAttribution(AttributionMethod.None, null, null, Evidence: tag);
        }
        var rule = carried.Paragraph < paragraph ? ProseRule.PreviousParagraph : carried.FromQuotation ? ProseRule.PreviousQuotation : ProseRule.PreviousSentence;
        return new SpeakerAttribution(carried.SpeakerId is null ? AttributionMethod.None : AttributionMethod.Prose, carried.SpeakerId, carried.NameSpan, rule, carried.Evidence);
    }

    /// <summary>The subject of the sentence's cue verb, for step 3 of later quotations (null: the sentence has no cue verb).</summary>
    private Carried? SentenceSubject(Sentence sentence, Carried? recent, int paragraph)
    {
        var tag = _tags.OfSentence(sentence.Span, sentence.Quotes);
        if (tag.Kind == TagKind.Pronoun)
        {
            var antecedent = _tags.NearestBefore(sentence.Span, sentence.Quotes, tag.NameSpan!.Value.Start);
            tag = antecedent is { } a
                ? new SpeechTag(TagKind.Named, a.PersonId, a.Span, tag.Evidence)
                : recent?.SpeakerId is { } id ? new SpeechTag(TagKind.Named, id, recent.NameSpan, tag.Evidence) : new SpeechTag(TagKind.Unregistered, null, null, tag.Evidence);
        }
        if (tag.Kind != TagKind.None)
        {
            _sentenceTags.Set(sentence.Span.Start, tag);
        }
        return tag.Kind switch
        {
            TagKind.Named => new Carried(tag.PersonId, tag.NameSpan, tag.Evidence, paragraph, false),
            TagKind.Unregistered => new Carried(null, null, tag.Evidence, paragraph, false),
            _ => null,
        };
    }

    private bool IsParagraphStart(TextSpan paragraph, TextSpan quote)
    {
        for (var i = paragraph.Start; i < quote.Start; i++)
        {
            if (!TextChars.IsSpace(_text[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether the quotation ends on its closing mark (one left open runs to the end of its paragraph).</summary>
    private bool Closed(TextSpan quote)
    {
        var c = _text[quote.End - 1];
        return quote.Length > 1 && (c is '”' or '»' or '"' or '“' || TextChars.IsApostrophe(c));
    }

    private static TextSpan Intersect(TextSpan a, TextSpan b)
    {
        var start = Math.Max(a.Start, b.Start);
        return TextSpan.FromBounds(start, Math.Max(start, Math.Min(a.End, b.End)));
    }
}
