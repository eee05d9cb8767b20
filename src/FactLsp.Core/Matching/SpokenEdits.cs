using System.Text.RegularExpressions;
using FactLsp.Core.Text;

namespace FactLsp.Core.Matching;

/// <summary>Which editing of spoken words a source allows (spec §5, "in a transcript turn or a speaker's own statement or speech").</summary>
public enum SpokenAllowances
{
    /// <summary>Prose (articles, documents…): every word the source prints is quoted as printed.</summary>
    None,

    /// <summary>A transcript: any short parenthesised or bracketed aside is the transcriber's, a stage direction.</summary>
    Transcript,

    /// <summary>A statement, speech or post: only asides that name a sound ("(Applause.)") are stage directions;
    /// other parentheses are the speaker's own words.</summary>
    Remarks,
}

/// <summary>What a quote of spoken words may leave out of the source.</summary>
public enum SpokenEditKind
{
    /// <summary>"(Laughter.)", "[crosstalk]": nobody's words, dropped silently.</summary>
    StageDirection,

    /// <summary>"uh", "um", "er", "ah".</summary>
    Filler,

    /// <summary>The first of a word said twice in a row ("would would", "NATO — NATO").</summary>
    RepeatedWord,

    /// <summary>Words abandoned at a dash ("governmental — government").</summary>
    FalseStart,
}

/// <summary>One droppable stretch of a source's normalized text.</summary>
/// <param name="Span">What a quote may leave out, separators included (normalized coordinates).</param>
/// <param name="Core">The words to name in the hint ("uh", "governmental —").</param>
public sealed record SpokenEdit(SpokenEditKind Kind, TextSpan Span, TextSpan Core);

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
public static partial class SpokenEdits
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
        var found = new List<(SpokenEditKind Kind, TextSpan Span, TextSpan Core)>();
        var buffers = new Buffers();
        foreach (var segment in segments)
        {
            // This segment's edits are edits[first..]: a view leaves them out.
            var first = edits.Count;
            var view = new View(text, segment, isDash, buffers);
            var span = view.Span;
            if (span.IndexOfAny('(', '[') >= 0)
            {
                found.Clear();
                Asides(span, mode, found);
                foreach (var (kind, aside, core) in found)
                {
                    edits.Add(new SpokenEdit(kind, view.ToNormalized(aside), view.ToNormalized(core)));
                }
                view = view.Without(edits, first, segment, buffers);
            }
            Tokens(view.Span, tokens);
            found.Clear();
            FillerSpans(view.Span, tokens, found);
            foreach (var (_, filler, core) in found)
            {
                edits.Add(new SpokenEdit(SpokenEditKind.Filler, view.ToNormalized(filler), view.ToNormalized(core)));
            }
            if (found.Count > 0)
            {
                view = view.Without(edits, first, segment, buffers);
                Tokens(view.Span, tokens);
            }
            found.Clear();
            Restarts(view.Span, tokens, found);
            foreach (var (kind, restart, core) in found)
            {
                edits.Add(new SpokenEdit(kind, view.ToNormalized(restart), view.ToNormalized(core)));
            }
        }
        // Sorted already when no segment's passes interleave (the common case); the sort is unstable, so only a strictly
        // increasing list is left as it is, where sorting could not have moved anything.
        if (!StrictlyIncreasing(edits))
        {
            edits.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
        return edits;
    }

    private static bool StrictlyIncreasing(List<SpokenEdit> edits)
    {
        for (var i = 1; i < edits.Count; i++)
        {
            if (edits[i].Span.Start <= edits[i - 1].Span.Start)
            {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------ stage directions

    [GeneratedRegex(@"\([^()\[\]]{1,200}\)|\[[^()\[\]]{1,200}\]", RegexOptions.CultureInvariant)]
    private static partial Regex AsideRegex();

    /// <summary>Adds the segment view's stage directions to <paramref name="found"/>, in order.</summary>
    /// <remarks>Reads the view in place: only an aside's inner words are copied, to be counted and named.</remarks>
    private static void Asides(ReadOnlySpan<char> view, SpokenAllowances mode, List<(SpokenEditKind Kind, TextSpan Span, TextSpan Core)> found)
    {
        foreach (var m in AsideRegex().EnumerateMatches(view))
        {
            int s = m.Index, e = m.Index + m.Length;
            if ((s > 0 && WordBoundaries.IsWordChar(view[s - 1])) || (e < view.Length && WordBoundaries.IsWordChar(view[e])))
            {
                continue; // "word(s)": not an aside
            }
            var innerSpan = view.Slice(s + 1, m.Length - 2);
            if (!HasWordChar(innerSpan))
            {
                continue;
            }
            var inner = innerSpan.ToString();
            if (QuoteMatcher.WordCount(inner, 0, inner.Length) > MaxAsideWords)
            {
                continue;
            }
            if (mode == SpokenAllowances.Remarks && !NamesASound(inner))
            {
                continue;
            }
            var core = TextSpan.FromBounds(s, e);
            TextSpan span;
            if (Has(view, s - 3, " \u2014 ") && Has(view, e, " \u2014 "))
            {
                span = TextSpan.FromBounds(s, e + 3);
            }
            else if (e < view.Length && view[e] == ' ')
            {
                span = TextSpan.FromBounds(s, e + 1);
            }
            else if (s > 0 && view[s - 1] == ' ')
            {
                span = TextSpan.FromBounds(s - 1, e);
            }
            else
            {
                span = core;
            }
            found.Add((SpokenEditKind.StageDirection, span, core));
        }
    }

    private static bool HasWordChar(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (WordBoundaries.IsWordChar(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool NamesASound(string inner)
    {
        var words = inner.Split([' ', '.', ',', '!', '/'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(SoundWords.Contains) && !words.All(w => w.Equals("and", StringComparison.OrdinalIgnoreCase));
    }

    private static bool Has(ReadOnlySpan<char> view, int at, ReadOnlySpan<char> what) =>
        at >= 0 && at + what.Length <= view.Length && view.Slice(at, what.Length).SequenceEqual(what);

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

    /// <summary>
    /// The scratch arrays the views of one <see cref="Find"/> call write into, grown to the longest segment: two sets,
    /// so that a view can be built from the one before it (a view is read only until the next one is built).
    /// </summary>
    private sealed class Buffers
    {
        private readonly char[][] _chars = [[], []];
        private readonly int[][] _maps = [[], []];
        private bool[] _removed = [];

        public char[] Chars(int set, int length) => Grown(ref _chars[set], length);

        public int[] Map(int set, int length) => Grown(ref _maps[set], length);

        /// <summary>All false, at least <paramref name="length"/> long.</summary>
        public bool[] Removed(int length)
        {
            if (_removed.Length < length)
            {
                _removed = new bool[Math.Max(length, 2 * _removed.Length)];
            }
            else
            {
                _removed.AsSpan(0, length).Clear();
            }
            return _removed;
        }

        private static T[] Grown<T>(ref T[] array, int length)
        {
            if (array.Length < length)
            {
                array = new T[Math.Max(length, 2 * array.Length)];
            }
            return array;
        }
    }

    /// <summary>A segment's text with some stretches taken out, mapped back to normalized offsets.</summary>
    private readonly struct View
    {
        private readonly string? _text;  // the normalized text itself, from _offset on; else _chars
        private readonly char[]? _chars;
        private readonly int _length;
        private readonly int[]? _map;    // null: the segment as it is, from _offset on
        private readonly int _offset;
        private readonly int _set;       // which set of buffers _chars and _map are, -1 for none

        public View(string text, TextSpan segment, Func<int, bool> isDash, Buffers buffers)
        {
            (_offset, _length, _set) = (segment.Start, segment.Length, -1);
            var source = text.AsSpan(segment.Start, segment.Length);
            var first = source.IndexOf('-');
            if (first < 0)
            {
                // No dash to mark: the normalized text itself, not a copy.
                _text = text;
                return;
            }
            var chars = buffers.Chars(0, source.Length);
            source.CopyTo(chars);
            for (var i = first; i < source.Length; i++)
            {
                if (chars[i] != '-')
                {
                    continue;
                }
                // A hyphen joins two words ("follow-up"); any other '-' is a dash: printed as one, or spaced.
                var joins = i > 0 && i + 1 < source.Length && WordBoundaries.IsWordChar(chars[i - 1]) && WordBoundaries.IsWordChar(chars[i + 1]);
                if (!joins || isDash(segment.Start + i))
                {
                    chars[i] = Dash;
                }
            }
            (_chars, _set) = (chars, 0);
        }

        private View(char[] chars, int length, int[] map, int set) => (_chars, _length, _map, _set) = (chars, length, map, set);

        public ReadOnlySpan<char> Span => _chars is null ? _text.AsSpan(_offset, _length) : _chars.AsSpan(0, _length);

        private int Map(int i) => _map is null ? _offset + i : _map[i];

        public TextSpan ToNormalized(TextSpan span) => span.IsEmpty
            ? new TextSpan(span.Start < _length ? Map(span.Start) : (_length > 0 ? Map(_length - 1) + 1 : _offset), 0)
            : TextSpan.FromBounds(Map(span.Start), Map(span.End - 1) + 1);

        /// <summary>
        /// This view without the characters of edits[<paramref name="first"/>..] (normalized spans inside
        /// <paramref name="segment"/>), written into the set of buffers this view does not read.
        /// </summary>
        public View Without(List<SpokenEdit> edits, int first, TextSpan segment, Buffers buffers)
        {
            if (edits.Count == first || _length == 0)
            {
                return this;
            }
            var removed = buffers.Removed(segment.Length);
            for (var k = first; k < edits.Count; k++)
            {
                removed.AsSpan(edits[k].Span.Start - segment.Start, edits[k].Span.Length).Fill(true);
            }
            var set = _set == 0 ? 1 : 0;
            var span = Span;
            var chars = buffers.Chars(set, _length);
            var map = buffers.Map(set, _length);
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
            return new View(chars, n, map, set);
        }
    }
}
