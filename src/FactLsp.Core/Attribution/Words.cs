using System.Text;
using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution;

/// <summary>The small vocabulary of speech tags: words, cue verbs, pronouns, and the words that may stand between a subject and its verb.</summary>
internal enum CueKind
{
    None,
    Verb,
    Participle,
    PhraseHead,
}

internal static class Words
{
    /// <summary>
    /// The cue verbs of spec §5, and where the spec's "at least" leaves room, present forms that are not also
    /// common nouns ("says", not "states", "notes", "claims", "posts": "the United States" is no speech tag) and the
    /// verb of naming ("what the government calls ‘…’"), which gives a scare-quoted phrase to the one who uses it.
    /// </summary>
    private static readonly HashSet<string> CueVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "declared", "declares", "warned", "noted", "insisted",
        "insists", "explained", "explains", "asked", "replied", "wrote", "writes", "announced", "announces", "claimed", "argued",
        "argues", "urged", "stressed", "addressed", "continued", "recalled", "recalls", "acknowledged", "acknowledges", "admitted",
        "admits", "confirmed", "confirms", "responded", "responds", "testified", "testifies", "posted", "tweeted", "calls", "called",
        "quipped", "remarked", "answered", "commented", "vowed", "pledged", "promised", "cautioned", "reiterated", "asserted", "maintained", "observed", "emphasized", "emphasised", "concluded", "conceded", "countered", "predicted",
    };

    /// <summary>Present participles: "…, saying: “…”" gives the quotation to the subject of the sentence's main verb.</summary>
    private static readonly HashSet<string> Participles = new(StringComparer.OrdinalIgnoreCase)
    {
        "saying", "adding", "telling", "noting", "writing", "declaring", "warning", "insisting", "explaining", "stressing", "calling",
    };

    /// <summary>Subject pronouns: a quotation tagged "he said" belongs to whoever the text was last about.</summary>
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "we", "i",
    };

    /// <summary>Pronouns by which the owner of a turn or statement speaks of themself.</summary>
    private static readonly HashSet<string> FirstPerson = new(StringComparer.OrdinalIgnoreCase) { "i", "we" };

    /// <summary>
    /// Words that govern a name so that it cannot be the subject of a verb: "With her friend Havel, … she said",
    /// "a spokesman for Khalil said".
    /// </summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "with", "of", "to", "for", "about", "from", "by", "at", "on", "in", "against", "like", "than", "toward", "towards", "under",
        "over", "between", "among", "after", "before", "without", "into", "upon", "behind", "beside", "near", "unlike", "whom",
    };

    /// <summary>Words that may stand between a subject and its cue verb: "Khalil later said", "he has also warned".</summary>
    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "had", "have", "also", "later", "then", "again", "earlier", "previously", "further", "once",
        "was", "is", "now", "still", "just", "already", "too",
    };

    // Looked up by span: attribution asks about every word of every source, and a string per word was
    // most of what it allocated.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PronounLookup = Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FillerLookup = Fillers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticipleLookup = Participles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionLookup = Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsCueVerb(ReadOnlySpan<char> word) => Classify(word) is CueKind.Verb or CueKind.Participle;

    public static bool IsParticiple(ReadOnlySpan<char> word) => ParticipleLookup.Contains(word);

    /// <summary>What a word can be in a speech tag, by one lookup: every word of every cited source is asked.</summary>
    public static CueKind Classify(ReadOnlySpan<char> word) =>
        MayBeCue(word) && CueLookup.TryGetValue(word, out var kind) ? kind : CueKind.None;

    /// <summary>
    /// A cheap filter before the hash lookup: no cue word begins with these two ASCII characters and has this length.
    /// (Every cue word is ASCII, and an ASCII character equals only itself, in either case for a letter, so a word the
    /// filter rejects cannot match; a word with a non-ASCII character among its first two is left to the lookup.)
    /// </summary>
    private static bool MayBeCue(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }
        var c = word[0];
        if (!char.IsAsciiLetter(c))
        {
            // Another ASCII character matches no cue word; a non-ASCII one is left to the lookup.
            return !char.IsAscii(c);
        }
        var second = word.Length > 1 ? word[1] : '\0';
        if (!char.IsAscii(second))
        {
            return true;
        }
        return CueFilter.MayBe((char)(c | 0x20), char.IsAsciiLetterUpper(second) ? (char)(second | 0x20) : second, word.Length);
    }

    /// <summary>
    /// <see cref="MayBeCue"/> for a word whose first two characters are ASCII word characters (the second '\0' for a
    /// one-character word), by their <see cref="WordFilter.Slot"/>: false only when <see cref="Classify"/> answers None.
    /// </summary>
    public static bool MayBeCueAt(int slot, int length) => CueFilter.MayBeAt(slot, length);

    /// <summary>The first words of the cue phrases ("according to", "issued the following statement", "statement from").</summary>
    private static readonly string[] PhraseHeads = ["according", "issued", "issues", "released", "delivered", "made", "gave", "statement", "remarks"];

    private static readonly Dictionary<string, CueKind> Cues = BuildCues();

    private static readonly Dictionary<string, CueKind>.AlternateLookup<ReadOnlySpan<char>> CueLookup = Cues.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The cue words' first two letters and lengths.</summary>
    private static readonly WordFilter CueFilter = BuildCueFilter();

    private static WordFilter BuildCueFilter()
    {
        var filter = new WordFilter();
        foreach (var w in Cues.Keys)
        {
            // Every cue word is lower-case ASCII, starting with a letter; MayBeCue relies on it.
            if (w[0] is < 'a' or > 'z' || !Ascii.IsValid(w) || w.Any(char.IsAsciiLetterUpper))
            {
                throw new InvalidOperationException($"cue word '{w}' breaks the filter's assumptions");
            }
            filter.Add(w);
        }
        return filter;
    }

    private static Dictionary<string, CueKind> BuildCues()
    {
        var cues = new Dictionary<string, CueKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in PhraseHeads)
        {
            cues[w] = CueKind.PhraseHead;
        }
        foreach (var w in Participles)
        {
            cues[w] = CueKind.Participle;
        }
        foreach (var w in CueVerbs)
        {
            cues[w] = CueKind.Verb;
        }
        return cues;
    }

    public static bool IsFirstPerson(ReadOnlySpan<char> word) => FirstPerson.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsPreposition(ReadOnlySpan<char> word) => PrepositionLookup.Contains(word);

    public static bool IsPronoun(ReadOnlySpan<char> word) => PronounLookup.Contains(word);

    public static bool IsFiller(ReadOnlySpan<char> word) => FillerLookup.Contains(word) || (word.Length > 3 && word.EndsWith("ly", StringComparison.OrdinalIgnoreCase));

    /// <summary>The words (letter and digit runs, joined by inner apostrophes or hyphens) inside <paramref name="span"/>.</summary>
    public static IEnumerable<TextSpan> In(string text, TextSpan span)
    {
        var i = span.Start;
        while (Next(text, ref i, span.End, out var word))
        {
            yield return word;
        }
    }

    /// <summary>An apostrophe or hyphen: inside a word ("Khalil’s", "al-Assad") it joins the letters on either side into one.</summary>
    public static bool IsJoiner(char c) => TextChars.IsApostrophe(c) || c == '-';

    /// <summary>
    /// The next word of <see cref="In"/> at or after <paramref name="i"/> and before <paramref name="end"/>, moving
    /// <paramref name="i"/> past it; false when there is none. A loop over it allocates nothing, unlike the iterator.
    /// </summary>
    public static bool Next(string text, ref int i, int end, out TextSpan word)
    {
        while (i < end && !TextChars.IsWordChar(text[i]))
        {
            i++;
        }
        if (i >= end)
        {
            word = default;
            return false;
        }
        var start = i;
        while (i < end && (TextChars.IsWordChar(text[i]) || (IsJoiner(text[i]) && i + 1 < end && TextChars.IsWordChar(text[i + 1]))))
        {
            i++;
        }
        word = TextSpan.FromBounds(start, i);
        return true;
    }
}
