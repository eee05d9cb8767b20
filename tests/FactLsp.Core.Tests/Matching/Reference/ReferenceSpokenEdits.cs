using System.Text.RegularExpressions;
using FactLsp.Core.Matching;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Matching.Reference;

// SpokenEdits.Find as it stood at f692838, before its copies per segment were cut (issue 11): kept verbatim as the
// property test's oracle only (SpokenEditsOracleTests).
/// <summary>
/// Finds the stage directions, fillers, repeated words and false starts of spoken text, segment by
/// segment (a turn or a paragraph), over the normalized text.
/// </summary>
/// <remarks>
/// <para>Three passes, each over the text the previous ones left: asides first (so "we — (laughs) — we"
/// is a repetition), then fillers (so "we — uh — we" is one), then repeated words and false starts.</para>
/// <para>Where the spec is silent: a stage direction in a transcript is an aside of at most eight words;
/// in a statement or speech only one whose words all name a sound or reaction ("(Applause.)",
/// "(Laughter and applause.)"). A dropped aside takes one space with it, or the dash after it when
/// dashes stand on both sides ("Well — (a cellphone chimes) — that" reads "Well — that"). A filler
/// takes its commas or dashes with it ("and, uh, the" reads "and the"). A word said twice is two equal
/// words (case ignored) separated by a space, a comma or a dash, never by a sentence end ("No. No.").
/// A false start is one to three words before a dash, the first of which begins like the word after
/// the dash (the first three letters, or the whole of a shorter word): "governmental — government",
/// "it's a — it's", "we're going to — we will"; a dash followed by unrelated words is left alone.</para>
/// </remarks>
internal static partial class ReferenceSpokenEdits
{
    private const int MaxAsideWords = 8;
    private const int MaxFalseStartWords = 3;

    /// <summary>A view's marker for a dash the source prints as a dash (— –), not a hyphen: it separates words.</summary>
    private const char Dash = '\u2014';

    /// <summary>"uh", "um", "er", "ah", any case.</summary>
    private static bool IsFiller(ReadOnlySpan<char> word) => (char.ToLowerInvariant(word[0]), char.ToLowerInvariant(word[1])) is
        ('u', 'h') or ('u', 'm') or ('e', 'r') or ('a', 'h');

    private static readonly HashSet<string> SoundWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "laughter", "laughs", "laughing", "applause", "crosstalk", "cross-talk", "inaudible", "unintelligible", "indiscernible",
        "pause", "pauses", "sighs", "chuckles", "cheers", "cheering", "boos", "booing", "music", "silence", "off-mic",
        "interruption", "and", "audience", "crowd", "cheer", "laugh", "applauds", "applauding",
    };

    /// <param name="text">The normalized text.</param>
    /// <param name="segments">The segments (normalized) to read, in order.</param>
    /// <param name="isDash">Whether the normalized '-' at an index was a dash in the source (not a hyphen).</param>
    public static List<SpokenEdit> Find(string text, IReadOnlyList<TextSpan> segments, SpokenAllowances mode, Func<int, bool> isDash)
    {
        var edits = new List<SpokenEdit>();
        if (mode == SpokenAllowances.None)
        {
            return edits;
        }
        var tokens = new List<TextSpan>();
        var here = new List<SpokenEdit>();
        var found = new List<(SpokenEditKind Kind, TextSpan Span, TextSpan Core)>();
        foreach (var segment in segments)
        {
            here.Clear();
            var view = new View(text, segment, isDash);
            if (view.Span.IndexOfAny('(', '[') >= 0)
            {
                var asides = view.Span.ToString();
                foreach (var (span, core) in Asides(asides, mode))
                {
                    here.Add(new SpokenEdit(SpokenEditKind.StageDirection, view.ToNormalized(span), view.ToNormalized(core)));
                }
                view = view.Without(here, segment);
            }
            Tokens(view.Span, tokens);
            found.Clear();
            FillerSpans(view.Span, tokens, found);
            foreach (var (_, span, core) in found)
            {
                here.Add(new SpokenEdit(SpokenEditKind.Filler, view.ToNormalized(span), view.ToNormalized(core)));
            }
            if (found.Count > 0)
            {
                view = view.Without(here, segment);
                Tokens(view.Span, tokens);
            }
            found.Clear();
            Restarts(view.Span, tokens, found);
            foreach (var (kind, span, core) in found)
            {
                here.Add(new SpokenEdit(kind, view.ToNormalized(span), view.ToNormalized(core)));
            }
            edits.AddRange(here);
        }
        edits.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return edits;
    }

    // ------------------------------------------------------------ stage directions

    [GeneratedRegex(@"\([^()\[\]]{1,200}\)|\[[^()\[\]]{1,200}\]", RegexOptions.CultureInvariant)]
    private static partial Regex AsideRegex();

    private static IEnumerable<(TextSpan Span, TextSpan Core)> Asides(string view, SpokenAllowances mode)
    {
        foreach (Match m in AsideRegex().Matches(view))
        {
            int s = m.Index, e = m.Index + m.Length;
            if ((s > 0 && WordBoundaries.IsWordChar(view[s - 1])) || (e < view.Length && WordBoundaries.IsWordChar(view[e])))
            {
                continue; // "word(s)": not an aside
            }
            var inner = m.Value[1..^1];
            if (QuoteMatcher.WordCount(inner, 0, inner.Length) > MaxAsideWords || !inner.Any(WordBoundaries.IsWordChar))
            {
                continue;
            }
            if (mode == SpokenAllowances.Remarks && !NamesASound(inner))
            {
                continue;
            }
            var core = TextSpan.FromBounds(s, e);
            if (Has(view, s - 3, " " + Dash + " ") && Has(view, e, " " + Dash + " "))
            {
                yield return (TextSpan.FromBounds(s, e + 3), core);
            }
            else if (e < view.Length && view[e] == ' ')
            {
                yield return (TextSpan.FromBounds(s, e + 1), core);
            }
            else if (s > 0 && view[s - 1] == ' ')
            {
                yield return (TextSpan.FromBounds(s - 1, e), core);
            }
            else
            {
                yield return (core, core);
            }
        }
    }

    private static bool NamesASound(string inner)
    {
        var words = inner.Split([' ', '.', ',', '!', '/'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(SoundWords.Contains) && !words.All(w => w.Equals("and", StringComparison.OrdinalIgnoreCase));
    }

    private static bool Has(string view, int at, string what) =>
        at >= 0 && at + what.Length <= view.Length && string.CompareOrdinal(view, at, what, 0, what.Length) == 0;

    // ------------------------------------------------------------ fillers

    private static void FillerSpans(ReadOnlySpan<char> view, List<TextSpan> tokens, List<(SpokenEditKind Kind, TextSpan Span, TextSpan Core)> found)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Length != 2 || !IsFiller(view.Slice(t.Start, 2)))
            {
                continue;
            }
            var prevEnd = i > 0 ? tokens[i - 1].End : 0;
            var nextStart = i + 1 < tokens.Count ? tokens[i + 1].Start : view.Length;
            var leftMarked = i > 0 && HasMark(view, prevEnd, t.Start);
            var rightMarked = HasMark(view, t.End, nextStart);
            var last = i + 1 == tokens.Count;
            TextSpan span;
            if (leftMarked && rightMarked && !last && !EndsSentence(view, prevEnd, t.Start))
            {
                // "and, uh, the" reads "and the": both marks go, the space before the next word stays.
                span = TextSpan.FromBounds(prevEnd, view[nextStart - 1] == ' ' ? nextStart - 1 : t.End);
            }
            else if (rightMarked && !last)
            {
                span = TextSpan.FromBounds(t.Start, nextStart); // "Uh, look" reads "look"
            }
            else if (leftMarked || last)
            {
                span = TextSpan.FromBounds(prevEnd, t.End);     // "so, uh." reads "so."
            }
            else
            {
                span = TextSpan.FromBounds(t.Start, nextStart); // "the uh thing" reads "the thing"
            }
            found.Add((SpokenEditKind.Filler, span, t));
        }
    }

    /// <summary>Whether the separator view[from, to) ends a sentence ("Yes. Uh. We will" keeps the first period).</summary>
    private static bool EndsSentence(ReadOnlySpan<char> view, int from, int to) => view[from..to].IndexOfAny(".?!") >= 0;

    /// <summary>Whether the separator view[from, to) holds a mark, not only spaces.</summary>
    private static bool HasMark(ReadOnlySpan<char> view, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (view[i] != ' ')
            {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------ repeated words and false starts

    private static void Restarts(ReadOnlySpan<char> view, List<TextSpan> tokens, List<(SpokenEditKind Kind, TextSpan Span, TextSpan Core)> found)
    {
        var droppedUpTo = 0; // a word already dropped is not read again
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var a = tokens[i];
            var b = tokens[i + 1];
            if (a.Start < droppedUpTo)
            {
                continue;
            }
            // Most pairs are two different words after one space: no dash, so neither a repetition nor a restart.
            var sameStart = a.Length == b.Length && char.ToLowerInvariant(view[a.Start]) == char.ToLowerInvariant(view[b.Start]);
            if (!sameStart && b.Start - a.End == 1 && view[a.End] == ' ')
            {
                continue;
            }
            var separator = view.Slice(a.End, b.Start - a.End).Trim(' ');
            if (sameStart && separator is "" or "," or "\u2014" or "\u2014\u2014"
                && view.Slice(a.Start, a.Length).Equals(view.Slice(b.Start, b.Length), StringComparison.OrdinalIgnoreCase)
                && view.Slice(a.Start, a.Length).ContainsAnyExcept(Digits))
            {
                found.Add((SpokenEditKind.RepeatedWord, TextSpan.FromBounds(a.Start, b.Start), a));
                droppedUpTo = b.Start;
                continue;
            }
            if (separator is not ("\u2014" or "\u2014\u2014"))
            {
                continue;
            }
            // One to three words, joined by plain spaces, ending at the dash; the first begins like b.
            for (var n = 1; n <= MaxFalseStartWords && i - n + 1 >= 0; n++)
            {
                var first = tokens[i - n + 1];
                if (n > 1 && (view.Slice(first.End, tokens[i - n + 2].Start - first.End) is not " " || first.Start < droppedUpTo))
                {
                    break;
                }
                if (BeginsAlike(view.Slice(first.Start, first.Length), view.Slice(b.Start, b.Length)))
                {
                    var dashEnd = view[b.Start - 1] == ' ' ? b.Start - 1 : b.Start;
                    found.Add((SpokenEditKind.FalseStart, TextSpan.FromBounds(first.Start, b.Start), TextSpan.FromBounds(first.Start, dashEnd)));
                    droppedUpTo = b.Start;
                    break;
                }
            }
        }
    }

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    private static bool BeginsAlike(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        // The first three letters alike, or the shorter word is how the other begins ("we're" / "we").
        var n = Math.Min(3, Math.Min(a.Length, b.Length));
        return a[..n].Equals(b[..n], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>ASCII letters and digits: most words are made of them, and a vectorized search finds their edges.</summary>
    private static readonly System.Buffers.SearchValues<char> AsciiWordChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    /// <summary>Words: runs of word characters, with apostrophes and hyphens inside ("we're", "follow-up").</summary>
    /// <remarks>Reads every character of every spoken source once, so it skips over ASCII runs with a vectorized
    /// search and looks at characters one by one only at a run's edge.</remarks>
    private static List<TextSpan> Tokens(ReadOnlySpan<char> span, List<TextSpan> tokens)
    {
        tokens.Clear();
        var i = 0;
        while (i < span.Length)
        {
            var skip = span[i..].IndexOfAny(AsciiWordChars);
            var next = skip < 0 ? span.Length : i + skip;
            // A non-ASCII letter may start a word before the next ASCII one.
            while (i < next && !WordBoundaries.IsWordChar(span[i]))
            {
                i++;
            }
            if (i >= span.Length)
            {
                break;
            }
            var start = i;
            while (i < span.Length)
            {
                var run = span[i..].IndexOfAnyExcept(AsciiWordChars);
                i = run < 0 ? span.Length : i + run;
                if (i < span.Length && (WordBoundaries.IsWordChar(span[i])
                    || (span[i] is '-' or TextNormalizer.QuoteMark && i + 1 < span.Length && WordBoundaries.IsWordChar(span[i + 1]))))
                {
                    i++; // a non-ASCII letter, or an apostrophe or hyphen inside the word
                    continue;
                }
                break;
            }
            tokens.Add(TextSpan.FromBounds(start, i));
        }
        return tokens;
    }

    /// <summary>A segment's text with some stretches taken out, mapped back to normalized offsets.</summary>
    private sealed class View
    {
        private readonly string _text;
        private readonly int _start;
        private readonly int _length;
        private readonly int[]? _map; // null: the segment as it is, from _offset on
        private readonly int _offset;

        public View(string text, TextSpan segment, Func<int, bool> isDash)
        {
            _offset = segment.Start;
            var first = text.AsSpan(segment.Start, segment.Length).IndexOf('-');
            if (first < 0)
            {
                // No dash to mark: the normalized text itself, not a copy.
                (_text, _start, _length) = (text, segment.Start, segment.Length);
                return;
            }
            var chars = text.ToCharArray(segment.Start, segment.Length);
            for (var i = first; i < chars.Length; i++)
            {
                if (chars[i] != '-')
                {
                    continue;
                }
                // A hyphen joins two words ("follow-up"); any other '-' is a dash: printed as one, or spaced.
                var joins = i > 0 && i + 1 < chars.Length && WordBoundaries.IsWordChar(chars[i - 1]) && WordBoundaries.IsWordChar(chars[i + 1]);
                if (!joins || isDash(segment.Start + i))
                {
                    chars[i] = Dash;
                }
            }
            (_text, _start, _length) = (new string(chars), 0, chars.Length);
        }

        private View(string text, int[] map)
        {
            (_text, _start, _length) = (text, 0, text.Length);
            _map = map;
        }

        public ReadOnlySpan<char> Span => _text.AsSpan(_start, _length);

        private int Map(int i) => _map is null ? _offset + i : _map[i];

        public TextSpan ToNormalized(TextSpan span) => span.IsEmpty
            ? new TextSpan(span.Start < _length ? Map(span.Start) : (_length > 0 ? Map(_length - 1) + 1 : _offset), 0)
            : TextSpan.FromBounds(Map(span.Start), Map(span.End - 1) + 1);

        /// <summary>This view without the characters of <paramref name="edits"/> (normalized spans inside <paramref name="segment"/>).</summary>
        public View Without(List<SpokenEdit> edits, TextSpan segment)
        {
            if (edits.Count == 0 || _length == 0)
            {
                return this;
            }
            var removed = new bool[segment.Length];
            foreach (var edit in edits)
            {
                removed.AsSpan(edit.Span.Start - segment.Start, edit.Span.Length).Fill(true);
            }
            var span = Span;
            var chars = new char[_length];
            var map = new int[_length];
            var n = 0;
            for (var i = 0; i < span.Length; i++)
            {
                var at = Map(i);
                if (!removed[at - segment.Start])
                {
                    chars[n] = span[i];
                    map[n++] = at;
                }
            }
            return new View(new string(chars, 0, n), map[..n]);
        }
    }
}
