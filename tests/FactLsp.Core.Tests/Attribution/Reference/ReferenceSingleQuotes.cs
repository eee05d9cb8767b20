using System.Globalization;
using FactLsp.Core.Attribution;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Attribution.Reference;

/// <summary>Single-mark pairing as it was before its scratch buffers and skipping (main at 2872536), verbatim but for its name.</summary>
internal static class ReferenceSingleQuotes
{
    private readonly record struct Candidate(int At, bool Opens, int Region);

    private static bool IsSingleMark(char c) => c is '‘' or '’' or '\'';

    /// <summary>
    /// The single marks of <paramref name="paragraph"/> that are quotation marks, each mapped to whether it
    /// opens (true) or closes (false) its quotation. Every opening mark has its closing mark in the map.
    /// </summary>
    public static Dictionary<int, bool> Find(string text, TextSpan paragraph)
    {
        var marks = new Dictionary<int, bool>();
        if (text.AsSpan(paragraph.Start, paragraph.Length).IndexOfAny('‘', '’', '\'') < 0)
        {
            return marks;
        }

        // The double quotation each candidate lies in (the offset of its opening mark, -1 for none), found with
        // the same pairing the sentence splitter uses for double marks.
        var doubles = new Stack<(char Mark, int At)>();
        var candidates = new List<Candidate>();
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var c = text[i];
            if (Sentences.IsQuoteMark(c))
            {
                if (doubles.Count > 0 && Sentences.Closes(doubles.Peek().Mark, c))
                {
                    doubles.Pop();
                }
                else if (Sentences.Opens(c))
                {
                    doubles.Push((c, i));
                }
            }
            else if (IsSingleMark(c))
            {
                var region = doubles.Count > 0 ? doubles.Peek().At : -1;
                if (CanOpen(text, paragraph, i))
                {
                    candidates.Add(new Candidate(i, true, region));
                }
                else if (CanClose(text, paragraph, i))
                {
                    candidates.Add(new Candidate(i, false, region));
                }
            }
        }

        foreach (var group in candidates.GroupBy(c => c.Region))
        {
            Pair(text, group.ToList(), marks);
        }
        return marks;
    }

    /// <summary>Whether the mark at <paramref name="i"/> could open a quotation.</summary>
    public static bool CanOpen(string text, TextSpan paragraph, int i)
    {
        if (text[i] is not ('‘' or '\''))
        {
            return false;
        }
        if (i > paragraph.Start && !OpensAfter(text[i - 1]))
        {
            return false;
        }
        if (i + 1 >= paragraph.End || !TextChars.IsWordChar(text[i + 1]))
        {
            return false;
        }
        return !IsDecade(text, paragraph, i) && !IsElidedAnd(text, paragraph, i);
    }

    private static bool CanClose(string text, TextSpan paragraph, int i)
    {
        if (text[i] is not ('’' or '\'') || i == paragraph.Start)
        {
            return false;
        }
        var before = text[i - 1];
        var follows = TextChars.IsWordChar(before)
            || (char.IsPunctuation(before) && char.GetUnicodeCategory(before) is not (UnicodeCategory.OpenPunctuation or UnicodeCategory.InitialQuotePunctuation));
        if (!follows || (i + 1 < paragraph.End && TextChars.IsWordChar(text[i + 1])))
        {
            return false;
        }
        return i - 2 < paragraph.Start || !IsElidedAnd(text, paragraph, i - 2);
    }

    /// <summary>A character an opening single mark may follow: space, a dash, an opening bracket or mark.</summary>
    private static bool OpensAfter(char c) =>
        TextChars.IsSpace(c) || Sentences.Opens(c)
        || char.GetUnicodeCategory(c) is UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.InitialQuotePunctuation;

    /// <summary>rock 'n' roll, rock ’n’ roll: two marks around an n that stands for "and".</summary>
    private static bool IsElidedAnd(string text, TextSpan paragraph, int i) =>
        TextChars.IsApostrophe(text[i]) && i + 2 < paragraph.End && text[i + 1] is 'n' or 'N' && TextChars.IsApostrophe(text[i + 2])
        && (i == paragraph.Start || !TextChars.IsWordChar(text[i - 1]))
        && (i + 3 >= paragraph.End || !TextChars.IsWordChar(text[i + 3]));

    /// <summary>'90s, ‘60s: a mark standing for a century.</summary>
    private static bool IsDecade(string text, TextSpan paragraph, int i) =>
        i + 3 < paragraph.End && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && text[i + 3] == 's'
        && (i + 4 >= paragraph.End || !TextChars.IsWordChar(text[i + 4]));

    private static void Pair(string text, List<Candidate> candidates, Dictionary<int, bool> marks)
    {
        var open = new List<Candidate>();
        for (var k = 0; k < candidates.Count; k++)
        {
            var close = candidates[k];
            if (close.Opens)
            {
                open.Add(close);
                continue;
            }
            // Innermost opening mark of the same kind; unmatched marks above it were apostrophes.
            var o = open.FindLastIndex(c => text[c.At] == (text[close.At] == '’' ? '‘' : '\''));
            if (o < 0)
            {
                continue;
            }
            var opening = open[o];
            if (IsPluralPossessive(text, close.At) && LaterCloser(text, candidates, k))
            {
                continue;
            }
            open.RemoveRange(o, open.Count - o);
            marks[opening.At] = true;
            marks[close.At] = false;
        }
    }

    /// <summary>"dogs’ bowls": s, the mark, a space and a lower-case word.</summary>
    private static bool IsPluralPossessive(string text, int at)
    {
        if (at == 0 || text[at - 1] is not ('s' or 'S') || at + 2 >= text.Length || text[at + 1] != ' ')
        {
            return false;
        }
        return char.IsLower(text[at + 2]);
    }

    /// <summary>Whether a closing mark of the same kind follows before the next opening mark.</summary>
    private static bool LaterCloser(string text, List<Candidate> candidates, int k)
    {
        for (var j = k + 1; j < candidates.Count && !candidates[j].Opens; j++)
        {
            if (text[candidates[j].At] == text[candidates[k].At])
            {
                return true;
            }
        }
        return false;
    }
}
