using System.Globalization;
using System.Text;

namespace FactLsp.Core.Import;

/// <summary>
/// An id to cite a source by, made from what it is: the publisher, the date and the first words of
/// the title (<c>reuters-2024-03-05-ukraine-strikes-port</c>), lowercase ASCII, unique in the workspace
/// (a <c>-2</c>, <c>-3</c>… when taken). The spec's id syntax: a letter or digit, then letters,
/// digits, <c>-</c>, <c>_</c>, <c>.</c>, <c>:</c>.
/// </summary>
public static class SourceIdMaker
{
    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "as", "is", "are", "was", "were", "be",
        "its", "it", "that", "this", "after", "over", "into", "says", "said",
    };

    public static string Make(DocumentMetadata metadata, string fallbackName, Func<string, bool> isTaken)
    {
        var parts = new List<string>();
        if (Slug(metadata.Publisher, 3) is { Length: > 0 } publisher)
        {
            parts.Add(publisher);
        }
        if (metadata.Published is { } date)
        {
            parts.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (Slug(metadata.Title, 4, dropStopwords: true) is { Length: > 0 } title)
        {
            parts.Add(title);
        }
        if (parts.Count == 0 || parts.All(p => p.Length == 0))
        {
            parts.Add(Slug(fallbackName, 6) is { Length: > 0 } name ? name : "source");
        }
        var id = string.Join('-', parts);
        if (!char.IsAsciiLetterOrDigit(id[0]))
        {
            id = "source-" + id;
        }
        var unique = id;
        for (var n = 2; isTaken(unique); n++)
        {
            unique = $"{id}-{n}";
        }
        return unique;
    }

    /// <summary>Whether a user's <c>--id</c> is an id the spec allows.</summary>
    public static bool IsValid(string id) =>
        id.Length > 0 && char.IsLetterOrDigit(id[0]) && id.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or ':');

    /// <summary>Lowercase ASCII words joined by hyphens; accents folded ("Élysée" → "elysee"), other scripts dropped.</summary>
    internal static string Slug(string? text, int maxWords, bool dropStopwords = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }
        var folded = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }
            folded.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        var words = folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var kept = dropStopwords && words.Count(w => !Stopwords.Contains(w)) > 0 ? words.Where(w => !Stopwords.Contains(w)).ToList() : words;
        return string.Join('-', kept.Take(maxWords));
    }
}
