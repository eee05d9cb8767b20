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

    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase) { "uh", "um", "er", "ah" };

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
        foreach (var segment in segments)
        {
            var here = new List<SpokenEdit>();
            var view = new View(text, segment, isDash);
            foreach (var (span, core) in Asides(view.Text, mode))
            {
                here.Add(new SpokenEdit(SpokenEditKind.StageDirection, view.ToNormalized(span), view.ToNormalized(core)));
            }
            view = view.Without(here, segment);
            foreach (var (span, core) in FillerSpans(view.Text))
            {
                here.Add(new SpokenEdit(SpokenEditKind.Filler, view.ToNormalized(span), view.ToNormalized(core)));
            }
            view = view.Without(here, segment);
            foreach (var (kind, span, core) in Restarts(view.Text))
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

    private static IEnumerable<(TextSpan Span, TextSpan Core)> FillerSpans(string view)
    {
        var tokens = Tokens(view);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!Fillers.Contains(view.Substring(t.Start, t.Length)))
            {
                continue;
            }
            var prevEnd = i > 0 ? tokens[i - 1].End : 0;
            var nextStart = i + 1 < tokens.Count ? tokens[i + 1].Start : view.Length;
            var leftMarked = i > 0 && HasMark(view, prevEnd, t.Start);
            var rightMarked = HasMark(view, t.End, nextStart);
            var last = i + 1 == tokens.Count;
            TextSpan span;
            if (leftMarked && rightMarked && !last)
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
            yield return (span, t);
        }
    }

    /// <summary>Whether the separator view[from, to) holds a mark, not only spaces.</summary>
    private static bool HasMark(string view, int from, int to)
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

    private static IEnumerable<(SpokenEditKind Kind, TextSpan Span, TextSpan Core)> Restarts(string view)
    {
        var tokens = Tokens(view);
        var droppedUpTo = 0; // a word already dropped is not read again
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var a = tokens[i];
            var b = tokens[i + 1];
            var separator = view.AsSpan(a.End, b.Start - a.End).Trim(' ');
            if (a.Start < droppedUpTo)
            {
                continue;
            }
            if (separator is "" or "," or "\u2014" or "\u2014\u2014"
                && view.AsSpan(a.Start, a.Length).Equals(view.AsSpan(b.Start, b.Length), StringComparison.OrdinalIgnoreCase)
                && view.AsSpan(a.Start, a.Length).ContainsAnyExcept(Digits))
            {
                yield return (SpokenEditKind.RepeatedWord, TextSpan.FromBounds(a.Start, b.Start), a);
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
                if (n > 1 && (view.AsSpan(first.End, tokens[i - n + 2].Start - first.End) is not " " || first.Start < droppedUpTo))
                {
                    break;
                }
                if (BeginsAlike(view.AsSpan(first.Start, first.Length), view.AsSpan(b.Start, b.Length)))
                {
                    var dashEnd = view[b.Start - 1] == ' ' ? b.Start - 1 : b.Start;
                    yield return (SpokenEditKind.FalseStart, TextSpan.FromBounds(first.Start, b.Start), TextSpan.FromBounds(first.Start, dashEnd));
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

    /// <summary>Words: runs of word characters, with apostrophes and hyphens inside ("we're", "follow-up").</summary>
    private static List<TextSpan> Tokens(string view)
    {
        var tokens = new List<TextSpan>();
        var i = 0;
        while (i < view.Length)
        {
            if (!WordBoundaries.IsWordChar(view[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < view.Length && (WordBoundaries.IsWordChar(view[i])
                || (view[i] is '-' or TextNormalizer.QuoteMark && i + 1 < view.Length && WordBoundaries.IsWordChar(view[i + 1]))))
            {
                i++;
            }
            tokens.Add(TextSpan.FromBounds(start, i));
        }
        return tokens;
    }

    /// <summary>A segment's text with some stretches taken out, mapped back to normalized offsets.</summary>
    private sealed class View
    {
        private readonly int[] _map;

        public View(string text, TextSpan segment, Func<int, bool> isDash)
        {
            var chars = new char[segment.Length];
            _map = new int[segment.Length];
            for (var i = 0; i < segment.Length; i++)
            {
                var c = text[segment.Start + i];
                // A hyphen joins two words ("follow-up"); any other '-' is a dash: printed as one, or spaced.
                var joins = i > 0 && i + 1 < segment.Length
                    && WordBoundaries.IsWordChar(text[segment.Start + i - 1]) && WordBoundaries.IsWordChar(text[segment.Start + i + 1]);
                chars[i] = c == '-' && (!joins || isDash(segment.Start + i)) ? Dash : c;
                _map[i] = segment.Start + i;
            }
            Text = new string(chars);
        }

        private View(string text, int[] map)
        {
            Text = text;
            _map = map;
        }

        public string Text { get; }

        public TextSpan ToNormalized(TextSpan span) => span.IsEmpty
            ? new TextSpan(span.Start < _map.Length ? _map[span.Start] : (_map.Length > 0 ? _map[^1] + 1 : 0), 0)
            : TextSpan.FromBounds(_map[span.Start], _map[span.End - 1] + 1);

        /// <summary>This view without the characters of <paramref name="edits"/> (normalized spans inside <paramref name="segment"/>).</summary>
        public View Without(List<SpokenEdit> edits, TextSpan segment)
        {
            if (edits.Count == 0 || _map.Length == 0)
            {
                return this;
            }
            var removed = new bool[segment.Length];
            foreach (var edit in edits)
            {
                for (var at = edit.Span.Start; at < edit.Span.End; at++)
                {
                    removed[at - segment.Start] = true;
                }
            }
            var chars = new List<char>(Text.Length);
            var map = new List<int>(Text.Length);
            for (var i = 0; i < Text.Length; i++)
            {
                if (!removed[_map[i] - segment.Start])
                {
                    chars.Add(Text[i]);
                    map.Add(_map[i]);
                }
            }
            return new View(new string(chars.ToArray()), map.ToArray());
        }
    }
}
