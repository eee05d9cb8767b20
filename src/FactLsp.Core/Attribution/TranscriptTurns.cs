using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution;

/// <summary>One speaker's turn in a transcript.</summary>
/// <param name="Span">The turn's words: from after the label to the start of the next label's line (trailing white space trimmed).</param>
/// <param name="LabelSpan">The label's words, without the colon or any "**": where the source names the speaker.</param>
/// <param name="Label">The label as written ("KHALIL", "Redur Khalil").</param>
/// <param name="SpeakerId">Whom the label names, or null for a label nobody answers to ("MODERATOR").</param>
/// <param name="IsQuestioner">The label is an unnamed questioner's (<c>Q</c>, <c>QUESTION</c>, <c>REPORTER</c>, <c>AUDIENCE MEMBER</c>).</param>
public sealed record TranscriptTurn(TextSpan Span, TextSpan LabelSpan, string Label, string? SpeakerId, bool IsQuestioner = false);

/// <summary>
/// Reads the turns of a transcript: a line that begins with a label and a colon starts a turn that lasts
/// until the next label (spec §3).
/// </summary>
/// <remarks>
/// What counts as a label, where the spec is silent:
/// <list type="bullet">
/// <item>It begins its line (after optional indentation, an optional timestamp such as "[00:12:31]" or
/// "12:30", and optional "**" or "__"), is one to eight words, and is followed by ":" and then white space
/// (a no-break space too, as whitehouse.gov prints it) or the end of the line.</item>
/// <item>An unnamed questioner's line may also be <c>Q</c> or <c>QUESTION</c> followed by a tab, two spaces or a
/// no-break space, or <c>Q.</c> followed by any space (its period marks it), with no colon (whitehouse.gov prints "Q    Thanks."). <c>Q</c>, <c>QUESTION</c>,
/// <c>REPORTER</c> and <c>AUDIENCE MEMBER</c> start an unnamed questioner's turn. The "**" may close before or after the colon ("**Khalil:**", "**Khalil**:").
/// A time such as "12:30" is never a label: a label starts with a letter and its colon is followed by space.</item>
/// <item>A label that resolves (the source's <c>speakers:</c> map, case-insensitive, then the registry through
/// <see cref="SpeakerDirectory.ResolveLabel"/>: names, aliases, titles and dated roles) is always a label. One
/// that does not resolve is taken as an unknown speaker's turn only if it looks like a name or a title: it is
/// all capitals ("MODERATOR"), or every word is capitalized but for small joining words ("Secretary of State
/// Antony Blinken"); and it is not a common heading word such as "Note", "Update" or "Source".
/// So "Note: the audio was poor" and "The answer is simple: no" stay inside the current turn.</item>
/// <item>A mixed-case label on a line that continues the sentence of the line before (which ends in a word or a
/// comma) is not a label (a dash may end an interrupted turn, so it does not count): transcripts printed with hard line breaks wrap "…what I’ll convey" / "to President Putin:
/// that I’m not looking for conflict".</item>
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

    /// <summary>The labels of an unnamed questioner.</summary>
    private static readonly HashSet<string> Questioners = new(StringComparer.OrdinalIgnoreCase)
    {
        "q", "q.", "question", "reporter", "audience member", "audience", "questioner",
    };

    /// <summary>Small words a name or title label may hold in lower case ("Secretary of State", "Ursula von der Leyen").</summary>
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "for", "on", "to", "de", "del", "della", "di", "da", "du", "van", "von", "der", "den", "al", "el", "bin", "ibn", "la", "le", "y",
    };

    // Optional indentation, timestamp and emphasis; then either a questioner's Q with no colon before a tab,
    // two spaces or a no-break space, or the label (1–8 words of letters, digits and . ' ’ -, starting with a
    // letter), the colon, and white space (\s holds the no-break space) or the end of the line.
    [GeneratedRegex(
        @"\G[ \t]*(?:[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]?[ \t]+)?(?<open>\*\*|__)?(?:(?<label>Q\.)(?=[ \t\u00A0])|(?<label>Q|QUESTION)(?=\t|  |\u00A0)|(?<label>\p{L}[\p{L}\p{N}.'’\-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}.'’\-]*){0,7})(?:\*\*|__)?:(?:\*\*|__)?(?=\s|$))",
        RegexOptions.CultureInvariant)]
    internal static partial Regex LabelLine();

    /// <summary>A line that reads as a label line (<see cref="LabelLine"/>), before its label is resolved.</summary>
    private readonly record struct LabelLineAt(int LineStart, int ContentStart, TextSpan LabelSpan, string Label);

    /// <summary>
    /// Each document's label lines, read once: the expression over every line is the cost of <see cref="Find"/>, and it does
    /// not depend on the directory, while a source is asked for its turns under each article's directory (and the empty one).
    /// Held as long as the document is.
    /// </summary>
    private static readonly ConditionalWeakTable<PlainDocument, LabelLineAt[]> s_labelLines = new();

    public static IReadOnlyList<TranscriptTurn> Find(PlainDocument doc, IReadOnlyDictionary<string, string> speakersMap, SpeakerDirectory directory, DateOnly? on = null)
    {
        var text = doc.Text.Text;
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (label, id) in speakersMap)
        {
            map.TryAdd(Collapse(label), id);
        }

        var lines = s_labelLines.GetValue(doc, static d => ReadLabelLines(d.Text.Text));
        var starts = new List<(int LineStart, int ContentStart, TextSpan LabelSpan, string Label, string? Id, bool Questioner)>(lines.Length);
        var readings = new Dictionary<string, (string? Id, bool Questioner, bool IsLabel)>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var label = line.Label;
            // A transcript repeats its few labels hundreds of times: each is read once.
            if (!readings.TryGetValue(label, out var reading))
            {
                var id = map.GetValueOrDefault(Collapse(label)) ?? map.GetValueOrDefault(Collapse(label).TrimEnd('.'));
                var isQuestioner = id is null && Questioners.Contains(Collapse(label));
                id ??= isQuestioner ? null : directory.ResolveLabel(label, on);
                readings[label] = reading = (id, isQuestioner, id is not null || isQuestioner || LooksLikeSpeakerLabel(label));
            }
            var (speaker, questioner, isLabel) = reading;
            if (isLabel)
            {
                starts.Add((line.LineStart, line.ContentStart, line.LabelSpan, label, speaker, questioner));
            }
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
            turns.Add(new TranscriptTurn(TextSpan.FromBounds(contentStart, end), starts[i].LabelSpan, starts[i].Label, starts[i].Id, starts[i].Questioner));
        }
        return turns;
    }

    /// <summary>The lines of <paramref name="text"/> that read as label lines, in order, whatever their labels name.</summary>
    private static LabelLineAt[] ReadLabelLines(string text)
    {
        var lines = new List<LabelLineAt>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var match = MayBeLabelLine(text, lineStart) ? LabelLine().Match(text, lineStart) : Match.Empty;
            if (match.Success && !(ContinuesSentence(text, lineStart) && match.Groups["label"].Value.Any(char.IsLower)))
            {
                var group = match.Groups["label"];
                var content = match.Index + match.Length;
                while (content < text.Length && TextChars.IsSpace(text[content]) && text[content] != '\n')
                {
                    content++;
                }
                lines.Add(new LabelLineAt(lineStart, content, new TextSpan(group.Index, group.Length), group.Value));
            }
            var newline = text.IndexOf('\n', lineStart);
            if (newline < 0)
            {
                break;
            }
            lineStart = newline + 1;
        }
        return lines.ToArray();
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

    /// <summary>
    /// Whether <see cref="LabelLine"/> could match at <paramref name="lineStart"/>, asked before the expression runs on
    /// every line of a long transcript: a label's colon (a timestamp's too) lies on its line, and a questioner's label
    /// without one begins with Q after the indentation and any "**" or "__".
    /// </summary>
    internal static bool MayBeLabelLine(string text, int lineStart)
    {
        var lineEnd = text.IndexOf('\n', lineStart);
        var line = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart);
        if (line.Contains(':'))
        {
            return true;
        }
        line = line.TrimStart(" \t");
        if (line.StartsWith("**") || line.StartsWith("__"))
        {
            line = line[2..];
        }
        return line.StartsWith('Q');
    }

    /// <summary>
    /// Whether the line at <paramref name="lineStart"/> continues a sentence of the line before (which ends without
    /// closing punctuation): a transcript printed with hard line breaks wraps "…what I’ll convey\nto President
    /// Putin: that…", and that colon starts no turn.
    /// </summary>
    private static bool ContinuesSentence(string text, int lineStart)
    {
        var end = lineStart - 1;
        while (end > 0 && TextChars.IsSpace(text[end - 1]) && text[end - 1] != '\n')
        {
            end--;
        }
        if (end <= 0 || text[end - 1] == '\n')
        {
            return false;
        }
        return TextChars.IsWordChar(text[end - 1]) || text[end - 1] == ',';
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
        static bool Capitalized(string w) => !char.IsLetter(w[0]) || char.IsUpper(w[0]);
        return Capitalized(words[0]) && Capitalized(words[^1]) && words.All(w => Capitalized(w) || Joiners.Contains(w));
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
