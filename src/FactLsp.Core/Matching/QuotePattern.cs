using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using FactLsp.Core.Text;

namespace FactLsp.Core.Matching;

/// <summary>
/// A quote read the way section 5 of the spec reads it: normalized, its quotation marks and
/// final <c>, . ; :</c> set aside, cut into pieces at ellipses and bracketed insertions, with
/// <c>[sic]</c> dropped. Every piece and gap keeps its span in the normalized quote and in the
/// article, so diagnostics and fixes land exactly.
/// </summary>
public sealed partial class QuotePattern
{
    private const string FinalPunctuation = ",.;:";

    private QuotePattern(
        MappedText normalized,
        TextSpan core,
        IReadOnlyList<QuotePiece> pieces,
        IReadOnlyList<QuoteGap> gaps,
        QuoteGap? leadingGap,
        QuoteGap? trailingGap,
        bool hasSic)
    {
        Normalized = normalized;
        Core = core;
        Pieces = pieces;
        Gaps = gaps;
        LeadingGap = leadingGap;
        TrailingGap = trailingGap;
        HasSic = hasSic;
    }

    /// <summary>The normalized quote, mapped to the article.</summary>
    public MappedText Normalized { get; }

    /// <summary>
    /// The quote's words: inside the quotation marks, without a final <c>, . ; :</c>, in normalized
    /// coordinates. This is what a misquote fix replaces (marks and final punctuation stay).
    /// </summary>
    public TextSpan Core { get; }

    /// <summary><see cref="Core"/> in article offsets.</summary>
    public TextSpan CoreArticleSpan => Normalized.ToOriginal(Core);

    /// <summary>The literal pieces, in order; each must occur in the source.</summary>
    public IReadOnlyList<QuotePiece> Pieces { get; }

    /// <summary><c>Gaps[i]</c> lies between <c>Pieces[i]</c> and <c>Pieces[i + 1]</c>.</summary>
    public IReadOnlyList<QuoteGap> Gaps { get; }

    /// <summary>An ellipsis or insertion before the first piece ("… the noose").</summary>
    public QuoteGap? LeadingGap { get; }

    /// <summary>An ellipsis or insertion after the last piece.</summary>
    public QuoteGap? TrailingGap { get; }

    /// <summary>Whether the quote carries <c>[sic]</c> (ignored for matching; not an alteration).</summary>
    public bool HasSic { get; }

    /// <summary>Whether the quote carries an ellipsis or an insertion (the hint <c>quote-alteration</c>).</summary>
    public bool HasAlterations => LeadingGap is not null || TrailingGap is not null || Gaps.Count > 0;

    /// <summary>The number of characters to find: the sum of the pieces' lengths (the similarity's denominator).</summary>
    public int Length => Pieces.Sum(p => p.Text.Length);

    /// <summary>All the gaps, leading and trailing included, in order.</summary>
    public IEnumerable<QuoteGap> AllGaps =>
        (LeadingGap is null ? [] : new[] { LeadingGap }).Concat(Gaps).Concat(TrailingGap is null ? [] : [TrailingGap]);

    /// <summary>The pieces joined by one space: the contiguous pattern the approximate search uses.</summary>
    internal PatternText Joined()
    {
        var text = new StringBuilder();
        var caseFree = new List<bool>();
        foreach (var piece in Pieces)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
                caseFree.Add(false);
            }
            text.Append(piece.Text);
            caseFree.AddRange(piece.Pattern.CaseFree);
        }
        return new PatternText(text.ToString(), caseFree.ToArray());
    }

    /// <summary>Parses a quote's plain text (markup already removed, mapped to the article).</summary>
    public static QuotePattern Parse(MappedText quote)
    {
        var normalized = TextNormalizer.Normalize(quote);
        var t = normalized.Text;
        int lo = 0, hi = t.Length;
        Trim(t, ref lo, ref hi);
        // A final punctuation mark may sit outside the closing quotation mark: “…IS”,
        if (hi - lo >= 2 && FinalPunctuation.Contains(t[hi - 1]) && t[hi - 2] == TextNormalizer.QuoteMark)
        {
            hi--;
        }
        if (hi > lo && t[hi - 1] == TextNormalizer.QuoteMark)
        {
            hi--;
        }
        if (hi > lo && t[lo] == TextNormalizer.QuoteMark)
        {
            lo++;
        }
        Trim(t, ref lo, ref hi);

        var pieces = new List<QuotePiece>();
        var gaps = new List<QuoteGap>();
        QuoteGap? leading = null;
        var hasSic = false;
        // One builder, sized for the whole quote and emptied after each piece (a quote's pieces share its characters).
        var current = new PieceBuilder(hi - lo);
        GapBuilder? gap = null;

        void FinishPiece()
        {
            if (current.TryBuild(normalized, out var piece))
            {
                if (gap is not null)
                {
                    if (pieces.Count == 0)
                    {
                        leading = gap.Build(normalized);
                    }
                    else
                    {
                        gaps.Add(gap.Build(normalized));
                    }
                    gap = null;
                }
                pieces.Add(piece);
            }
            current.Clear();
        }

        var position = lo;
        foreach (Match m in TokenRegex().Matches(t.Substring(lo, hi - lo)))
        {
            var start = lo + m.Index;
            var end = start + m.Length;
            current.AppendLiteral(t, position, start);
            position = end;
            if (m.Groups["sic"].Success)
            {
                hasSic = true;
                current.SkipNextSpace = true;
            }
            else if (m.Groups["cap"].Success)
            {
                // "[T]he": an editor's change of case, read as the letter itself, case-free.
                current.Append(t[start + 1], start + 1, caseFree: true);
            }
            else
            {
                // Ellipsis or insertion: the piece so far ends; consecutive markers make one gap.
                if (current.HasText)
                {
                    FinishPiece();
                }
                gap ??= new GapBuilder();
                gap.Add(start, end, m.Groups["ell"].Success, t);
            }
        }
        current.AppendLiteral(t, position, hi);
        FinishPiece();
        var trailing = gap?.Build(normalized);

        var coreEnd = hi;
        if (trailing is null && pieces.Count > 0)
        {
            // A final , . ; : is free (added, dropped or changed): the last piece goes without it.
            var last = pieces[^1];
            if (last.Text.Length > 1 && FinalPunctuation.Contains(last.Text[^1]))
            {
                var trimmed = last.Text[..^1].TrimEnd(' ');
                var cut = last.Text.Length - trimmed.Length;
                var span = new TextSpan(last.QuoteSpan.Start, last.QuoteSpan.Length - cut);
                pieces[^1] = new QuotePiece(new PatternText(trimmed, last.Pattern.CaseFree[..trimmed.Length]), span, normalized.ToOriginal(span));
                coreEnd = span.End;
            }
        }

        if (pieces.Count > 0)
        {
            // The first letter's case is free.
            var first = pieces[0];
            if (first.Text.Length > 0 && char.IsLetter(first.Text[0]) && !first.Pattern.CaseFree[0])
            {
                // Set in place: every piece's flags were made above for that piece alone, and nothing has read them yet.
                first.Pattern.CaseFree[0] = true;
            }
        }

        return new QuotePattern(normalized, TextSpan.FromBounds(lo, Math.Max(lo, coreEnd)), pieces, gaps, leading, trailing, hasSic);
    }

    private static void Trim(string t, ref int lo, ref int hi)
    {
        while (lo < hi && t[lo] == ' ')
        {
            lo++;
        }
        while (hi > lo && t[hi - 1] == ' ')
        {
            hi--;
        }
    }

    // After normalization white space is single spaces and quote marks are '"'.
    // ell: … (maybe with a period), three or more dots, ". . .", or any of them in brackets.
    // sic: [sic] or [sic!]. cap: a bracketed letter glued to the word it starts ("[T]he").
    // ins: any other bracketed text.
    [GeneratedRegex(
        @"(?<ell>\[ ?(?:…\.?|\.{3,}|\.(?: \.){2,}) ?\]|…\.?|\.{3,}|\.(?: \.){2,})|(?<sic>\[ ?sic!? ?\])|(?<cap>\[\p{L}\](?=\p{L}))|(?<ins>\[[^\[\]]+\])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TokenRegex();

    private sealed class PieceBuilder(int capacity)
    {
        private readonly StringBuilder _text = new(capacity);
        private readonly List<bool> _caseFree = new(capacity);
        private readonly List<int> _positions = new(capacity);

        /// <summary>Empty, as a new builder.</summary>
        public void Clear()
        {
            _text.Clear();
            _caseFree.Clear();
            _positions.Clear();
            SkipNextSpace = false;
        }

        public bool SkipNextSpace { get; set; }

        public bool HasText
        {
            get
            {
                for (var i = 0; i < _text.Length; i++)
                {
                    if (_text[i] != ' ')
                    {
                        return true;
                    }
                }
                return false;
            }
        }

        public void AppendLiteral(string t, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                Append(t[i], i, caseFree: false);
            }
        }

        public void Append(char c, int position, bool caseFree)
        {
            if (SkipNextSpace)
            {
                SkipNextSpace = false;
                // "was [sic] there" reads "was there": drop the space doubled by removing [sic].
                if (c == ' ' && (_text.Length == 0 || _text[^1] == ' '))
                {
                    return;
                }
            }
            _text.Append(c);
            _caseFree.Add(caseFree);
            _positions.Add(position);
        }

        public bool TryBuild(MappedText normalized, out QuotePiece piece)
        {
            int lo = 0, hi = _text.Length;
            while (lo < hi && _text[lo] == ' ')
            {
                lo++;
            }
            while (hi > lo && _text[hi - 1] == ' ')
            {
                hi--;
            }
            if (lo == hi)
            {
                piece = null!;
                return false;
            }
            var span = TextSpan.FromBounds(_positions[lo], _positions[hi - 1] + 1);
            var text = _text.ToString(lo, hi - lo);
            piece = new QuotePiece(new PatternText(text, CollectionsMarshal.AsSpan(_caseFree).Slice(lo, hi - lo).ToArray()), span, normalized.ToOriginal(span));
            return true;
        }
    }

    private sealed class GapBuilder
    {
        private readonly List<QuoteInsertion> _insertions = new();
        private readonly List<(int Start, int End)> _insertionSpans = new();
        private int _start = -1;
        private int _end;
        private bool _ellipsis;

        public void Add(int start, int end, bool ellipsis, string t)
        {
            if (_start < 0)
            {
                _start = start;
            }
            _end = end;
            _ellipsis |= ellipsis;
            if (!ellipsis)
            {
                _insertionSpans.Add((start, end));
            }
        }

        public QuoteGap Build(MappedText normalized)
        {
            foreach (var (start, end) in _insertionSpans)
            {
                var span = TextSpan.FromBounds(start, end);
                _insertions.Add(new QuoteInsertion(normalized.Text.Substring(start + 1, end - start - 2), span, normalized.ToOriginal(span)));
            }
            var gapSpan = TextSpan.FromBounds(_start, _end);
            return new QuoteGap(_ellipsis, gapSpan, normalized.ToOriginal(gapSpan), _insertions.ToArray());
        }
    }
}

/// <summary>A literal piece of a quote.</summary>
/// <param name="Pattern">The characters to find, with the positions whose case is free.</param>
/// <param name="QuoteSpan">Where the piece lies in the normalized quote (it may enclose a dropped <c>[sic]</c>).</param>
/// <param name="ArticleSpan">The same in article offsets.</param>
public sealed record QuotePiece(PatternText Pattern, TextSpan QuoteSpan, TextSpan ArticleSpan)
{
    public string Text => Pattern.Text;
}

/// <summary>What stands between two pieces: an omission (ellipsis) and/or editorial insertions.</summary>
/// <param name="IsEllipsis">True when the gap holds an ellipsis: any amount of source text within one paragraph or turn.
/// Otherwise the gap is insertions only, and stands for at most six source words.</param>
public sealed record QuoteGap(bool IsEllipsis, TextSpan QuoteSpan, TextSpan ArticleSpan, IReadOnlyList<QuoteInsertion> Insertions);

/// <summary>A bracketed editorial insertion, <c>[the Islamic State]</c>.</summary>
/// <param name="Text">The words between the brackets.</param>
public sealed record QuoteInsertion(string Text, TextSpan QuoteSpan, TextSpan ArticleSpan);
