using FactLsp.Core.Attribution;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Attribution.Reference;

/// <summary>A sentence as the reference splitter gives it: lists of its own.</summary>
internal sealed record ReferenceSentence(TextSpan Span, IReadOnlyList<TextSpan> Quotes, IReadOnlyList<TextSpan> Nested);

/// <summary>
/// The sentence splitter as it was before its output was packed into <see cref="SentenceTable"/> (main at 2872536),
/// kept verbatim but for names: the property tests hold the packed splitter to its answers on random text.
/// </summary>
internal static partial class ReferenceSentences
{
    public static List<ReferenceSentence> Split(string text, TextSpan paragraph)
    {
        var sentences = new List<ReferenceSentence>();
        var quotes = new List<TextSpan>();
        var nested = new List<TextSpan>();
        var stack = new Stack<char>();
        var openedAt = new Stack<int>();
        var quoteStart = -1;
        var start = paragraph.Start;
        var end = paragraph.End;
        var singles = ReferenceSingleQuotes.Find(text, paragraph);
        var firstOpen = 0; // quotations before this one end before the next sentence begins
        var firstNested = 0;

        void Close(int at)
        {
            // Trim white space so a sentence's span is its words.
            var s = start;
            while (s < at && TextChars.IsSpace(text[s]))
            {
                s++;
            }
            var e = at;
            while (e > s && TextChars.IsSpace(text[e - 1]))
            {
                e--;
            }
            if (e > s)
            {
                var span = TextSpan.FromBounds(s, e);
                List<TextSpan>? inside = null;
                while (firstOpen < quotes.Count && quotes[firstOpen].End < s)
                {
                    firstOpen++;
                }
                for (var k = firstOpen; k < quotes.Count; k++)
                {
                    var q = quotes[k];
                    if (span.Overlaps(q) || (q.IsEmpty && span.Touches(q.Start)))
                    {
                        (inside ??= []).Add(q);
                    }
                }
                List<TextSpan>? innerQuotes = null;
                // Nested quotations are added as they close, so by their ends: those ending before this sentence are done.
                while (firstNested < nested.Count && nested[firstNested].End < s)
                {
                    firstNested++;
                }
                for (var k = firstNested; k < nested.Count; k++)
                {
                    if (span.Overlaps(nested[k]))
                    {
                        (innerQuotes ??= []).Add(nested[k]);
                    }
                }
                innerQuotes?.Sort((a, b) => a.Start.CompareTo(b.Start));
                sentences.Add(new ReferenceSentence(span, inside ?? (IReadOnlyList<TextSpan>)[], innerQuotes ?? (IReadOnlyList<TextSpan>)[]));
            }
            start = at;
        }

        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\n' && stack.Count > 0 && ReopensOnNextLine(text, i, end, text[quoteStart]))
            {
                // A text printed one paragraph per line, with a quotation continued on the next line: the open
                // quotation ends with its line, left open, and the next line's mark opens the next one.
                var openEnd = i;
                while (openEnd > quoteStart + 1 && TextChars.IsSpace(text[openEnd - 1]))
                {
                    openEnd--;
                }
                quotes.Add(TextSpan.FromBounds(quoteStart, openEnd));
                stack.Clear();
                openedAt.Clear();
                Close(i);
                continue;
            }
            var single = singles.TryGetValue(i, out var singleOpens);
            if (c == '"' && stack.Count == 1 && stack.Peek() == '"' && ReopensStraightQuote(text, i, start, end))
            {
                // A straight mark after a space and before a word, while a straight quotation is open, opens the next
                // one: a press release's continued quotation flattened onto one line ('…Mission. "It was…'). The open
                // one ends where its words end, left open.
                var openEnd = i;
                while (openEnd > quoteStart + 1 && TextChars.IsSpace(text[openEnd - 1]))
                {
                    openEnd--;
                }
                quotes.Add(TextSpan.FromBounds(quoteStart, openEnd));
                quoteStart = i;
                openedAt.Pop();
                openedAt.Push(i);
                continue;
            }
            if (Sentences.IsQuoteMark(c) || single)
            {
                var wasInside = stack.Count > 0;
                // A paired single mark closes the mark on top of the stack, its partner, by construction.
                if (stack.Count > 0 && (single ? !singleOpens : Sentences.Closes(stack.Peek(), c)))
                {
                    stack.Pop();
                    var opened = openedAt.Pop();
                    if (stack.Count > 0)
                    {
                        nested.Add(TextSpan.FromBounds(opened, i + 1));
                    }
                    if (stack.Count == 0)
                    {
                        quotes.Add(TextSpan.FromBounds(quoteStart, i + 1));
                        if (EndsInTerminal(text, quoteStart + 1, i) && StartsSentence(text, i + 1, end) && !StartsSpeechTag(text, i + 1, end))
                        {
                            Close(i + 1);
                        }
                    }
                }
                else if (single ? singleOpens : Sentences.Opens(c))
                {
                    if (!wasInside)
                    {
                        quoteStart = i;
                    }
                    stack.Push(c);
                    openedAt.Push(i);
                }
                continue;
            }
            if (stack.Count > 0 || !IsTerminal(c))
            {
                continue;
            }
            // A run of terminal punctuation and closing brackets ends together.
            var after = i + 1;
            while (after < end && (IsTerminal(text[after]) || text[after] is ')' or ']'))
            {
                after++;
            }
            if (c == '.' && after == i + 1 && IsAbbreviation(text, paragraph.Start, i))
            {
                continue;
            }
            if (StartsSentence(text, after, end))
            {
                Close(after);
                i = after - 1;
            }
        }
        if (stack.Count > 0)
        {
            var quoteEnd = end;
            while (quoteEnd > quoteStart + 1 && TextChars.IsSpace(text[quoteEnd - 1]))
            {
                quoteEnd--;
            }
            quotes.Add(TextSpan.FromBounds(quoteStart, quoteEnd));
        }
        Close(end);
        return sentences;
    }

    /// <summary>A straight mark with white space before it and a letter or digit after it: an opening mark, never a closing one.</summary>
    private static bool ReopensStraightQuote(string text, int at, int start, int end) =>
        at > start && TextChars.IsSpace(text[at - 1]) && at + 1 < end && char.IsLetterOrDigit(text[at + 1]);

    /// <summary>Whether the line after <paramref name="newline"/> opens with <paramref name="open"/>, the open quotation's own opening mark, before a letter or digit.</summary>
    private static bool ReopensOnNextLine(string text, int newline, int end, char open)
    {
        var j = newline + 1;
        while (j < end && text[j] is ' ' or '\t')
        {
            j++;
        }
        return j + 1 < end && text[j] == open && Sentences.Opens(open) && char.IsLetterOrDigit(text[j + 1]);
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    /// <summary>Whether the quotation's last non-space character (before its closing mark) ends a sentence.</summary>
    private static bool EndsInTerminal(string text, int contentStart, int closeMark)
    {
        var j = closeMark - 1;
        while (j >= contentStart && TextChars.IsSpace(text[j]))
        {
            j--;
        }
        return j >= contentStart && IsTerminal(text[j]);
    }

    /// <summary>White space, then a capital, digit, opening mark or bracket, or the end of the paragraph.</summary>
    private static bool StartsSentence(string text, int at, int end)
    {
        if (at >= end)
        {
            return true;
        }
        if (!TextChars.IsSpace(text[at]))
        {
            return false;
        }
        while (at < end && TextChars.IsSpace(text[at]))
        {
            at++;
        }
        if (at >= end)
        {
            return true;
        }
        var c = text[at];
        return char.IsUpper(c) || char.IsDigit(c) || Sentences.Opens(c) || c is '(' or '[' or '‘' or '\'' || char.IsSurrogate(c) || char.IsSymbol(c);
    }

    /// <summary>
    /// Whether the words at <paramref name="at"/> are a speech tag: a cue verb after at most four words,
    /// all capitalized or pronouns ("Khalil said", "Russian President Vladimir Putin said", "He added").
    /// </summary>
    private static bool StartsSpeechTag(string text, int at, int end)
    {
        var words = ReferenceWords.In(text, TextSpan.FromBounds(at, end)).Take(6).ToList();
        for (var k = 0; k < words.Count && k <= 4; k++)
        {
            var w = text.Substring(words[k].Start, words[k].Length);
            if (ReferenceWords.IsCueVerb(w))
            {
                // "Erdogan said: “…”" or "Erdogan said “…”" introduces the next quotation instead.
                return !Sentences.IntroducesQuotation(text, words[k].End, end);
            }
            if (!char.IsUpper(w[0]) && !Words.IsPronoun(w))
            {
                return false;
            }
        }
        return false;
    }

}

/// <summary>The test of a period after an abbreviation as it was before its filter (main at bcec612), verbatim but for reading the lists.</summary>
internal static partial class ReferenceSentences
{
    private static HashSet<string> List(string name) => (HashSet<string>)typeof(Sentences)
        .GetField(name, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = List("Abbreviations").GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberAbbreviationLookup = List("NumberAbbreviations").GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsAbbreviation(string text, int paragraphStart, int period)
    {
        // The word before the period, periods inside it included ("U.S", "e.g").
        var j = period;
        while (j > paragraphStart && (TextChars.IsWordChar(text[j - 1]) || (text[j - 1] == '.' && j - 1 > paragraphStart && TextChars.IsWordChar(text[j - 2]))))
        {
            j--;
        }
        var word = text.AsSpan(j, period - j);
        if (word.Length == 0)
        {
            return false;
        }
        if (NumberAbbreviationLookup.Contains(word))
        {
            // "No. 10", "Art. 5": an abbreviation only before a number, so "He said no. Then…" still splits.
            var k = period + 1;
            while (k < text.Length && TextChars.IsSpace(text[k]))
            {
                k++;
            }
            return k < text.Length && char.IsDigit(text[k]);
        }
        return word.Contains('.') || (word.Length == 1 && char.IsUpper(word[0])) || AbbreviationLookup.Contains(word);
    }
}

/// <summary>The word scan and cue look-up as they were (main at 2872536): the iterator, and the look-up with no filter before it.</summary>
internal static class ReferenceWords
{
    // The directory of cue words itself, read from Words: the reference differs only in asking it about every word.
    private static readonly Dictionary<string, CueKind> Cues = (Dictionary<string, CueKind>)typeof(Words)
        .GetField("Cues", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;

    public static bool IsCueVerb(ReadOnlySpan<char> word) => Cues.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var kind) && kind != CueKind.PhraseHead;

    public static CueKind Classify(ReadOnlySpan<char> word) => Cues.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var kind) ? kind : CueKind.None;

    /// <summary>The words (letter and digit runs, joined by inner apostrophes or hyphens) inside <paramref name="span"/>.</summary>
    public static IEnumerable<TextSpan> In(string text, TextSpan span)
    {
        var i = span.Start;
        while (i < span.End)
        {
            if (!TextChars.IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < span.End && (TextChars.IsWordChar(text[i])
                || ((TextChars.IsApostrophe(text[i]) || text[i] == '-') && i + 1 < span.End && TextChars.IsWordChar(text[i + 1]))))
            {
                i++;
            }
            yield return TextSpan.FromBounds(start, i);
        }
    }
}
