using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution;

/// <summary>The small vocabulary of speech tags: words, cue verbs, pronouns, and the words that may stand between a subject and its verb.</summary>
internal static class Words
{
    /// <summary>The cue verbs of spec §5, exactly.</summary>
    private static readonly HashSet<string> CueVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "added", "stated", "declared", "warned", "noted", "insisted", "explained",
        "asked", "replied", "wrote", "announced", "claimed", "argued", "urged", "stressed", "addressed",
    };

    /// <summary>Subject pronouns: a quotation tagged "he said" belongs to whoever the text was last about.</summary>
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "we", "i",
    };

    /// <summary>Words that may stand between a subject and its cue verb: "Khalil later said", "he has also warned".</summary>
    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "had", "have", "also", "later", "then", "again", "earlier", "previously", "further", "once",
        "was", "is", "now", "still", "just", "already", "too",
    };

    // Looked up by span: attribution asks about every word of every source, and a string per word was
    // most of what it allocated.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CueVerbLookup = CueVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PronounLookup = Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FillerLookup = Fillers.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsCueVerb(ReadOnlySpan<char> word) => CueVerbLookup.Contains(word);

    public static bool IsPronoun(ReadOnlySpan<char> word) => PronounLookup.Contains(word);

    public static bool IsFiller(ReadOnlySpan<char> word) => FillerLookup.Contains(word) || (word.Length > 3 && word.EndsWith("ly", StringComparison.OrdinalIgnoreCase));

    /// <summary>The words (letter and digit runs, joined by inner apostrophes or hyphens) inside <paramref name="span"/>.</summary>
    public static IEnumerable<TextSpan> In(string text, TextSpan span)
    {
        var i = span.Start;
        while (i < span.End)
        {
            if (!TextChars.IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < span.End && (TextChars.IsWordChar(text[i])
                || ((TextChars.IsApostrophe(text[i]) || text[i] == '-') && i + 1 < span.End && TextChars.IsWordChar(text[i + 1]))))
            {
                i++;
            }
            yield return TextSpan.FromBounds(start, i);
        }
    }
}
