using System.Text.RegularExpressions;
using FactLsp.Core.Attribution;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Attribution.Reference;

/// <summary>
/// <see cref="TranscriptTurns.Find"/> as it was before the label lines were read once per document (main at f7d160c):
/// the expression over every line, then each label resolved, in one pass. Kept verbatim but for names (the expression
/// and its line pre-check are the production ones): the property tests hold the cached reading to its answers.
/// </summary>
internal static class ReferenceTranscriptTurns
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

    public static IReadOnlyList<TranscriptTurn> Find(PlainDocument doc, IReadOnlyDictionary<string, string> speakersMap, SpeakerDirectory directory, DateOnly? on = null)
    {
        var text = doc.Text.Text;
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (label, id) in speakersMap)
        {
            map.TryAdd(Collapse(label), id);
        }

        var starts = new List<(int LineStart, int ContentStart, TextSpan LabelSpan, string Label, string? Id, bool Questioner)>();
        var readings = new Dictionary<string, (string? Id, bool Questioner, bool IsLabel)>(StringComparer.Ordinal);
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var match = TranscriptTurns.MayBeLabelLine(text, lineStart) ? TranscriptTurns.LabelLine().Match(text, lineStart) : Match.Empty;
            if (match.Success && !(ContinuesSentence(text, lineStart) && match.Groups["label"].Value.Any(char.IsLower)))
            {
                var group = match.Groups["label"];
                var label = group.Value;
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
                    var content = match.Index + match.Length;
                    while (content < text.Length && TextChars.IsSpace(text[content]) && text[content] != '\n')
                    {
                        content++;
                    }
                    starts.Add((lineStart, content, new TextSpan(group.Index, group.Length), label, speaker, questioner));
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
            turns.Add(new TranscriptTurn(TextSpan.FromBounds(contentStart, end), starts[i].LabelSpan, starts[i].Label, starts[i].Id, starts[i].Questioner));
        }
        return turns;
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
