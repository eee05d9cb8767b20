using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution;

/// <summary>
/// The honorifics and titles that stand before a name in a transcript label ("MS. PSAKI", "UNDER SECRETARY
/// BASS", "SECRETARY OF DEFENSE LLOYD J. AUSTIN III") and the generational suffixes after it.
/// </summary>
/// <remarks>
/// The list holds office words and the department words printed with them ("SECRETARY OF HOMELAND
/// SECURITY"), so that the word before a last name is known not to be a first name: "DEPUTY SECRETARY
/// JOHN SMITH" is not Adam Smith's label, since "JOHN" is not a title.
/// </remarks>
internal static class TitleWords
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        // Honorifics.
        "mr", "mrs", "ms", "mx", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend", "hon", "honorable",
        // Offices and ranks.
        "president", "vice", "prime", "minister", "secretary", "under", "deputy", "assistant", "associate", "principal", "acting",
        "general", "gen", "admiral", "adm", "colonel", "col", "major", "maj", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt",
        "commander", "cmdr", "ambassador", "amb", "senator", "sen", "representative", "rep", "congressman", "congresswoman",
        "governor", "gov", "mayor", "chairman", "chairwoman", "chair", "director", "administrator", "commissioner", "judge",
        "justice", "chief", "spokesperson", "spokesman", "spokeswoman", "spokes", "press", "special", "envoy", "counselor",
        "coordinator", "adviser", "advisor", "attorney", "surgeon", "king", "queen", "prince", "princess", "chancellor", "premier",
        "first", "the", "of", "for", "and", "to", "on", "at",
        // Departments and bodies printed inside titles.
        "state", "defense", "defence", "treasury", "homeland", "security", "national", "foreign", "affairs", "interior", "energy",
        "commerce", "labor", "labour", "health", "human", "services", "education", "transportation", "agriculture", "veterans",
        "housing", "urban", "development", "staff", "joint", "chiefs", "house", "white", "united", "nations", "u.s", "un", "nato",
        "military", "political", "economic", "public", "diplomacy", "council", "department", "office", "management", "budget",
        "trade", "intelligence", "environmental", "protection", "agency", "navy", "army", "air", "force", "marine", "corps",
    };

    private static readonly HashSet<string> Generations = new(StringComparer.OrdinalIgnoreCase) { "ii", "iii", "iv", "jr", "sr" };

    /// <summary>Whether a label word is an honorific or a title word ("MS.", "SECRETARY", "OF").</summary>
    public static bool IsTitleOrHonorific(string word) => Titles.Contains(word.TrimEnd('.', ','));

    /// <summary>The label's words, then without a trailing generational suffix ("AUSTIN III" → "AUSTIN") when it has one.</summary>
    public static IEnumerable<List<string>> WithoutGeneration(List<string> words)
    {
        yield return words;
        if (words.Count > 1 && Generations.Contains(words[^1].TrimEnd('.', ',')))
        {
            var shorter = words.Take(words.Count - 1).ToList();
            shorter[^1] = shorter[^1].TrimEnd(',');
            yield return shorter;
        }
    }

    /// <summary>
    /// Whether the first <paramref name="count"/> words may stand before a name in a label: capitalized ("SECRETARY OF
    /// DEFENSE", "Secretary of Defense"), the first of them always. A line of wrapped speech that ends "to President
    /// Putin:" is no label of Putin's.
    /// </summary>
    public static bool CanPrecedeName(IReadOnlyList<string> words, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var w = words[i];
            var capitalized = !char.IsLetter(w[0]) || char.IsUpper(w[0]);
            if (!capitalized && (i == 0 || !Joiners.Contains(w)))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "the", "and", "for", "on", "to", "at" };

    /// <summary>A title label folded for comparison with a role's title, without a leading "the": "THE PRESS SECRETARY" → "press secretary".</summary>
    public static string WithoutArticle(IReadOnlyList<string> words)
    {
        var start = words.Count > 1 && string.Equals(words[0], "the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        return TextChars.FoldString(string.Join(' ', words.Skip(start)));
    }
}
