using System.Text.RegularExpressions;

namespace FactLsp.Core.Import;

/// <summary>
/// Whether a text reads as a transcript: turns that start with a label at a line start, as
/// newsrooms and governments print them (spec §3): an upper-case label of one to eight words and
/// a colon (<c>MS. PSAKI:</c>, <c>SECRETARY BLINKEN:</c>), or <c>Q</c>/<c>QUESTION</c> followed by a
/// colon, a tab, two spaces or a no-break space. A story that quotes one "EDITOR'S NOTE:" is not
/// a transcript: it takes four labelled lines and two labels.
/// </summary>
public static partial class TranscriptDetector
{
    public static bool IsTranscript(IEnumerable<TextBlock> blocks)
    {
        var labels = new List<string>();
        foreach (var line in blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.BlockQuote).SelectMany(b => b.Text.Split('\n')))
        {
            if (Label(line) is { } label)
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

    [GeneratedRegex(@"^(?:\*\*)?(?:Q\.?|QUESTION)(?:\*\*)?(?::|\t|  |\u00A0)")]
    private static partial Regex Questioner();

    [GeneratedRegex(@"^(?:\*\*)?(?<label>[\p{Lu}][\p{Lu}\p{Nd}.'’\- ]{0,80}?)(?:\*\*)?:(?:[\s\u00A0]|$)")]
    private static partial Regex Named();
}
