using System.Text.RegularExpressions;
using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution;

/// <summary>One speaker's turn in a transcript.</summary>
/// <param name="Span">The turn's words: from after the label to the start of the next label's line (trailing white space trimmed).</param>
/// <param name="LabelSpan">The label's words, without the colon or any "**": where the source names the speaker.</param>
/// <param name="Label">The label as written ("KHALIL", "Redur Khalil").</param>
/// <param name="SpeakerId">Whom the label names, or null for a label nobody answers to ("MODERATOR").</param>
public sealed record TranscriptTurn(TextSpan Span, TextSpan LabelSpan, string Label, string? SpeakerId);

/// <summary>
/// Reads the turns of a transcript: a line that begins with a label and a colon starts a turn that lasts
/// until the next label (spec §3).
/// </summary>
/// <remarks>
/// What counts as a label, where the spec is silent:
/// <list type="bullet">
/// <item>It begins its line (after optional indentation, an optional timestamp such as "[00:12:31]" or
/// "12:30", and optional "**" or "__"), is one to five words, and is followed by ":" and then white space
/// or the end of the line. The "**" may close before or after the colon ("**Khalil:**", "**Khalil**:").
/// A time such as "12:30" is never a label: a label starts with a letter and its colon is followed by space.</item>
/// <item>A label that resolves (the source's <c>speakers:</c> map, case-insensitive, then the registry's
/// names and aliases) is always a label. One that does not resolve is taken as an unknown speaker's turn
/// only if it looks like a name: its first and last words are capitalized (or it is all capitals, such
/// as "Q" or "MODERATOR"), and it is not a common heading word such as "Note", "Update" or "Source".
/// So "Note: the audio was poor" and "The answer is simple: no" stay inside the current turn.</item>
/// <item>Text before the first label belongs to no turn.</item>
/// </list>
/// </remarks>
public static partial class TranscriptTurns
{
    /// <summary>Words that begin a line with a colon without naming a speaker.</summary>
    private static readonly HashSet<string> NotSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "note", "notes", "editor's note", "editor’s note", "nb", "n.b", "ps", "p.s", "update", "updated", "correction",
        "clarification", "source", "sources", "transcript", "date", "time", "location", "place", "subject", "title",
        "re", "warning", "caption", "photo", "video", "audio", "translation", "context", "background", "summary",
        "link", "url", "see also", "disclaimer", "language", "topic", "agenda", "end", "break", "recess",
    };

    // Optional indentation, timestamp and emphasis; the label (1–5 words of letters, digits and . ' ’ -,
    // starting with a letter); the colon; white space or the end of the line.
    [GeneratedRegex(
        @"\G[ \t]*(?:[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]?[ \t]+)?(?<open>\*\*|__)?(?<label>\p{L}[\p{L}\p{N}.'’\-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}.'’\-]*){0,4})(?:\*\*|__)?:(?:\*\*|__)?(?=[ \t\r\n]|$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex LabelLine();

    public static IReadOnlyList<TranscriptTurn> Find(PlainDocument doc, IReadOnlyDictionary<string, string> speakersMap, SpeakerDirectory directory)
    {
        var text = doc.Text.Text;
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (label, id) in speakersMap)
        {
            map.TryAdd(Collapse(label), id);
        }

        var starts = new List<(int LineStart, int ContentStart, TextSpan LabelSpan, string Label, string? Id)>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var match = LabelLine().Match(text, lineStart);
            if (match.Success)
            {
                var group = match.Groups["label"];
                var label = group.Value;
                var id = map.GetValueOrDefault(Collapse(label)) ?? directory.ResolveLabel(label);
                if (id is not null || LooksLikeSpeakerLabel(label))
                {
                    var content = match.Index + match.Length;
                    while (content < text.Length && text[content] is ' ' or '\t')
                    {
                        content++;
                    }
                    starts.Add((lineStart, content, new TextSpan(group.Index, group.Length), label, id));
                }
            }
            var newline = text.IndexOf('\n', lineStart);
            if (newline < 0)
            {
                break;
            }
            lineStart = newline + 1;
        }

        var turns = new List<TranscriptTurn>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].LineStart : text.Length;
            var contentStart = Math.Min(starts[i].ContentStart, end);
            while (end > contentStart && TextChars.IsSpace(text[end - 1]))
            {
                end--;
            }
            turns.Add(new TranscriptTurn(TextSpan.FromBounds(contentStart, end), starts[i].LabelSpan, starts[i].Label, starts[i].Id));
        }
        return turns;
    }

    /// <summary>The turn holding <paramref name="offset"/> (label included), or null.</summary>
    public static TranscriptTurn? TurnAt(IReadOnlyList<TranscriptTurn> turns, int offset)
    {
        // The turns are in order: binary-search the last one whose label starts at or before the offset.
        int lo = 0, hi = turns.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (turns[mid].LabelSpan.Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found >= 0 && offset <= turns[found].Span.End ? turns[found] : null;
    }

    private static bool LooksLikeSpeakerLabel(string label)
    {
        if (NotSpeakers.Contains(Collapse(label).TrimEnd('.')))
        {
            return false;
        }
        var words = label.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.All(w => !w.Any(char.IsLower)))
        {
            return true;
        }
        static bool Capitalized(string w) => char.IsUpper(w[0]);
        return Capitalized(words[0]) && Capitalized(words[^1]);
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
