using FactLsp.Core.Matching;
using FactLsp.Core.Workspace;
using Humanizer;

namespace FactLsp.Core.Checking;

/// <summary>The sentences diagnostics say, kept together so their tone stays one.</summary>
internal static class Messages
{
    public static string Shorten(string text, int max = 120)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
    }

    public static string Alterations(QuoteMatch match)
    {
        var parts = new List<string>();
        if (match.Omissions.Count > 0)
        {
            parts.Add($"leaves out {"passage".ToQuantity(match.Omissions.Count)}: {string.Join("; ", match.Omissions.Select(o => $"“{Shorten(o.Text, 80)}”"))}");
        }
        if (match.Insertions.Count > 0)
        {
            parts.Add($"inserts {string.Join(", ", match.Insertions.Select(i => $"“{i.Insertion.Text}”" + (i.ReplacedText.Length > 0 ? $" for “{Shorten(i.ReplacedText, 60)}”" : string.Empty)))}");
        }
        return parts.Count == 0 ? "The quote is altered as the allowances permit." : $"The quote {string.Join(" and ", parts)}.";
    }

    public static string NotFound(SourceModel source, QuoteMatch match) =>
        match.PassageText is { Length: > 0 } closest && match.Similarity > 0
            ? $"These words are not in '{source.Id}'. The closest passage ({match.Similarity:P0} similar) reads “{Shorten(closest)}”."
            : $"These words are not in '{source.Id}'.";
}
