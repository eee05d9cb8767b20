using System.Runtime.InteropServices;
using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution;

/// <summary>What a speech tag's subject turned out to be.</summary>
internal enum TagKind
{
    /// <summary>No cue verb next to the quotation (or in the sentence).</summary>
    None,

    /// <summary>A registered person or entity: by a mention, or a title or organisation through a dated role.</summary>
    Named,

    /// <summary>A pronoun ("he said"); the caller resolves it.</summary>
    Pronoun,

    /// <summary>Somebody not registered ("a spokesman said", "officials told reporters"): nobody.</summary>
    Unregistered,
}

/// <summary>A speech tag: the cue verb's subject, and the words to show the writer (subject through verb).</summary>
/// <param name="PersonId">For <see cref="TagKind.Named"/>, who.</param>
/// <param name="NameSpan">For <see cref="TagKind.Named"/>, the mention (null when named through a role); for a pronoun, the pronoun.</param>
/// <param name="Evidence">The tag's words, from subject to cue verb or the other way round.</param>
/// <param name="FirstPerson">For a pronoun: "I" or "we".</param>
internal readonly record struct SpeechTag(TagKind Kind, string? PersonId, TextSpan? NameSpan, TextSpan? Evidence, bool FirstPerson = false)
{
    public static SpeechTag NoTag => default;
}

/// <summary>
/// Step 1 of the prose sieve (spec §5): the speech tag of a quotation, the subject of a cue verb next to it.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>The tag before the quotation is the last cue verb between the previous quotation (or the start of the
/// region) and this one ("Khalil said: “…”", "Borys Tarasyuk said that the United States has provided “…”").
/// The tag after it is the first cue verb within fourteen words after it (room for "Stephen J. Adler, president and editor in chief of Reuters, said"), before the next quotation ("“…,” Khalil
/// said"). When both exist, the one before wins if it introduces the quotation (nothing but "that" and punctuation
/// between: "if Reagan said “trust but verify,” what do you say") or the quotation does not end in a comma,
/// question or exclamation mark or a dash; else the one after (the printed form of "“…,” he said").</item>
/// <item>The subject before a verb is the word right before it, past adverbs and auxiliaries ("Khalil later
/// said") and past an appositive between commas ("Stephen Adler, president and editor in chief of Reuters,
/// said"): a mention there names the speaker; a pronoun is a pronoun; anything else is somebody unregistered,
/// unless it is a title or an organisation that a registered person's dated role bears ("the president said").</item>
/// <item>A name in the possessive ("Putin’s spokesman said"), inside another quotation, or governed by a
/// preposition ("a spokesman for Khalil said") is never the subject.</item>
/// <item>With nothing before the verb, the subject follows it: a pronoun ("said he"), else the first mention
/// within five words before clause punctuation ("said senior official Redur Khalil").</item>
/// <item>"According to X" names X; a participle ("…, saying “…”") or a second verb ("met envoys and said “…”")
/// takes the subject of the sentence: its first mention that is not possessive or governed by a preposition.</item>
/// </list>
/// </remarks>
internal sealed class SpeechTags
{
    private const int TagWindow = 14;
    private const int TitleWords = 4;
    private const int AppositiveWords = 14;

    /// <summary>
    /// How many words past its cue <see cref="Subject"/> may read: "according to" or "statement is from" moves the cue
    /// on by up to two words, and <see cref="Following"/> reads one word more than <see cref="TitleWords"/> past that.
    /// </summary>
    private const int SubjectReach = TitleWords + 4;

    /// <summary>Words that open a clause of their own: "for what the government calls" governs "what", not the government.</summary>
    private static readonly HashSet<string> PhraseBreaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "which", "who", "whose", "where", "when", "how", "why", "whatever", "that", "and", "or", "but", "as", "if", "because", "while",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseBreakLookup = PhraseBreaks.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly string _text;
    private readonly Mention[] _mentions;
    private readonly TitleResolver _resolveTitle;

    /// <summary>The document's mentions of registered people, in order.</summary>
    public Mention[] Mentions => _mentions;

    /// <summary>Who holds the role a title names (the words of a subject that is no mention), or null.</summary>
    public delegate string? TitleResolver(ReadOnlySpan<TextSpan> words);

    public SpeechTags(string text, Mention[] mentions, TitleResolver resolveTitle)
    {
        _text = text;
        _mentions = mentions;
        _resolveTitle = resolveTitle;
    }

    /// <summary>The speech tag of <paramref name="quote"/>, looking only within <paramref name="bounds"/> and outside <paramref name="quotes"/>.</summary>
    public SpeechTag OfQuotation(TextSpan bounds, ReadOnlySpan<TextSpan> quotes, TextSpan quote)
    {
        // Plain loops: this runs for every quotation of every cited source.
        int previousEnd = bounds.Start, nextStart = bounds.End;
        for (var i = 0; i < quotes.Length; i++)
        {
            var q = quotes[i];
            if (!bounds.Contains(q.Start))
            {
                continue;
            }
            if (q.End <= quote.Start && q.End > previousEnd)
            {
                previousEnd = q.End;
            }
            if (q.Start >= quote.End && q.Start < nextStart)
            {
                nextStart = q.Start;
            }
        }
        var before = RentWords();
        var after = RentWords();
        try
        {
            Words(TextSpan.FromBounds(Math.Max(previousEnd, bounds.Start), Math.Max(quote.Start, bounds.Start)), quotes, before);
            if (quote.End < nextStart)
            {
                Words(TextSpan.FromBounds(quote.End, Math.Min(nextStart, bounds.End)), quotes, after, TagWindow);
            }

            // A cue verb after the quotation that introduces the next one ("… leadership." / "Neil O'Brien tweeted: “…”")
            // is that one's tag, not this one's.
            var afterCue = -1;
            for (var k = 0; k < after.Count && afterCue < 0; k++)
            {
                if (IsCue(after[k]))
                {
                    afterCue = k;
                }
            }
            if (afterCue >= 0 && Sentences.IntroducesQuotation(_text, after[afterCue].End, Math.Min(nextStart + 1, _text.Length)))
            {
                afterCue = -1;
            }
            var beforeCue = LastCue(before);
            if (beforeCue >= 0 && (afterCue < 0 || Introduces(before, beforeCue, quote) || !EndsInTagPunctuation(quote)))
            {
                return Subject(before, beforeCue, bounds, quotes);
            }
            return afterCue >= 0 ? Subject(after, afterCue, bounds, quotes) : SpeechTag.NoTag;
        }
        finally
        {
            ReturnWords(after);
            ReturnWords(before);
        }
    }

    /// <summary>
    /// The tag of a sentence as a whole ("Khalil said the gains…"): the first cue verb whose subject is somebody or a
    /// pronoun, else the first cue verb's ("Asked about NATO, Tarasyuk told VOA that…" is Tarasyuk's).
    /// </summary>
    public SpeechTag OfSentence(TextSpan sentence, ReadOnlySpan<TextSpan> quotes)
    {
        // Most sentences have no cue verb: look for one before building the word list.
        if (!HasCue(sentence, quotes))
        {
            return SpeechTag.NoTag;
        }
        var words = RentWords();
        try
        {
            // The words are read only as far as a tag needs them: Subject looks at most SubjectReach words past its cue.
            var first = SpeechTag.NoTag;
            var next = sentence.Start;
            for (var k = 0; k < words.Count || ReadWord(sentence.End, quotes, words, ref next); k++)
            {
                if (!IsCue(words[k]))
                {
                    continue;
                }
                while (words.Count <= k + SubjectReach && ReadWord(sentence.End, quotes, words, ref next))
                {
                }
                var tag = Subject(words, k, sentence, quotes);
                if (tag.Kind is TagKind.Named or TagKind.Pronoun)
                {
                    return tag;
                }
                if (first.Kind == TagKind.None)
                {
                    first = tag;
                }
            }
            return first;
        }
        finally
        {
            ReturnWords(words);
        }
    }

    /// <summary>
    /// The words of the text that are cues (<see cref="IsCue"/>), in order, while the prose pass runs; null after it,
    /// when a question reads the sentence again. Set by <see cref="UseCueWords"/>.
    /// </summary>
    private TextSpan[]? _cueWords;

    // Where the last sentence's cue words began in _cueWords: the pass asks about sentences in order.
    private int _cueCursor;

    /// <summary>
    /// While the prose pass runs: the words <see cref="SpeakerDirectory.FindMentionArray(string, WordMap, List{TextSpan}?)"/>
    /// collected (every word <see cref="Words.Classify"/> knows), of which the cues are kept (the list is compacted in
    /// place), and the text's word map. Null for both after the pass: a later question reads its sentence again.
    /// </summary>
    public void UseCueWords(List<TextSpan>? candidates, WordMap? map)
    {
        Map = map;
        if (candidates is null)
        {
            _cueWords = null;
            return;
        }
        // Kept in place at the front of the list, then copied out at their number.
        var kept = 0;
        for (var k = 0; k < candidates.Count; k++)
        {
            if (IsCue(candidates[k]))
            {
                candidates[kept++] = candidates[k];
            }
        }
        _cueWords = CollectionsMarshal.AsSpan(candidates)[..kept].ToArray();
        _cueCursor = 0;
    }

    /// <summary>The text's word map while the prose pass runs (see <see cref="UseCueWords"/>), else null.</summary>
    private WordMap? Map { get; set; }

    /// <summary>Whether the sentence has a cue verb outside its quotations.</summary>
    public bool HasCue(TextSpan sentence, ReadOnlySpan<TextSpan> quotes)
    {
        if (_cueWords is { } cues && ReadAlike(sentence))
        {
            // The document's cue words inside the sentence are the sentence's own: its edges cut no word.
            for (var k = CueIndex(cues, sentence.Start); k < cues.Length && cues[k].Start < sentence.End; k++)
            {
                if (cues[k].End <= sentence.End && !Inside(cues[k], quotes))
                {
                    return true;
                }
            }
            return false;
        }
        return ReadsCue(sentence, quotes);
    }

    /// <summary>The first of <paramref name="cues"/> starting at or after <paramref name="offset"/>: from the last answer when the offset is past it, else by binary search.</summary>
    private int CueIndex(TextSpan[] cues, int offset)
    {
        var k = _cueCursor;
        if (k > cues.Length || (k > 0 && cues[k - 1].Start >= offset))
        {
            k = LowerBound(cues, offset);
        }
        else
        {
            while (k < cues.Length && cues[k].Start < offset)
            {
                k++;
            }
        }
        _cueCursor = k;
        return k;
    }

    /// <summary>
    /// Whether the words of <paramref name="span"/> read alone are the words of the whole text inside it: no letter,
    /// digit, apostrophe or hyphen stands against either edge, so no word runs across one.
    /// </summary>
    private bool ReadAlike(TextSpan span) =>
        (span.Start == 0 || !(TextChars.IsWordChar(_text[span.Start - 1]) || Attribution.Words.IsJoiner(_text[span.Start - 1])))
        && (span.End >= _text.Length || !(TextChars.IsWordChar(_text[span.End]) || Attribution.Words.IsJoiner(_text[span.End])));

    private static int LowerBound(TextSpan[] spans, int offset)
    {
        int lo = 0, hi = spans.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (spans[mid].Start < offset)
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

    /// <summary><see cref="HasCue"/> by reading the sentence's words.</summary>
    internal bool ReadsCue(TextSpan sentence, ReadOnlySpan<TextSpan> quotes)
    {
        for (var i = sentence.Start; Attribution.Words.Next(_text, ref i, sentence.End, out var word);)
        {
            if (IsCue(word) && !Inside(word, quotes))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Inside(TextSpan word, ReadOnlySpan<TextSpan> quotes)
    {
        for (var q = 0; q < quotes.Length; q++)
        {
            if (quotes[q].Overlaps(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The nearest mention before <paramref name="at"/> within <paramref name="bounds"/> that can be a subject.</summary>
    public Mention? NearestBefore(TextSpan bounds, ReadOnlySpan<TextSpan> quotes, int at)
    {
        for (var i = LowerBound(at) - 1; i >= 0 && _mentions[i].Span.Start >= bounds.Start; i--)
        {
            var m = _mentions[i];
            if (m.Span.End <= at && CanBeSubject(m, quotes))
            {
                return m;
            }
        }
        return null;
    }

    private int LastCue(List<TextSpan> words)
    {
        for (var k = words.Count - 1; k >= 0; k--)
        {
            if (IsCue(words[k]))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>A cue verb, "according" of "according to", "issued" (released, delivered, made, gave) of "issued the following statement", or "statement from".</summary>
    private bool IsCue(TextSpan word) => Attribution.Words.Classify(Word(word)) switch
    {
        CueKind.Verb or CueKind.Participle => true,
        // A phrase's first word: the phrase itself is checked only after this one lookup.
        CueKind.PhraseHead => IsAccording(word) || IssuesStatement(word) || IsStatementFrom(word),
        _ => false,
    };

    /// <summary>"The following is a statement from X", "The following statement is from X": X is the speaker.</summary>
    private bool IsStatementFrom(TextSpan word)
    {
        var w = Word(word);
        if (!w.Equals("statement", StringComparison.OrdinalIgnoreCase) && !w.Equals("remarks", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var rest = _text.AsSpan(word.End, Math.Min(12, _text.Length - word.End)).TrimStart();
        return rest.StartsWith("from ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("by ", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("is from ", StringComparison.OrdinalIgnoreCase);
    }

    private bool IssuesStatement(TextSpan word)
    {
        var w = Word(word);
        if (!w.Equals("issued", StringComparison.OrdinalIgnoreCase) && !w.Equals("issues", StringComparison.OrdinalIgnoreCase) && !w.Equals("released", StringComparison.OrdinalIgnoreCase)
            && !w.Equals("delivered", StringComparison.OrdinalIgnoreCase) && !w.Equals("made", StringComparison.OrdinalIgnoreCase) && !w.Equals("gave", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var rest = _text.AsSpan(word.End, Math.Min(40, _text.Length - word.End));
        var at = rest.IndexOf("statement", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }
        // Only "the following", "a" or "this" may stand between: "issued the following statement".
        var between = rest[..at].ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return between.All(b => b is "the" or "The" or "following" or "a" or "this" or "written");
    }

    private bool IsAccording(TextSpan word) => Word(word).Equals("according", StringComparison.OrdinalIgnoreCase);

    private SpeechTag Subject(List<TextSpan> words, int cue, TextSpan bounds, ReadOnlySpan<TextSpan> quotes)
    {
        var verb = words[cue];
        if (IsAccording(verb))
        {
            return Following(words, cue + 1 < words.Count && Word(words[cue + 1]).Equals("to", StringComparison.OrdinalIgnoreCase) ? cue + 1 : cue, verb);
        }
        if (IsStatementFrom(verb))
        {
            // "a statement from NASA Administrator Sean O'Keefe": past "from" (or "is from", "by").
            var k = cue + 1;
            while (k < words.Count && k <= cue + 2 && Word(words[k]) is var w && (w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("from", StringComparison.OrdinalIgnoreCase) || w.Equals("by", StringComparison.OrdinalIgnoreCase)))
            {
                k++;
            }
            return Following(words, k - 1, verb);
        }
        if ((Attribution.Words.IsParticiple(Word(verb)) && (cue == 0 || HasComma(words[cue - 1], verb))) || (cue > 0 && IsCoordinator(words[cue - 1])))
        {
            // "President Issoufou also acknowledged …, saying “…”", "Putin met envoys and said “…”": the sentence's subject.
            var before = TextSpan.FromBounds(bounds.Start, verb.Start);
            var subject = FirstSubject(before, quotes);
            if (subject is { } s)
            {
                return new SpeechTag(TagKind.Named, s.PersonId, s.Span, TextSpan.FromBounds(s.Span.Start, verb.End));
            }
            // "The Secretary-General told leaders …: “…,” and noted that …": the first verb's subject, a title here.
            var earlier = new List<TextSpan>();
            Words(before, quotes, earlier);
            var first = earlier.FindIndex(IsCue);
            if (first >= 0)
            {
                return Subject(earlier, first, before, quotes);
            }
        }

        var j = cue - 1;
        while (j >= 0 && (Attribution.Words.IsFiller(Word(words[j])) || Attribution.TitleWords.IsPostNominal(Word(words[j]))))
        {
            j--;
        }
        if (j < 0)
        {
            return Following(words, cue, verb);
        }
        if (Attribution.Words.IsPronoun(Word(words[j])))
        {
            return new SpeechTag(TagKind.Pronoun, null, words[j], TextSpan.FromBounds(words[j].Start, verb.End), Attribution.Words.IsFirstPerson(Word(words[j])));
        }
        // An appositive between commas: "Stephen Adler, president and editor in chief of Reuters, said".
        if (HasComma(words[j], cue - 1 > j ? words[j + 1] : verb))
        {
            for (var k = j - 1; k >= 0 && k >= j - AppositiveWords; k--)
            {
                if (HasComma(words[k], words[k + 1]))
                {
                    if (MentionEndingAt(words[k]) is { } apposed)
                    {
                        return new SpeechTag(TagKind.Named, apposed.PersonId, apposed.Span, TextSpan.FromBounds(apposed.Span.Start, verb.End));
                    }
                    break;
                }
            }
        }
        if (MentionEndingAt(words[j]) is { } mention)
        {
            return new SpeechTag(TagKind.Named, mention.PersonId, mention.Span, TextSpan.FromBounds(mention.Span.Start, verb.End));
        }
        if (OpeningAppositive(words, j) is { } opening)
        {
            return new SpeechTag(TagKind.Named, opening.PersonId, opening.Span, TextSpan.FromBounds(opening.Span.Start, verb.End));
        }
        return TitleOrNobody(words, j, verb);
    }

    /// <summary>
    /// A name that opens the clause and is followed by a comma, with the appositive after it running to the verb
    /// unclosed or holding commas of its own: "Rupert Matthews, police and crime commissioner for Leicester,
    /// Leicestershire and Rutland said:". Only titles and capitalized words may stand before the name.
    /// </summary>
    private Mention? OpeningAppositive(List<TextSpan> words, int j)
    {
        for (var k = j - 1; k >= 0 && k >= j - AppositiveWords; k--)
        {
            if (!HasComma(words[k], words[k + 1]) || MentionEndingAt(words[k]) is not { } m)
            {
                continue;
            }
            for (var b = 0; b < words.Count && words[b].End <= m.Span.Start; b++)
            {
                var w = Word(words[b]);
                if (!char.IsUpper(w[0]) && !Attribution.TitleWords.IsTitleOrHonorific(w))
                {
                    return null;
                }
            }
            return m;
        }
        return null;
    }

    /// <summary>A subject after the verb: "said he", "said senior official Redur Khalil", "according to Khalil".</summary>
    private SpeechTag Following(List<TextSpan> words, int cue, TextSpan verb)
    {
        for (var k = cue + 1; k < words.Count && k <= cue + 1 + TitleWords; k++)
        {
            if (k > cue + 1 && HasClausePunctuation(words[k - 1], words[k]))
            {
                break;
            }
            if (k == cue + 1 && Attribution.Words.IsPronoun(Word(words[k])))
            {
                return new SpeechTag(TagKind.Pronoun, null, words[k], TextSpan.FromBounds(verb.Start, words[k].End), Attribution.Words.IsFirstPerson(Word(words[k])));
            }
            var mention = MentionOverlapping(words[k]);
            if (mention is { } m)
            {
                return new SpeechTag(TagKind.Named, m.PersonId, m.Span, TextSpan.FromBounds(verb.Start, m.Span.End));
            }
        }
        var end = Math.Min(words.Count - 1, cue + 1 + TitleWords);
        return cue + 1 < words.Count
            ? new SpeechTag(TagKind.Unregistered, null, null, TextSpan.FromBounds(verb.Start, words[end].End))
            : new SpeechTag(TagKind.Unregistered, null, null, verb);
    }

    /// <summary>
    /// A subject that is not a mention: a title or organisation a registered role bears ("the president said" on
    /// the source's date), else somebody unregistered. The phrase runs back to a determiner or clause punctuation.
    /// </summary>
    private SpeechTag TitleOrNobody(List<TextSpan> words, int j, TextSpan verb)
    {
        var start = j;
        while (start > 0 && start > j - TitleWords && !HasClausePunctuation(words[start - 1], words[start]) && !IsDeterminer(words[start - 1]))
        {
            start--;
        }
        var definite = start > 0 && Word(words[start - 1]).Equals("the", StringComparison.OrdinalIgnoreCase);
        var evidence = TextSpan.FromBounds(words[definite ? start - 1 : start].Start, verb.End);
        if (definite || start == 0)
        {
            if (_resolveTitle(CollectionsMarshal.AsSpan(words).Slice(start, j - start + 1)) is { } id)
            {
                return new SpeechTag(TagKind.Named, id, null, evidence);
            }
        }
        return new SpeechTag(TagKind.Unregistered, null, null, evidence);
    }

    /// <summary>The first mention in <paramref name="span"/> that can be a subject: a clause's subject, before its verbs.</summary>
    public Mention? FirstSubject(TextSpan span, ReadOnlySpan<TextSpan> quotes)
    {
        for (var i = LowerBound(span.Start); i < _mentions.Length && _mentions[i].Span.End <= span.End; i++)
        {
            if (CanBeSubject(_mentions[i], quotes))
            {
                return _mentions[i];
            }
        }
        return null;
    }

    /// <summary>"and", "but", "then" right before a cue verb: a second verb of the same subject ("met envoys and said").</summary>
    private bool IsCoordinator(TextSpan word) => Word(word) is var w
        && (w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("but", StringComparison.OrdinalIgnoreCase) || w.Equals("then", StringComparison.OrdinalIgnoreCase));

    private bool IsDeterminer(TextSpan word) => Word(word) is var w
        && (w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether the cue verb before the quotation introduces it: nothing but "that" and punctuation stand between
    /// ("Reagan said “trust but verify,” what do you say…", "Jackson noted: “…”").
    /// </summary>
    private bool Introduces(List<TextSpan> before, int cue, TextSpan quote)
    {
        var between = before.Count - 1 - cue;
        if (between == 0 || (between == 1 && Word(before[^1]).Equals("that", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        // "Putin told Erdogan: “…”": a short object, then a colon.
        return between <= 3 && _text.AsSpan(before[^1].End, Math.Max(0, quote.Start - before[^1].End)).Contains(':');
    }

    /// <summary>"“…,” he said": the quotation closes on a comma, question or exclamation mark, or a dash.</summary>
    private bool EndsInTagPunctuation(TextSpan quote)
    {
        var j = quote.End - 1;
        if (j <= quote.Start || !(Sentences.IsQuoteMark(_text[j]) || TextChars.IsApostrophe(_text[j])))
        {
            return false;
        }
        j--;
        while (j > quote.Start && TextChars.IsSpace(_text[j]))
        {
            j--;
        }
        return _text[j] is ',' or '?' or '!' or '—' or '–' or '-';
    }

    /// <summary>The mention whose last word is <paramref name="word"/>, when it can be a subject.</summary>
    private Mention? MentionEndingAt(TextSpan word)
    {
        var m = MentionOverlapping(word);
        return m is { } found && found.Span.End == word.End && CanBeSubject(found, default) ? found : null;
    }

    /// <summary>Not in the possessive and not governed by a preposition (nor inside a quotation).</summary>
    private bool CanBeSubject(Mention m, ReadOnlySpan<TextSpan> quotes)
    {
        if (IsPossessive(m.Span) || Inside(m.Span, quotes))
        {
            return false;
        }
        return !GovernedByPreposition(m.Span);
    }

    /// <summary>
    /// Whether a preposition governs the name: looking back over at most four words of its noun phrase (titles in any
    /// case, "of" inside a title, lower-case words such as "her friend"), a preposition comes first: "With her friend
    /// Vaclav Havel", "a spokesman for Khalil", "with President Biden". A capitalized word that is no title, a word
    /// opening a clause ("for what the government calls"), clause punctuation or the fifth word ends the phrase: "On Monday Khalil said" and "Ukraine's Minister of Foreign
    /// Affairs Borys Tarasyuk said" name their subjects.
    /// </summary>
    private bool GovernedByPreposition(TextSpan name)
    {
        var next = name;
        for (var n = 0; n < 5 && PreviousWord(next.Start) is { } w; n++)
        {
            if (HasClausePunctuation(w, next))
            {
                return false;
            }
            var word = Word(w);
            var isTitle = Attribution.TitleWords.IsTitleOrHonorific(word) && !Attribution.Words.IsPreposition(word);
            if (Attribution.Words.IsPreposition(word))
            {
                // "Minister of Foreign Affairs": "of" between title words is part of the title.
                var inTitle = word.Equals("of", StringComparison.OrdinalIgnoreCase) && n > 0
                    && Attribution.TitleWords.IsTitleOrHonorific(Word(next)) && char.IsUpper(_text[next.Start]);
                if (!inTitle)
                {
                    return true;
                }
            }
            else if ((char.IsUpper(_text[w.Start]) && !isTitle) || PhraseBreakLookup.Contains(word))
            {
                return false;
            }
            next = w;
        }
        return false;
    }

    private TextSpan? PreviousWord(int at)
    {
        var e = at;
        while (e > 0 && !TextChars.IsWordChar(_text[e - 1]))
        {
            if (_text[e - 1] == '\n' && e > 1 && _text[e - 2] == '\n')
            {
                return null;
            }
            e--;
        }
        if (e == 0)
        {
            return null;
        }
        var s = e;
        while (s > 0 && (TextChars.IsWordChar(_text[s - 1]) || (s > 1 && (TextChars.IsApostrophe(_text[s - 1]) || _text[s - 1] is '-' or '.') && TextChars.IsWordChar(_text[s - 2]))))
        {
            s--;
        }
        return TextSpan.FromBounds(s, e);
    }

    private Mention? MentionOverlapping(TextSpan word)
    {
        // A mention starting before the word may still reach into it ("Redur Khalil" over the word "Khalil").
        for (var i = Math.Max(0, LowerBound(word.Start) - 1); i < _mentions.Length && _mentions[i].Span.Start < word.End; i++)
        {
            if (_mentions[i].Span.Overlaps(word) && !IsPossessive(_mentions[i].Span))
            {
                return _mentions[i];
            }
        }
        return null;
    }

    private int LowerBound(int offset)
    {
        int lo = 0, hi = _mentions.Length;
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

    /// <summary>The words of <paramref name="span"/> outside <paramref name="quotes"/>, at most <paramref name="limit"/> of them, into <paramref name="words"/>.</summary>
    private void Words(TextSpan span, ReadOnlySpan<TextSpan> quotes, List<TextSpan> words, int limit = int.MaxValue)
    {
        for (var i = span.Start; words.Count < limit && ReadWord(span.End, quotes, words, ref i);)
        {
        }
    }

    /// <summary>
    /// Adds the next word at or after <paramref name="i"/> and before <paramref name="end"/> that is outside
    /// <paramref name="quotes"/> to <paramref name="words"/>, moving <paramref name="i"/> past it; false when there is none.
    /// </summary>
    private bool ReadWord(int end, ReadOnlySpan<TextSpan> quotes, List<TextSpan> words, ref int i)
    {
        // Plain loops: this runs for every sentence of every cited source. During the pass the word map finds the
        // words; a later question reads the characters (Words.Next, the same words).
        var map = Map;
        TextSpan word;
        while (map is not null ? map.NextWord(_text, ref i, end, out word) : Attribution.Words.Next(_text, ref i, end, out word))
        {
            if (!Inside(word, quotes))
            {
                words.Add(word);
                return true;
            }
        }
        return false;
    }

    // Word lists lent out per thread and given back: tags are read for every quotation and every sentence with a
    // cue verb, and a list each was much of what inference allocated. Queries run on many threads at once, and a
    // tag may read another while it holds one, so a borrower finding none spare makes a new one.
    [ThreadStatic]
    private static List<TextSpan>? _spare1;

    [ThreadStatic]
    private static List<TextSpan>? _spare2;

    private static List<TextSpan> RentWords()
    {
        if (_spare1 is { } first)
        {
            _spare1 = null;
            return first;
        }
        if (_spare2 is { } second)
        {
            _spare2 = null;
            return second;
        }
        return new List<TextSpan>();
    }

    private static void ReturnWords(List<TextSpan> list)
    {
        list.Clear();
        if (_spare1 is null)
        {
            _spare1 = list;
        }
        else
        {
            _spare2 ??= list;
        }
    }

    private ReadOnlySpan<char> Word(TextSpan span) => _text.AsSpan(span.Start, span.Length);

    private bool HasComma(TextSpan previous, TextSpan next) => _text.AsSpan(previous.End, Math.Max(0, next.Start - previous.End)).Contains(',');

    /// <summary>
    /// Clause punctuation between two words; the period of a title or an initial ("said Ms. Okafor",
    /// "said Gen. Redur Khalil") is part of the name, not the end of the clause.
    /// </summary>
    private bool HasClausePunctuation(TextSpan previous, TextSpan next)
    {
        if (next.Start <= previous.End)
        {
            return false;
        }
        var gap = _text.AsSpan(previous.End, next.Start - previous.End);
        var at = gap.IndexOfAny(",;:.!?()—–");
        if (at < 0)
        {
            return false;
        }
        var abbreviation = at == 0 && gap[0] == '.' && gap[1..].IndexOfAny(",;:.!?()—–") < 0 && Sentences.IsAbbreviation(_text, previous.Start, previous.End);
        return !abbreviation;
    }

    /// <summary>"Trump’s announcement": a name followed by ’s or ' is someone's thing, not someone acting.</summary>
    private bool IsPossessive(TextSpan span) =>
        span.End < _text.Length && TextChars.IsApostrophe(_text[span.End])
        && (span.End + 1 >= _text.Length || !TextChars.IsWordChar(_text[span.End + 1]) || _text[span.End + 1] is 's' or 'S');
}
