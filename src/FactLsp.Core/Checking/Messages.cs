using FactLsp.Core.Matching;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Checking;

/// <summary>The sentences diagnostics say, kept together so their tone stays one.</summary>
internal static class Messages
{
    public static string Shorten(string text, int max = 120)
    {
        if (!IsSpacedOnce(text))
        {
            text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
        return text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
    }

    /// <summary>Whether the words are already apart by single spaces, nothing around them (what <see cref="Shorten"/> makes of them).</summary>
    private static bool IsSpacedOnce(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i == 0 || i == text.Length - 1 || text[i - 1] == ' '))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "1 passage", "2 days": a count of a noun whose plural takes an s, as Humanizer's ToQuantity says it, without its
    /// inflection rules (a regex search per word).
    /// </summary>
    internal static string Quantity(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    public static string Alterations(QuoteMatch match)
    {
        var parts = new List<string>();
        // An ellipsis across an interjection names the interjection; the speaker's own words it left out, if any, are a passage.
        var passages = match.Omissions.Where(o => o.Interjections.Count == 0 || o.Text.Length > 0).ToList();
        if (passages.Count > 0)
        {
            parts.Add($"leaves out {Quantity(passages.Count, "passage")}: {string.Join("; ", passages.Select(o => $"“{Shorten(o.Text, 80)}”"))}");
        }
        var interjections = match.Omissions.SelectMany(o => o.Interjections).ToList();
        if (interjections.Count > 0)
        {
            parts.Add($"bridges {(interjections.Count == 1 ? "an interjection" : "interjections")} by another speaker: {string.Join("; ", interjections.Select(i => $"{i.Label}: “{Shorten(i.Text, 80)}”"))}");
        }
        var dropped = match.Dropped.Where(d => !d.IsSilent).ToList();
        if (dropped.Count > 0)
        {
            parts.Add($"drops {string.Join(", ", dropped.Select(d => $"{DropName(d.Kind)} “{Shorten(d.Text, 60)}”"))}");
        }
        if (match.Insertions.Count > 0)
        {
            parts.Add($"inserts {string.Join(", ", match.Insertions.Select(i => $"“{i.Insertion.Text}”" + (i.ReplacedText.Length > 0 ? $" for “{Shorten(i.ReplacedText, 60)}”" : string.Empty)))}");
        }
        return parts.Count == 0 ? "The quote is altered as the allowances permit." : $"The quote {string.Join(" and ", parts)}.";
    }

    private static string DropName(SpokenEditKind kind) => kind switch
    {
        SpokenEditKind.Filler => "the filler",
        SpokenEditKind.RepeatedWord => "the repeated word",
        SpokenEditKind.FalseStart => "the false start",
        _ => "the stage direction",
    };

    public static string NotFound(SourceModel source, QuoteMatch match) =>
        match.PassageText is { Length: > 0 } closest && match.Similarity > 0
            ? $"These words are not in '{source.Id}'. The closest passage ({match.Similarity:P0} similar) reads “{Shorten(closest)}”."
            : $"These words are not in '{source.Id}'.";
}
