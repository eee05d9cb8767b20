using FactLsp.Core.Attribution;
using FactLsp.Core.Model;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Attribution.Reference;

/// <summary>
/// Mention finding as it was before the word filter and pooled arrays (main at 2872536), verbatim but for how the
/// patterns are built: from the people given, as the directory builds them.
/// </summary>
internal sealed class ReferenceMentions
{
    private readonly Dictionary<string, List<Pattern>> _patterns = new(StringComparer.Ordinal);

    private sealed record Pattern(string Text, MentionKind Kind, string PersonId);

    public ReferenceMentions(IEnumerable<Person> people)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            if (!ids.Add(person.Id))
            {
                continue;
            }
            foreach (var (text, kind) in NamesOf(person))
            {
                var key = LeadingWordKey(text);
                if (key.Length == 0)
                {
                    continue;
                }
                if (!_patterns.TryGetValue(key, out var list))
                {
                    _patterns[key] = list = new List<Pattern>();
                }
                list.Add(new Pattern(text, kind, person.Id));
            }
        }
        foreach (var list in _patterns.Values)
        {
            list.Sort((a, b) => b.Text.Length != a.Text.Length ? b.Text.Length.CompareTo(a.Text.Length) : a.Kind.CompareTo(b.Kind));
        }
    }

    /// <summary>The names a person goes by, each with its kind (a name that is also an alias counts as the better kind).</summary>
    private static IEnumerable<(string Text, MentionKind Kind)> NamesOf(Person person)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var name = CollapseSpaces(person.DisplayName);
        if (name.Length > 0 && seen.Add(FoldString(name)))
        {
            yield return (name, MentionKind.Name);
        }
        foreach (var alias in person.Aliases)
        {
            var a = CollapseSpaces(alias);
            if (a.Length > 0 && seen.Add(FoldString(a)))
            {
                yield return (a, MentionKind.Alias);
            }
        }
        if (TitleWords.LastName(name) is { } last && seen.Add(FoldString(last)))
        {
            yield return (last, MentionKind.LastWord);
        }
    }

    private static string CollapseSpaces(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Every mention of a registered person in <paramref name="text"/>, in order, not overlapping.</summary>
    public IReadOnlyList<Mention> FindMentions(string text)
    {
        var mentions = new List<Mention>();
        if (_patterns.Count == 0)
        {
            return mentions;
        }
        var lastSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        // Every word of the text is looked up: folded into a reused buffer, not a new string each time.
        var patterns = _patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        var folded = new char[64];
        var i = 0;
        while (i < text.Length)
        {
            if (!TextChars.IsWordChar(text[i]) || (i > 0 && TextChars.IsWordChar(text[i - 1])))
            {
                i++;
                continue;
            }
            var wordEnd = i;
            while (wordEnd < text.Length && TextChars.IsWordChar(text[wordEnd]))
            {
                wordEnd++;
            }
            if (wordEnd - i > folded.Length)
            {
                folded = new char[wordEnd - i];
            }
            for (var k = i; k < wordEnd; k++)
            {
                folded[k - i] = Fold(text[k]);
            }
            if (!patterns.TryGetValue(folded.AsSpan(0, wordEnd - i), out var candidates))
            {
                i = wordEnd;
                continue;
            }
            var best = -1;
            var bestKind = MentionKind.LastWord;
            var people = new List<string>();
            foreach (var pattern in candidates)
            {
                var end = MatchAt(text, i, pattern.Text);
                if (end < 0 || end < best)
                {
                    continue;
                }
                if (end > best || pattern.Kind < bestKind)
                {
                    best = end;
                    bestKind = pattern.Kind;
                    people.Clear();
                }
                if (pattern.Kind == bestKind && !people.Contains(pattern.PersonId))
                {
                    people.Add(pattern.PersonId);
                }
            }
            if (best < 0)
            {
                i = wordEnd;
                continue;
            }
            var chosen = people.Count == 1
                ? people[0]
                : people.Where(lastSeen.ContainsKey).OrderByDescending(p => lastSeen[p]).FirstOrDefault();
            if (chosen is not null)
            {
                mentions.Add(new Mention(TextSpan.FromBounds(i, best), chosen, bestKind));
                lastSeen[chosen] = i;
            }
            i = best;
        }
        return mentions;
    }

    /// <summary>Where a match of <paramref name="name"/> starting at <paramref name="start"/> ends, or -1.</summary>
    private static int MatchAt(string text, int start, string name)
    {
        // The first letter keeps its case unless capitalized: "al-Assad" and "Al-Assad", never "may" for "May".
        var first = text[start];
        if (first != name[0] && first != char.ToUpperInvariant(name[0]))
        {
            return -1;
        }
        var t = start;
        foreach (var c in name)
        {
            if (c == ' ')
            {
                if (t >= text.Length || !TextChars.IsSpace(text[t]))
                {
                    return -1;
                }
                while (t < text.Length && TextChars.IsSpace(text[t]))
                {
                    t++;
                }
                continue;
            }
            if (t >= text.Length || Fold(text[t]) != Fold(c))
            {
                return -1;
            }
            t++;
        }
        if (t < text.Length && TextChars.IsWordChar(text[t]))
        {
            return -1;
        }
        return t;
    }

    // Folding as it was, with no fast path for ASCII.
    private static char Fold(char c) => TextChars.IsApostrophe(c) ? '\'' : c is '‐' or '‑' or '–' or '—' ? '-' : char.ToLowerInvariant(c);

    private static string FoldString(string text) => new(text.Select(Fold).ToArray());

    private static string LeadingWordKey(string text)
    {
        var end = 0;
        while (end < text.Length && TextChars.IsWordChar(text[end]))
        {
            end++;
        }
        return FoldString(text[..end]);
    }
}
