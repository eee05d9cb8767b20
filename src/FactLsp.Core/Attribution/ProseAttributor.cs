using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution;

/// <summary>
/// The prose rules of spec §5, run as one left-to-right pass over each paragraph so that "the person the
/// previous quotation or sentence was attributed to" is always known when it is needed.
/// </summary>
/// <remarks>
/// <para>For a quotation (the quotation marks around the passage, or the passage itself when the document
/// does not quote it), in order:</para>
/// <list type="number">
/// <item>An annotation of the document with a <c>by</c> overlapping the quotation names its speaker.</item>
/// <item>The first registered person mentioned in the sentence before the quotation, not counting names
/// inside other quotations ("Putin addressed Erdogan as “dear friend”" → Putin).</item>
/// <item>A speech tag within the first ten words after the quotation (up to the next quotation or the
/// end of the sentence): the first cue verb there, and before it a registered person ("Khalil said") →
/// that person; a pronoun ("he said") → carried; other words ("a spokesman said") → nobody. With nothing
/// before the verb, the subject follows it: a pronoun ("said he") → carried; else the first person named in
/// the next five words, before any clause punctuation ("said senior official Redur Khalil") → that
/// person; else nobody ("said the ministry").</item>
/// <item>A cue verb before the quotation whose subject is not a pronoun ("the ministry said “…”") → nobody.</item>
/// <item>Otherwise (a pronoun or no subject) → carried: the attribution of the previous quotation or sentence
/// of the paragraph, else the previous paragraph's.</item>
/// </list>
/// <para>Throughout, a name in the possessive never names the speaker: "Putin’s spokesman said “…”" is the
/// spokesman's, not Putin's (so nobody's, unless the spokesman is registered and named). This is a
/// deliberate reading of "the first registered person mentioned": a careful editor would not give the
/// spokesman's words to Putin.</para>
/// <para>A sentence without quotations is attributed as well, so that it can be carried: with a cue verb,
/// to the first person mentioned before it, else the person named right after it; a pronoun subject keeps
/// the carried person; another subject ("the ministry said") leaves nobody. Without a cue verb, a sentence
/// that mentions someone is attributed to the first person mentioned ("Putin arrived." then "“Welcome,” he
/// said." is Putin's); a sentence that mentions nobody leaves the carried person as is.</para>
/// <para>"Nobody" breaks the chain: after "a spokesman said …", "he said" is not given to anyone.</para>
/// </remarks>
internal sealed class ProseAttributor
{
    private const int TagWindow = 10;
    private const int TitleWords = 4;

    private readonly PlainDocument _doc;
    private readonly string _text;
    private readonly List<Mention> _mentions;
    private readonly List<ParagraphPass> _paragraphs = new();

    // The speaker carried into and out of each quotation by the constructor's pass, so that asking
    // about a quotation does not replay every quotation before it in its sentence (a paragraph of
    // n quotations with no full stop is one sentence: n questions cost n² replays).
    private readonly Dictionary<TextSpan, (Carried? In, Carried? Out)> _quoteCarries = new();

    // Each sentence's words outside its quotations, with the last cue verb up to each (see WordsBefore).
    // Filled as questions come, and a source's attributor is asked from parallel article checks.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Sentence, (List<TextSpan> Words, int[] LastCue)> _sentenceWords = new(ReferenceEqualityComparer.Instance);

    /// <summary>A speaker carried from an earlier quotation or sentence, with where they were named.</summary>
    private sealed record Carried(string SpeakerId, TextSpan NameSpan, int Paragraph);

    private sealed record SentencePass(Sentence Sentence, Carried? CarryIn);

    private sealed record ParagraphPass(TextSpan Span, List<SentencePass> Sentences);

    private enum Outcome
    {
        Named,
        Carry,
        Nobody,
    }

    public ProseAttributor(PlainDocument doc, SpeakerDirectory directory)
    {
        _doc = doc;
        _text = doc.Text.Text;
        _mentions = directory.FindMentions(_text).ToList();
        Carried? carry = null;
        for (var p = 0; p < doc.Paragraphs.Count; p++)
        {
            var span = doc.Paragraphs[p];
            var sentences = new List<SentencePass>();
            foreach (var sentence in Sentences.Split(_text, span))
            {
                sentences.Add(new SentencePass(sentence, carry));
                carry = AttributeSentence(sentence, carry, p);
            }
            _paragraphs.Add(new ParagraphPass(span, sentences));
        }
    }

    public IReadOnlyList<Mention> Mentions => _mentions;

    public SpeakerAttribution Attribute(TextSpan passage)
    {
        var p = _paragraphs.FindIndex(x => x.Span.Contains(passage.Start) || (x.Span.IsEmpty && x.Span.Start == passage.Start));
        if (p < 0)
        {
            return SpeakerAttribution.None;
        }
        var pass = _paragraphs[p].Sentences.LastOrDefault(s => s.Sentence.Span.Start <= passage.Start) ?? _paragraphs[p].Sentences.FirstOrDefault();
        if (pass is null)
        {
            return SpeakerAttribution.None;
        }
        var sentence = pass.Sentence;
        // A passage given with its quotation marks (an article's unannotated run) is the quotation it overlaps.
        // (Spans compare by value: a quotation equal to the passage is still a quotation, hence the nullable.)
        // The quotations are in order and disjoint: only the first that ends after the passage's start can hold or overlap it.
        var first = FirstQuote(sentence, q => q.End > passage.Start);
        var quoted = first < sentence.Quotes.Count && (sentence.Quotes[first].Contains(passage.Start) || sentence.Quotes[first].Overlaps(passage))
            ? sentence.Quotes[first]
            : (TextSpan?)null;
        if (quoted is null && IsNarration(sentence, passage, _paragraphs[p].Span))
        {
            return SpeakerAttribution.None;
        }
        var target = quoted ?? passage;
        var carry = pass.CarryIn;
        if (quoted is { } known && _quoteCarries.TryGetValue(known, out var carries))
        {
            carry = carries.In;
        }
        else
        {
            // Narration after some quotations: the speaker the last of them carried out.
            for (var q = sentence.Quotes.Count - 1; q >= 0; q--)
            {
                if (sentence.Quotes[q].End <= target.Start)
                {
                    carry = _quoteCarries.TryGetValue(sentence.Quotes[q], out var before) ? before.Out : carry;
                    break;
                }
            }
        }
        return AttributeQuote(sentence, target, carry, p).Result;
    }

    /// <summary>
    /// Whether an unquoted passage is the writer's own narration: its sentence has no cue verb outside its
    /// quotations, and no single mark that could open a quotation but found no closing mark comes before the
    /// passage (a quotation in single marks continued in the next paragraph, which the splitter does not run
    /// on, lest a stray apostrophe swallow the paragraph). Narration is nobody's speech, whoever is named in it
    /// or spoke in the paragraph before; indirect speech ("Khalil said the gains heralded…") keeps its speaker.
    /// </summary>
    private bool IsNarration(Sentence sentence, TextSpan passage, TextSpan paragraph)
    {
        if (WordsOutsideQuotes(sentence, sentence.Span).Any(w => Words.IsCueVerb(Word(w))))
        {
            return false;
        }
        for (var i = sentence.Span.Start; i < passage.Start && i < sentence.Span.End; i++)
        {
            if (SingleQuotes.CanOpen(_text, paragraph, i) && !sentence.Quotes.Any(q => q.Contains(i)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The carried speaker after the sentence: its last quotation's, or the sentence's own.</summary>
    private Carried? AttributeSentence(Sentence sentence, Carried? carry, int paragraph)
    {
        if (sentence.Quotes.Count > 0)
        {
            foreach (var quote in sentence.Quotes)
            {
                var carryIn = carry;
                carry = AttributeQuote(sentence, quote, carry, paragraph).Carry;
                _quoteCarries[quote] = (carryIn, carry);
            }
            return carry;
        }

        var words = WordsOutsideQuotes(sentence, sentence.Span);
        var cue = words.FindIndex(w => Words.IsCueVerb(Word(w)));
        if (cue >= 0)
        {
            var before = Speakers(sentence, TextSpan.FromBounds(sentence.Span.Start, words[cue].Start)).FirstOrDefault();
            if (before != default)
            {
                return Named(before, paragraph);
            }
            var (outcome, named) = Subject(words, cue, carry, paragraph);
            return outcome switch
            {
                Outcome.Named => named,
                Outcome.Carry => Moved(carry, paragraph),
                _ => null,
            };
        }

        var mention = Speakers(sentence, sentence.Span).FirstOrDefault();
        return mention != default ? Named(mention, paragraph) : carry;
    }

    /// <summary>Attributes one quotation of a sentence; returns the answer and the speaker to carry on.</summary>
    private (SpeakerAttribution Result, Carried? Carry) AttributeQuote(Sentence sentence, TextSpan quote, Carried? carry, int paragraph)
    {
        var annotated = _doc.Annotations
            .Where(a => a.By is not null && a.Kind == "quote" && (a.Content.Overlaps(quote) || (quote.IsEmpty && a.Content.Touches(quote.Start))))
            .OrderBy(a => a.Content.Length)
            .FirstOrDefault();
        if (annotated is not null)
        {
            var named = new Carried(annotated.By!, annotated.Content, paragraph);
            return (Answer(named, ProseRule.AnnotatedQuote), named);
        }

        var before = Speakers(sentence, TextSpan.FromBounds(sentence.Span.Start, quote.Start)).FirstOrDefault();
        if (before != default)
        {
            var named = Named(before, paragraph);
            return (Answer(named, ProseRule.NamedBefore), named);
        }

        if (SpeechTagAfter(sentence, quote, carry, paragraph) is { } tag)
        {
            return tag.Outcome switch
            {
                Outcome.Named => (Answer(tag.Speaker!, ProseRule.CueAfter), tag.Speaker),
                Outcome.Carry => CarryOn(carry, paragraph),
                _ => (SpeakerAttribution.None, null),
            };
        }

        // A cue verb before the quotation with a subject that is not a pronoun: someone unregistered speaks.
        var (words, cue) = WordsBefore(sentence, quote.Start);
        if (cue >= 0 && Subject(words, cue, carry, paragraph) is (Outcome.Nobody, _))
        {
            return (SpeakerAttribution.None, null);
        }

        return CarryOn(carry, paragraph);
    }

    /// <summary>Rule 3: the speech tag right after the quotation, or null when there is none.</summary>
    private (Outcome Outcome, Carried? Speaker)? SpeechTagAfter(Sentence sentence, TextSpan quote, Carried? carry, int paragraph)
    {
        var next = FirstQuote(sentence, q => q.Start >= quote.End);
        var end = next < sentence.Quotes.Count ? sentence.Quotes[next].Start : sentence.Span.End;
        if (end <= quote.End)
        {
            return null;
        }
        var words = WordsOutsideQuotes(sentence, TextSpan.FromBounds(quote.End, end)).Take(TagWindow).ToList();
        var cue = words.FindIndex(w => Words.IsCueVerb(Word(w)));
        if (cue < 0)
        {
            return null;
        }
        var subject = Speakers(sentence, TextSpan.FromBounds(quote.End, words[cue].Start)).FirstOrDefault();
        if (subject != default)
        {
            return (Outcome.Named, Named(subject, paragraph));
        }
        return Subject(words, cue, carry, paragraph);
    }

    /// <summary>
    /// The subject of the cue verb at <paramref name="cue"/>, when no registered person precedes it: a pronoun
    /// before it (past fillers such as "also") carries; nothing before it looks after it for a person past
    /// capitalized titles, or "said he"; anything else is somebody unregistered.
    /// </summary>
    private (Outcome Outcome, Carried? Speaker) Subject(List<TextSpan> words, int cue, Carried? carry, int paragraph)
    {
        var s = cue - 1;
        while (s >= 0 && Words.IsFiller(Word(words[s])))
        {
            s--;
        }
        if (s >= 0)
        {
            return Words.IsPronoun(Word(words[s])) ? (Outcome.Carry, carry) : (Outcome.Nobody, null);
        }
        // Nothing before the verb: the subject follows it ("said Khalil", "said senior official Redur Khalil"),
        // within a few words and before any clause punctuation ("said the report, which Putin…" is nobody's).
        for (var k = cue + 1; k < words.Count && k <= cue + 1 + TitleWords; k++)
        {
            if (k > cue + 1 && HasClausePunctuation(words[k - 1], words[k]))
            {
                break;
            }
            if (k == cue + 1 && Words.IsPronoun(Word(words[k])))
            {
                return (Outcome.Carry, carry);
            }
            var mention = MentionOverlapping(words[k]);
            if (mention != default)
            {
                return (Outcome.Named, Named(mention, paragraph));
            }
        }
        return (Outcome.Nobody, null);
    }

    private (SpeakerAttribution, Carried?) CarryOn(Carried? carry, int paragraph)
    {
        if (carry is null)
        {
            return (SpeakerAttribution.None, null);
        }
        var rule = carry.Paragraph < paragraph ? ProseRule.PreviousParagraph : ProseRule.PreviousSentence;
        return (Answer(carry, rule), Moved(carry, paragraph));
    }

    /// <summary>A carried speaker, now attributed within <paramref name="paragraph"/> (so later quotations there carry from this sentence).</summary>
    private static Carried? Moved(Carried? carry, int paragraph) => carry is null ? null : carry with { Paragraph = paragraph };

    private static Carried Named(Mention mention, int paragraph) => new(mention.PersonId, mention.Span, paragraph);

    private static SpeakerAttribution Answer(Carried speaker, ProseRule rule) =>
        new(AttributionMethod.Prose, speaker.SpeakerId, speaker.NameSpan, rule);

    /// <summary>
    /// The mentions that can name a speaker: not in the possessive. "Putin’s spokesman said" is the spokesman
    /// speaking; a newsroom would not put his words in Putin's mouth.
    /// </summary>
    private IEnumerable<Mention> Speakers(Sentence sentence, TextSpan span) => MentionsIn(sentence, span).Where(m => !IsPossessive(m.Span));

    /// <summary>Mentions lying wholly in <paramref name="span"/> and outside the sentence's quotations.</summary>
    private IEnumerable<Mention> MentionsIn(Sentence sentence, TextSpan span)
    {
        var first = LowerBound(span.Start);
        for (var i = first; i < _mentions.Count && _mentions[i].Span.Start < span.End; i++)
        {
            var m = _mentions[i];
            if (span.Contains(m.Span) && !sentence.Quotes.Any(q => q.Overlaps(m.Span)))
            {
                yield return m;
            }
        }
    }

    /// <summary>The non-possessive mention that overlaps a word, if any (mentions are sorted and disjoint).</summary>
    private Mention MentionOverlapping(TextSpan word)
    {
        // A mention starting before the word may still reach into it ("Redur Khalil" over the word "Khalil").
        for (var i = Math.Max(0, LowerBound(word.Start) - 1); i < _mentions.Count && _mentions[i].Span.Start < word.End; i++)
        {
            if (_mentions[i].Span.Overlaps(word) && !IsPossessive(_mentions[i].Span))
            {
                return _mentions[i];
            }
        }
        return default;
    }

    private int LowerBound(int offset)
    {
        int lo = 0, hi = _mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_mentions[mid].Span.Start < offset)
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

    /// <summary>
    /// The words outside quotations from the sentence's start to <paramref name="end"/>, and the index
    /// of the last cue verb among them (-1: none, and then the words are not built). Read from the
    /// sentence's words, found once: walking from the sentence's start for each of its quotations
    /// made a long sentence of many quotations quadratic.
    /// </summary>
    private (List<TextSpan> Words, int Cue) WordsBefore(Sentence sentence, int end)
    {
        if (end > sentence.Span.Start && end < _text.Length && TextChars.IsWordChar(_text[end - 1]) && TextChars.IsWordChar(_text[end]))
        {
            // A word runs across the end (a quotation opened by an apostrophe-like mark): cut it as the span does.
            var cut = WordsOutsideQuotes(sentence, TextSpan.FromBounds(sentence.Span.Start, end));
            return (cut, cut.FindLastIndex(w => Words.IsCueVerb(Word(w))));
        }
        if (!_sentenceWords.TryGetValue(sentence, out var known))
        {
            var all = WordsOutsideQuotes(sentence, sentence.Span);
            var lastCue = new int[all.Count];
            for (var i = 0; i < all.Count; i++)
            {
                lastCue[i] = Words.IsCueVerb(Word(all[i])) ? i : i > 0 ? lastCue[i - 1] : -1;
            }
            known = _sentenceWords.GetOrAdd(sentence, (all, lastCue));
        }
        int lo = 0, hi = known.Words.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (known.Words[mid].End <= end)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        var cue = lo == 0 ? -1 : known.LastCue[lo - 1];
        return cue < 0 ? ([], -1) : (known.Words.GetRange(0, lo), cue);
    }

    /// <summary>
    /// The index of the first of the sentence's quotations for which <paramref name="after"/> holds
    /// (Count: none), by binary search: the quotations are in order and disjoint, so it is false for
    /// a prefix of them and true for the rest. A scan per quotation made long sentences quadratic.
    /// </summary>
    private static int FirstQuote(Sentence sentence, Func<TextSpan, bool> after)
    {
        int lo = 0, hi = sentence.Quotes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (after(sentence.Quotes[mid]))
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private List<TextSpan> WordsOutsideQuotes(Sentence sentence, TextSpan span)
    {
        // Plain loops: this runs for every word of every source, where LINQ's allocations added up.
        // The quotations are in order and disjoint, and so are the words: one pointer walks both.
        var words = new List<TextSpan>();
        var quotes = sentence.Quotes;
        var next = 0;
        foreach (var word in Words.In(_text, span))
        {
            while (next < quotes.Count && quotes[next].End <= word.Start)
            {
                next++;
            }
            var inside = false;
            for (var q = next; q < quotes.Count && quotes[q].Start < word.End && !inside; q++)
            {
                inside = quotes[q].Overlaps(word);
            }
            if (!inside)
            {
                words.Add(word);
            }
        }
        return words;
    }

    private ReadOnlySpan<char> Word(TextSpan span) => _text.AsSpan(span.Start, span.Length);

    /// <summary>
    /// Clause punctuation between two words; the period of a title or an initial ("said Ms. Okafor",
    /// "said Gen. Redur Khalil") is part of the name, not the end of the clause.
    /// </summary>
    private bool HasClausePunctuation(TextSpan previous, TextSpan next)
    {
        var gap = _text.AsSpan(previous.End, next.Start - previous.End);
        var at = gap.IndexOfAny(",;:.!?()");
        if (at < 0)
        {
            return false;
        }
        var abbreviation = at == 0 && gap[0] == '.' && gap[1..].IndexOfAny(",;:.!?()") < 0 && Sentences.IsAbbreviation(_text, previous.Start, previous.End);
        return !abbreviation;
    }

    /// <summary>"Trump’s announcement": a name followed by ’s or ' is someone's thing, not someone acting.</summary>
    private bool IsPossessive(TextSpan span) =>
        span.End < _text.Length && TextChars.IsApostrophe(_text[span.End])
        && (span.End + 1 >= _text.Length || !TextChars.IsWordChar(_text[span.End + 1]) || _text[span.End + 1] is 's' or 'S');
}
