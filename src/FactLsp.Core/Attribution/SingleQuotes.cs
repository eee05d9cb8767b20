using System.Buffers;
using System.Globalization;
using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution;

/// <summary>
/// Tells the single marks of a paragraph that quote (‘…’ as British papers print, or '…') from the far more
/// common apostrophes (don't, Khalil’s, the ’90s, rock ’n’ roll, the dogs’ bowls).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>An opening ‘ or ' follows the start, white space, a dash, an opening bracket or a double mark, and
/// is followed by a letter or digit; a closing ’ or ' follows a letter, digit or punctuation and is not
/// followed by a letter or digit. A mark inside a word is therefore never a quotation mark.</item>
/// <item>Only marks that pair up count: ‘ with ’, ' with ', innermost first, both inside the same double
/// quotation (so “He said ‘no’ to me,” stays one quotation and a pair never straddles a double mark). An
/// opening mark left without its closing one is an apostrophe ('Tis, '90s): a stray mark must not turn the
/// rest of the paragraph into a quotation.</item>
/// <item>'n' standing for "and" and a mark before a decade ('90s) are elisions, not quotation marks.</item>
/// <item>"s’ " followed by a lower-case word is taken as a plural possessive when a later closing mark could
/// close the same quotation (‘The dogs’ bowls are empty,’ she said).</item>
/// </list>
/// </remarks>
internal static class SingleQuotes
{
    internal readonly record struct Candidate(int At, bool Opens, int Region);

    private static readonly SearchValues<char> Marks = SearchValues.Create("“”„«»\"‘’'");

    public static bool IsSingleMark(char c) => c is '‘' or '’' or '\'';

    /// <summary>
    /// The single marks of <paramref name="paragraph"/> that are quotation marks, each mapped to whether it
    /// opens (true) or closes (false) its quotation. Every opening mark has its closing mark in the map.
    /// </summary>
    public static Dictionary<int, bool> Find(string text, TextSpan paragraph) => new(Find(text, paragraph, new Scratch()));

    /// <summary>
    /// <see cref="Find(string, TextSpan)"/> into <paramref name="scratch"/>'s map, which is cleared first and valid until
    /// its next use: the sentence splitter asks for every paragraph of every source.
    /// </summary>
    public static Dictionary<int, bool> Find(string text, TextSpan paragraph, Scratch scratch)
    {
        var marks = scratch.Marks;
        marks.Clear();
        if (text.AsSpan(paragraph.Start, paragraph.Length).IndexOfAny('‘', '’', '\'') < 0)
        {
            return marks;
        }

        // The double quotation each candidate lies in (the offset of its opening mark, -1 for none), found with
        // the same pairing the sentence splitter uses for double marks.
        var doubles = scratch.Doubles;
        var candidates = scratch.Candidates;
        var regions = scratch.Regions;
        doubles.Clear();
        candidates.Clear();
        regions.Clear();
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            // Only quotation marks matter here: skip to the next one.
            var next = text.AsSpan(i, paragraph.End - i).IndexOfAny(Marks);
            if (next < 0)
            {
                break;
            }
            i += next;
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
                else
                {
                    continue;
                }
                if (!regions.Contains(region))
                {
                    regions.Add(region);
                }
            }
        }

        // Each double quotation's marks pair among themselves. The groups touch different marks, so the order in
        // which they are paired does not matter.
        if (regions.Count == 1)
        {
            Pair(text, candidates, marks, scratch.Open);
            return marks;
        }
        var group = scratch.Group;
        foreach (var region in regions)
        {
            group.Clear();
            foreach (var candidate in candidates)
            {
                if (candidate.Region == region)
                {
                    group.Add(candidate);
                }
            }
            Pair(text, group, marks, scratch.Open);
        }
        return marks;
    }

    /// <summary>Working memory of <see cref="Find(string, TextSpan, Scratch)"/>, reused from paragraph to paragraph.</summary>
    internal sealed class Scratch
    {
        public Dictionary<int, bool> Marks { get; } = new();

        internal Stack<(char Mark, int At)> Doubles { get; } = new();

        internal List<Candidate> Candidates { get; } = new();

        internal List<Candidate> Group { get; } = new();

        internal List<Candidate> Open { get; } = new();

        internal List<int> Regions { get; } = new();
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

    private static void Pair(string text, List<Candidate> candidates, Dictionary<int, bool> marks, List<Candidate> open)
    {
        open.Clear();
        for (var k = 0; k < candidates.Count; k++)
        {
            var close = candidates[k];
            if (close.Opens)
            {
                open.Add(close);
                continue;
            }
            // Innermost opening mark of the same kind; unmatched marks above it were apostrophes.
            var partner = text[close.At] == '’' ? '‘' : '\'';
            var o = open.Count - 1;
            while (o >= 0 && text[open[o].At] != partner)
            {
                o--;
            }
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
