using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution;

/// <summary>
/// The prose pass, run lazily over a window of paragraphs that ends at the one a question is about.
/// </summary>
/// <remarks>
/// <para>The pass carries a state from paragraph to paragraph (the last cue verb's subject, the previous
/// paragraph's last quotation, a quotation left open, whom the text was last about, a block quotation). A window
/// that starts where that state is not known starts from <see cref="PassState.Unknown"/>: every carried speaker
/// is a stand-in marked <see cref="Carried.Tainted"/>, and whatever is computed from one is marked too, as is a
/// decision taken on whether one is there at all. What comes out unmarked is what the whole pass gives (it read
/// nothing the window did not see); what comes out marked is thrown away, and the window is made four times longer,
/// down to the document's start or to a paragraph before which the pass's state is known.</para>
/// <para>Most questions are answered from a window of one to a few paragraphs: a speech tag, a cue verb or a quotation
/// near the passage decides, and what lies further back no longer matters.</para>
/// </remarks>
internal sealed partial class ProseAttributor
{
    // Each paragraph's sentences, split when first needed.
    private readonly SentenceTable?[] _tables;
    // What the pass found, keyed by the offset of the quotation's or sentence's start (by paragraph for blocks):
    // only answers that came out of a window unmarked, and for each paragraph only once all of a kind did (_known).
    private readonly Dictionary<int, SpeakerAttribution> _quotations = new();
    private readonly Dictionary<int, SpeechTag> _sentenceTags = new();
    private readonly Dictionary<int, Carried> _sentenceCarry = new();
    private readonly Dictionary<int, Carried> _blocks = new();
    private readonly Known[] _known;
    // The pass's state before each paragraph where a window found it unmarked; [0] is the start.
    private readonly PassState?[] _stateBefore;
    private bool _whole;
    // A window's findings for its current paragraph, reused from run to run (runs take turns on the lock).
    private readonly List<(int Start, SpeakerAttribution Answer)> _runQuotations = [];
    private readonly List<(int Start, SpeechTag Tag)> _runTags = [];
    private readonly List<(int Start, Carried Carry)> _runCarries = [];

    /// <summary>Which of a paragraph's findings are the whole pass's.</summary>
    [Flags]
    private enum Known : byte
    {
        None = 0,
        Quotes = 1,
        Tags = 2,
        Carry = 4,
        Block = 8,
        All = Quotes | Tags | Carry | Block,
    }

    /// <summary>
    /// A speaker carried to later quotations: SpeakerId null means "nobody", which breaks the chain. Tainted: made
    /// from a window's stand-in for a state it could not see, so not to be trusted (see the remarks above).
    /// </summary>
    private sealed record Carried(string? SpeakerId, TextSpan? NameSpan, TextSpan? Evidence, int Paragraph, bool FromQuotation, bool Tainted = false)
    {
        public static Carried Unknown { get; } = new(null, null, null, -1, false, Tainted: true);
    }

    /// <summary>What the pass carries from one paragraph to the next.</summary>
    private sealed record PassState(Carried? LastCue, Carried? PreviousParagraph, Carried? Open, Carried? Recent, Carried? Block)
    {
        public static PassState Start { get; } = new(null, null, null, null, null);

        public static PassState Unknown { get; } = new(Carried.Unknown, Carried.Unknown, Carried.Unknown, Carried.Unknown, Carried.Unknown);

        public bool IsKnown => LastCue?.Tainted != true && PreviousParagraph?.Tainted != true && Open?.Tainted != true
            && Recent?.Tainted != true && Block?.Tainted != true;
    }

    private SentenceTable SentencesOf(int p)
    {
        if (_tables[p] is { } table)
        {
            return table;
        }
        var builder = new SentenceTable.Builder(_text);
        builder.Split(_paragraphs[p]);
        return _tables[p] = builder.ToTable();
    }

    /// <summary>Makes the findings of <paramref name="kind"/> known for every paragraph that may hold <paramref name="offset"/>.</summary>
    private void EnsureAt(int offset, Known kind)
    {
        for (var p = FirstEndingAtOrAfter(offset); p < _paragraphs.Length; p++)
        {
            var span = _paragraphs[p];
            if (span.Start <= offset && offset <= span.End)
            {
                Ensure(p, kind);
            }
            else if (_ordered && span.Start > offset)
            {
                break;
            }
        }
    }

    /// <summary>Makes paragraph <paramref name="p"/>'s findings of <paramref name="kind"/> the whole pass's, by windows ending at it.</summary>
    private void Ensure(int p, Known kind)
    {
        for (var length = 1; (_known[p] & kind) != kind; length *= 4)
        {
            var known = p;
            while (_stateBefore[known] is null)
            {
                known--;
            }
            var from = Math.Max(known, p - length + 1);
            Run(from, p, from == known ? _stateBefore[known]! : PassState.Unknown);
        }
    }

    /// <summary>The whole pass, for a question about the whole document.</summary>
    private void EnsureWhole()
    {
        if (!_whole && _paragraphs.Length > 0)
        {
            Run(0, _paragraphs.Length - 1, PassState.Start);
        }
        _whole = true;
    }

    /// <summary>
    /// The pass over paragraphs <paramref name="from"/> to <paramref name="to"/> from <paramref name="state"/>: step 3's
    /// chain (the paragraph's previous quotation, the last cue verb's subject, the previous paragraph's last
    /// quotation) and, for pronouns, whoever the text was last about. Keeps what comes out unmarked.
    /// </summary>
    private void Run(int from, int to, PassState state)
    {
        var tags = _tags.Value;
        var (lastCue, previousParagraph, open, recent, block) = state;
        Carried? quoteTag = null;
        var quotations = _runQuotations;
        var sentenceTags = _runTags;
        var carries = _runCarries;
        for (var p = from; p <= to; p++)
        {
            var span = _paragraphs[p];
            var sentences = SentencesOf(p);
            bool quotesTainted = false, tagsTainted = false, carryTainted = false;
            quotations.Clear();
            sentenceTags.Clear();
            carries.Clear();

            block = block is not null && IsBlockQuotation(sentences, span) ? block : null;
            var blockTainted = block?.Tainted == true;
            Carried? lastQuote = null;
            SpeechTag lastTag = default;
            var lastTagTainted = false;
            for (var k = 0; k < sentences.Count; k++)
            {
                var sentence = sentences[k];
                // Only a carried speaker is kept: a sentence not in the map carries nobody, as a null entry did.
                if (MayOpenSingleQuote(sentence) && (lastQuote ?? lastCue ?? previousParagraph) is { } carry)
                {
                    carries.Add((sentence.Span.Start, carry));
                    carryTainted |= carry.Tainted;
                }
                foreach (var quote in sentence.Quotes)
                {
                    // A quotation continued on the next line of a paragraph printed one line each (left open before it).
                    var continued = lastQuote is not null && IsLineStart(quote) && !LastQuoteClosed(sentences, quote) ? lastQuote : open;
                    var (result, tainted) = AttributeQuotation(tags, sentence, quote, span, p, continued, lastQuote ?? lastCue ?? previousParagraph, recent);
                    quotations.Add((quote.Start, result));
                    quotesTainted |= tainted;
                    lastQuote = recent = new Carried(result.SpeakerId, result.NameSpan, result.Evidence, p, true, tainted);
                    if (result.Rule == ProseRule.SpeechTag)
                    {
                        quoteTag = new Carried(result.SpeakerId, result.NameSpan, result.Evidence, p, false, tainted);
                    }
                }
                // A sentence whose quotation had a speech tag has that tag's subject; only the others are read again.
                Carried? subject;
                lastTag = default;
                lastTagTainted = false;
                if (quoteTag is not null)
                {
                    subject = quoteTag;
                }
                else
                {
                    (subject, lastTag) = SentenceSubject(tags, sentence, recent, p);
                    lastTagTainted = subject?.Tainted == true;
                    if (lastTag.Kind != TagKind.None)
                    {
                        sentenceTags.Add((sentence.Span.Start, lastTag));
                        tagsTainted |= lastTagTainted;
                    }
                }
                quoteTag = null;
                if (subject is not null)
                {
                    lastCue = subject;
                    if (sentence.Quotes.Count == 0)
                    {
                        recent = subject;
                    }
                }
                else if (sentence.Quotes.Count == 0 && tags.FirstSubject(sentence.Span, sentence.Quotes) is { } about)
                {
                    // "Putin arrived. “Welcome,” he said.": a pronoun refers to the person the text was last about.
                    recent = new Carried(about.PersonId, about.Span, about.Span, p, false);
                }
            }
            var quotes = sentences.QuotesOf(0, sentences.Count);
            var last = quotes.IsEmpty ? default : quotes[^1];
            open = lastQuote is not null && !last.IsEmpty && !Closed(last) ? lastQuote : null;
            previousParagraph = lastQuote ?? previousParagraph;
            var blockHere = block;
            if (block is null && IntroducesBlock(sentences, span, lastTag, lastTagTainted, out var introduced))
            {
                block = introduced;
            }
            Keep(p, quotesTainted, tagsTainted, carryTainted, blockTainted, blockHere, quotations, sentenceTags, carries);
            if (p + 1 < _stateBefore.Length && _stateBefore[p + 1] is null && new PassState(lastCue, previousParagraph, open, recent, block) is { IsKnown: true } after)
            {
                _stateBefore[p + 1] = after;
            }
        }
    }

    /// <summary>Keeps paragraph <paramref name="p"/>'s findings of each kind that came out unmarked.</summary>
    private void Keep(int p, bool quotesTainted, bool tagsTainted, bool carryTainted, bool blockTainted, Carried? block,
        List<(int Start, SpeakerAttribution Answer)> quotations, List<(int Start, SpeechTag Tag)> sentenceTags, List<(int Start, Carried Carry)> carries)
    {
        var known = _known[p];
        if (!quotesTainted && (known & Known.Quotes) == 0)
        {
            foreach (var (start, answer) in quotations)
            {
                _quotations[start] = answer;
            }
            known |= Known.Quotes;
        }
        if (!tagsTainted && (known & Known.Tags) == 0)
        {
            foreach (var (start, tag) in sentenceTags)
            {
                _sentenceTags[start] = tag;
            }
            known |= Known.Tags;
        }
        if (!carryTainted && (known & Known.Carry) == 0)
        {
            foreach (var (start, carry) in carries)
            {
                _sentenceCarry[start] = carry;
            }
            known |= Known.Carry;
        }
        if (!blockTainted && (known & Known.Block) == 0)
        {
            if (block is not null)
            {
                _blocks[p] = block;
            }
            known |= Known.Block;
        }
        _known[p] = known;
    }

    /// <summary>
    /// "Foreign Secretary Boris Johnson said:" closing a paragraph with no quotation mark after it: the paragraphs
    /// that follow, printed without quotation marks (as gov.uk prints block quotations), are that speaker's.
    /// <paramref name="lastTag"/> is the tag the pass read for the paragraph's last sentence (none when it read none).
    /// </summary>
    private bool IntroducesBlock(SentenceTable sentences, TextSpan span, SpeechTag lastTag, bool tainted, out Carried? speaker)
    {
        speaker = null;
        var end = span.End;
        while (end > span.Start && TextChars.IsSpace(_text[end - 1]))
        {
            end--;
        }
        if (end == span.Start || _text[end - 1] != ':' || sentences.Count == 0)
        {
            return false;
        }
        var lastSentence = sentences[sentences.Count - 1];
        if (lastSentence.Quotes.Count > 0)
        {
            return false;
        }
        if (lastTag.Kind is not (TagKind.Named or TagKind.Unregistered))
        {
            return false;
        }
        speaker = new Carried(lastTag.PersonId, lastTag.NameSpan, lastTag.Evidence, -1, false, tainted);
        return true;
    }

    /// <summary>
    /// Whether a paragraph continues a block quotation: it opens with no quotation mark, has five words or more (a
    /// heading or "Media enquiries" ends the block), and no cue verb of its own (a new speaker ends it too).
    /// </summary>
    private bool IsBlockQuotation(SentenceTable sentences, TextSpan span)
    {
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
        var tags = _tags.Value;
        for (var k = 0; k < sentences.Count; k++)
        {
            var sentence = sentences[k];
            if (tags.HasCue(sentence.Span, sentence.Quotes))
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
    private bool LastQuoteClosed(SentenceTable sentences, TextSpan quote)
    {
        var quotes = sentences.QuotesOf(0, sentences.Count);
        for (var k = quotes.Length - 1; k >= 0; k--)
        {
            if (quotes[k].End <= quote.Start)
            {
                return Closed(quotes[k]);
            }
        }
        return true;
    }

    /// <summary>The prose sieve's answer for a quotation, and whether it was made from a stand-in.</summary>
    private (SpeakerAttribution Attribution, bool Tainted) AttributeQuotation(SpeechTags tags, Sentence sentence, TextSpan quote, TextSpan paragraph, int p,
        Carried? open, Carried? step3, Carried? recent)
    {
        var annotated = _doc.Annotations.Count == 0 ? null : _doc.Annotations
            .Where(a => a.By is not null && a.Kind == "quote" && (a.Content.Overlaps(quote) || (quote.IsEmpty && a.Content.Touches(quote.Start))))
            .OrderBy(a => a.Content.Length)
            .FirstOrDefault();
        if (annotated is not null)
        {
            return (new SpeakerAttribution(AttributionMethod.Prose, annotated.By, annotated.Content, ProseRule.AnnotatedQuote, annotated.Content), false);
        }

        var tag = tags.OfQuotation(sentence.Span, sentence.Quotes, quote);
        switch (tag.Kind)
        {
            case TagKind.Named:
                return (new SpeakerAttribution(AttributionMethod.Prose, tag.PersonId, tag.NameSpan, ProseRule.SpeechTag, tag.Evidence), false);
            case TagKind.Unregistered:
                return (new SpeakerAttribution(AttributionMethod.None, null, null, ProseRule.SpeechTag, tag.Evidence), false);
            case TagKind.Pronoun:
                if (tags.NearestBefore(sentence.Span, sentence.Quotes, tag.NameSpan!.Value.Start) is { } antecedent)
                {
                    return (new SpeakerAttribution(AttributionMethod.Prose, antecedent.PersonId, antecedent.Span, ProseRule.SpeechTag, tag.Evidence), false);
                }
                return Carry(recent, p, tag.Evidence);
        }

        if (open is not null && (IsParagraphStart(paragraph, quote) || IsLineStart(quote)))
        {
            return (new SpeakerAttribution(open.SpeakerId is null ? AttributionMethod.None : AttributionMethod.Prose, open.SpeakerId, open.NameSpan, ProseRule.ContinuedQuotation, open.Evidence),
                open.Tainted);
        }
        return Carry(step3, p, null);
    }

    private static (SpeakerAttribution Attribution, bool Tainted) Carry(Carried? carried, int paragraph, TextSpan? tag)
    {
        if (carried is null)
        {
            return (new SpeakerAttribution(AttributionMethod.None, null, null, Evidence: tag), false);
        }
        var rule = carried.Paragraph < paragraph ? ProseRule.PreviousParagraph : carried.FromQuotation ? ProseRule.PreviousQuotation : ProseRule.PreviousSentence;
        return (new SpeakerAttribution(carried.SpeakerId is null ? AttributionMethod.None : AttributionMethod.Prose, carried.SpeakerId, carried.NameSpan, rule, carried.Evidence),
            carried.Tainted);
    }

    /// <summary>
    /// The subject of the sentence's cue verb, for step 3 of later quotations (null: the sentence has no cue verb), and
    /// the tag the pass keeps for the sentence (none when it has no cue verb).
    /// </summary>
    private static (Carried? Subject, SpeechTag Tag) SentenceSubject(SpeechTags tags, Sentence sentence, Carried? recent, int paragraph)
    {
        var tag = tags.OfSentence(sentence.Span, sentence.Quotes);
        var tainted = false;
        if (tag.Kind == TagKind.Pronoun)
        {
            var antecedent = tags.NearestBefore(sentence.Span, sentence.Quotes, tag.NameSpan!.Value.Start);
            if (antecedent is { } a)
            {
                tag = new SpeechTag(TagKind.Named, a.PersonId, a.Span, tag.Evidence);
            }
            else
            {
                // Whether "he" is somebody depends on whom the text was last about: a stand-in marks the answer.
                tainted = recent?.Tainted == true;
                tag = recent?.SpeakerId is { } id ? new SpeechTag(TagKind.Named, id, recent.NameSpan, tag.Evidence) : new SpeechTag(TagKind.Unregistered, null, null, tag.Evidence);
            }
        }
        return tag.Kind switch
        {
            TagKind.Named => (new Carried(tag.PersonId, tag.NameSpan, tag.Evidence, paragraph, false, tainted), tag),
            TagKind.Unregistered => (new Carried(null, null, tag.Evidence, paragraph, false, tainted), tag),
            _ => (null, tag),
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
}
