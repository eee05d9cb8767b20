using System.Text.RegularExpressions;

namespace FactLsp.Core.Import;

/// <summary>
/// Whether a text reads as a transcript: turns that start with a label at a line start, as
/// newsrooms and governments print them (spec §3): an upper-case label of one to eight words and
/// a colon (<c>MS. PSAKI:</c>, <c>SECRETARY BLINKEN:</c>), a name of two to four capitalised words and a
/// colon as interviews print them (<c>Redur Khalil:</c>), or <c>Q</c>/<c>QUESTION</c> followed by a
/// colon, a tab, two spaces or a no-break space. A story with one "EDITOR'S NOTE:" or a few
/// "Photo:" credits is not a transcript: it takes four labelled lines and two labels.
/// </summary>
public static partial class TranscriptDetector
{
    public static bool IsTranscript(IEnumerable<TextBlock> blocks)
    {
        var labels = new List<string>();
        foreach (var line in blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.BlockQuote).SelectMany(b => b.Text.Split('\n')))
        {
            if ((Label(line) ?? NameLabel(line)) is { } label)
            {
                labels.Add(label);
            }
        }
        return labels.Count >= 4 && labels.Distinct(StringComparer.Ordinal).Count() >= 2;
    }

    /// <summary>The label a line starts with, or null.</summary>
    internal static string? Label(string line)
    {
        var question = Questioner().Match(line);
        if (question.Success)
        {
            return "Q";
        }
        var named = Named().Match(line);
        if (!named.Success)
        {
            return null;
        }
        var label = named.Groups["label"].Value.Trim();
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 8 && label.Any(char.IsLetter) ? label : null;
    }

    /// <summary>A name label as interviews print them ("Redur Khalil:", "**Khalil:**"): two to four capitalised words, none a heading word.</summary>
    internal static string? NameLabel(string line)
    {
        var match = TitleCase().Match(line);
        if (!match.Success)
        {
            return null;
        }
        var label = match.Groups["label"].Value;
        return NotNames.Contains(label.Split(' ')[0]) ? null : label;
    }

    // Words that open a line with a colon in news prose without naming anyone.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Photo", "Photos", "Source", "Sources", "Note", "Update", "Updated", "Correction", "Read", "Related", "Watch", "Listen",
        "Editor's", "Editor’s", "Video", "Audio", "Graphic", "Image", "Credit", "Published", "Posted", "Contact", "Follow", "See",
    };

    [GeneratedRegex(@"^(?:\*\*)?(?<label>\p{Lu}[\p{L}.'’\-]+(?: \p{Lu}[\p{L}.'’\-]*){1,3})(?:\*\*)?:(?:\s|$)")]
    private static partial Regex TitleCase();

    [GeneratedRegex(@"^(?:\*\*)?(?:Q\.?|QUESTION)(?:\*\*)?(?::|\t|  |\u00A0)")]
    private static partial Regex Questioner();

    [GeneratedRegex(@"^(?:\*\*)?(?<label>[\p{Lu}][\p{Lu}\p{Nd}.'’\- ]{0,80}?)(?:\*\*)?:(?:[\s\u00A0]|$)")]
    private static partial Regex Named();
}
