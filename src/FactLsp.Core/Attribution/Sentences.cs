using System.Buffers;
using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution;

/// <summary>A sentence of a paragraph, with the spans of its quotations (marks included), in text coordinates.</summary>
/// <param name="Quotes">The outermost quotations, in order.</param>
/// <param name="Nested">Quotations inside those ("what the government calls ‘…’"), in order of their opening marks.</param>
/// <remarks>A view into a <see cref="SentenceTable"/>: the lists are slices of the document's arrays, not lists of their own.</remarks>
internal readonly record struct Sentence(TextSpan Span, ArraySegment<TextSpan> Quotes, ArraySegment<TextSpan> Nested);

/// <summary>
/// Splits a paragraph into sentences without ever splitting inside a quotation, because a sentence and the
/// quotation in it are what speaker inference reasons about.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Quotation marks: “…”, «…», „…“ and straight "…" pair up, nested or not. A quotation left open runs
/// to the end of the paragraph, as a quotation continued in the next paragraph is printed. Single marks
/// (‘…’, '…') quote only where <see cref="SingleQuotes"/> pairs them, since ’ and ' are far more often
/// apostrophes; they never run on.</item>
/// <item>A sentence ends after . ! ? or … outside any quotation (plus any closing brackets), when white
/// space and then a capital, a digit, an opening mark or bracket, or the end of the paragraph follow.</item>
/// <item>A sentence also ends when a quotation whose last word carries . ! ? or … closes and the next
/// thing is such a sentence start — unless what follows is a speech tag ("“Is it over?” Khalil asked."),
/// which belongs to the quotation's sentence; a cue verb followed by a colon or an opening mark
/// ("“We will win.” Erdogan said: “…”") introduces the next quotation and starts a sentence.</item>
/// <item>A period after a known abbreviation (Mr, Dr, Gen, Jan, …), after a single capital letter (an initial; "plan a." and "people's." end sentences),
/// or after a word with a period inside ("U.S", "e.g") does not end a sentence. "…in the U.S. Officials
/// said" is therefore one sentence: a missed split costs less than a sentence cut in half.</item>
/// </list>
/// </remarks>
internal static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "col", "lt", "sgt", "capt", "cpt",
        "maj", "adm", "cmdr", "gov", "sen", "rep", "pres", "rev", "hon", "fr", "amb", "supt", "insp", "brig", "cpl",
        "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "pp", "vs", "approx", "dept", "univ",
        "inc", "ltd", "co", "corp", "bros", "ave", "blvd",
    };

    private static readonly HashSet<string> NumberAbbreviations = new(StringComparer.OrdinalIgnoreCase) { "no", "nos", "vol", "art", "para" };

    // Looked up by span: every period of every source is asked about.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberAbbreviationLookup = NumberAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The sentences of one paragraph (a table of its own; a document's are built with a <see cref="SentenceTable.Builder"/>).</summary>
    public static List<Sentence> Split(string text, TextSpan paragraph)
    {
        var builder = new SentenceTable.Builder(text);
        var count = builder.Split(paragraph);
        var table = builder.ToTable();
        var sentences = new List<Sentence>(count);
        for (var k = 0; k < count; k++)
        {
            sentences.Add(table[k]);
        }
        return sentences;
    }

    /// <summary>
    /// Splits <paramref name="paragraph"/> into <paramref name="into"/>'s table; <paramref name="state"/> is the
    /// splitter's working memory, reused from paragraph to paragraph.
    /// </summary>
    internal static void Split(string text, TextSpan paragraph, SplitState state, SentenceTable.Builder into)
    {
        var quotes = state.Quotes;
        var nested = state.Nested;
        var stack = state.Marks;
        var openedAt = state.OpenedAt;
        quotes.Clear();
        nested.Clear();
        stack.Clear();
        openedAt.Clear();
        var quoteStart = -1;
        var start = paragraph.Start;
        var end = paragraph.End;
        var singles = SingleQuotes.Find(text, paragraph, state.Singles);
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
                var firstQuote = into.QuoteCount;
                while (firstOpen < quotes.Count && quotes[firstOpen].End < s)
                {
                    firstOpen++;
                }
                for (var k = firstOpen; k < quotes.Count; k++)
                {
                    var q = quotes[k];
                    if (span.Overlaps(q) || (q.IsEmpty && span.Touches(q.Start)))
                    {
                        into.AddQuote(q);
                    }
                }
                var firstInner = into.NestedCount;
                // Nested quotations are added as they close, so by their ends: those ending before this sentence are done.
                while (firstNested < nested.Count && nested[firstNested].End < s)
                {
                    firstNested++;
                }
                for (var k = firstNested; k < nested.Count; k++)
                {
                    if (span.Overlaps(nested[k]))
                    {
                        into.AddNested(nested[k]);
                    }
                }
                into.AddSentence(span, firstQuote, firstInner);
            }
            start = at;
        }

        for (var i = start; i < end; i++)
        {
            // Only line breaks, quotation marks and sentence punctuation do anything: skip to the next one.
            var next = text.AsSpan(i, end - i).IndexOfAny(Significant);
            if (next < 0)
            {
                break;
            }
            i += next;
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
            var single = false;
            var singleOpens = false;
            if (singles.Count > 0 && SingleQuotes.IsSingleMark(c))
            {
                single = singles.TryGetValue(i, out singleOpens);
            }
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
            if (IsQuoteMark(c) || single)
            {
                var wasInside = stack.Count > 0;
                // A paired single mark closes the mark on top of the stack, its partner, by construction.
                if (stack.Count > 0 && (single ? !singleOpens : Closes(stack.Peek(), c)))
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
                else if (single ? singleOpens : Opens(c))
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
    }

    /// <summary>The splitter's working memory, kept from one paragraph to the next so a document's split allocates once.</summary>
    internal sealed class SplitState
    {
        public List<TextSpan> Quotes { get; } = new();

        public List<TextSpan> Nested { get; } = new();

        public Stack<char> Marks { get; } = new();

        public Stack<int> OpenedAt { get; } = new();

        public SingleQuotes.Scratch Singles { get; } = new();
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
        return j + 1 < end && text[j] == open && Opens(open) && char.IsLetterOrDigit(text[j + 1]);
    }

    /// <summary>Every character the splitter's loop acts on; any other is passed over.</summary>
    private static readonly SearchValues<char> Significant = SearchValues.Create("\n“”„«»\"‘’'.!?…");

    public static bool IsQuoteMark(char c) => c is '“' or '”' or '„' or '«' or '»' or '"';

    internal static bool Opens(char c) => c is '“' or '„' or '«' or '"';

    internal static bool Closes(char open, char c) => open switch
    {
        '“' => c == '”',
        '„' => c is '“' or '”',
        '«' => c == '»',
        '"' => c == '"',
        _ => false,
    };

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
        return char.IsUpper(c) || char.IsDigit(c) || Opens(c) || c is '(' or '[' or '‘' or '\'' || char.IsSurrogate(c) || char.IsSymbol(c);
    }

    /// <summary>
    /// Whether the words at <paramref name="at"/> are a speech tag: a cue verb after at most four words,
    /// all capitalized or pronouns ("Khalil said", "Russian President Vladimir Putin said", "He added").
    /// </summary>
    private static bool StartsSpeechTag(string text, int at, int end)
    {
        var i = at;
        for (var k = 0; k <= 4 && Words.Next(text, ref i, end, out var word); k++)
        {
            var w = text.AsSpan(word.Start, word.Length);
            if (Words.IsCueVerb(w))
            {
                // "Erdogan said: “…”" or "Erdogan said “…”" introduces the next quotation instead.
                return !IntroducesQuotation(text, word.End, end);
            }
            if (!char.IsUpper(w[0]) && !Words.IsPronoun(w))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Whether a colon or an opening quotation mark follows the cue verb ending at <paramref name="at"/>.</summary>
    internal static bool IntroducesQuotation(string text, int at, int end)
    {
        // A colon may come up to three words later ("tweeted, external: “…”", "told reporters: “…”"); an opening
        // mark only right after the verb ("said “…”"), since "“…,” Erdogan said, “and …”" splits one quotation.
        var words = 0;
        var start = at;
        while (at < end)
        {
            var c = text[at];
            if (c == ':' || (Opens(c) && text.AsSpan(start, at - start).Trim().IsEmpty))
            {
                return true;
            }
            if (c is '.' or '!' or '?' or ';' || IsQuoteMark(c))
            {
                return false;
            }
            if (TextChars.IsWordChar(c) && (at == 0 || !TextChars.IsWordChar(text[at - 1])) && ++words > 3)
            {
                return false;
            }
            at++;
        }
        return false;
    }

    /// <summary>The abbreviations' first two letters and lengths: every period of every source asks about the word before it.</summary>
    private static readonly WordFilter AbbreviationFilter = BuildAbbreviationFilter();

    private static WordFilter BuildAbbreviationFilter()
    {
        var filter = new WordFilter();
        foreach (var w in Abbreviations.Concat(NumberAbbreviations))
        {
            // Lower-case ASCII letters only: MayBeAbbreviation relies on it.
            if (!w.All(char.IsAsciiLetterLower))
            {
                throw new InvalidOperationException($"abbreviation '{w}' breaks the filter's assumptions");
            }
            filter.Add(w);
        }
        return filter;
    }

    /// <summary>
    /// False only when neither abbreviation list holds the word (case ignored): its first two characters, when ASCII,
    /// and its length must be an abbreviation's. A word with a non-ASCII character among its first two is left to the
    /// look-ups (ignoring case, "ſ" is "s").
    /// </summary>
    private static bool MayBeAbbreviation(ReadOnlySpan<char> word)
    {
        var first = word[0];
        var second = word.Length > 1 ? word[1] : '\0';
        if (!char.IsAscii(first) || !char.IsAscii(second))
        {
            return true;
        }
        // An ASCII character equals an abbreviation's letter, ignoring case, only as that letter in either case; the
        // filter's slots ignore case.
        return char.IsAsciiLetter(first) && (second == '\0' || char.IsAsciiLetter(second)) && AbbreviationFilter.MayBe(first, second, word.Length);
    }

    internal static bool IsAbbreviation(string text, int paragraphStart, int period)
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
        if (!MayBeAbbreviation(word))
        {
            return word.Contains('.') || (word.Length == 1 && char.IsUpper(word[0]));
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
