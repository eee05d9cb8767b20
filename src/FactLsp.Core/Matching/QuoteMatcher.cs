using System.Text;
using FactLsp.Core.Text;

namespace FactLsp.Core.Matching;

/// <summary>
/// Finds a quote in a source (section 5 of the spec): an exact occurrence first (allowances
/// applied), else the closest passage by edit distance.
/// </summary>
/// <remarks>
/// <para>Exact: every piece occurs word for word on whole-word edges; pieces of a quote with
/// ellipses or insertions lie in order, without overlap, in one segment; an insertion gap holds at
/// most <see cref="MatchOptions.MaxInsertionWords"/> source words. The first such passage in the
/// source wins (a backtracking search over the pieces' occurrences, bounded in steps).</para>
/// <para>Approximate, when no exact passage exists. Two candidates, the more similar wins (ties go
/// to the second, which keeps the writer's ellipses):</para>
/// <list type="number">
/// <item>the whole quote as one contiguous pattern (pieces joined by a space): right for the usual
/// misquote, a word changed in a quote without ellipses, and for an ellipsis that should not be
/// there (the omitted text is short);</item>
/// <item>for a quote in pieces, piece by piece: the longest piece is searched in the whole source,
/// the others in order inside its segment; each within its own threshold, and insertion gaps
/// still bounded. This keeps "A … B" with a typo in B a misquote even when the omission is long.</item>
/// </list>
/// <para>Approximate passages are widened to whole words and their distance recomputed, so a
/// clipped word ("tighten" for "tightening") counts as a change, not a match.</para>
/// </remarks>
public static class QuoteMatcher
{
    private const int ExactSearchBudget = 20_000;

    public static QuoteMatch Match(QuotePattern pattern, SearchableSource source, MatchOptions? options = null)
    {
        options ??= MatchOptions.Default;
        if (pattern.Pieces.Count == 0 || pattern.Length == 0)
        {
            return NotFound(pattern, 0);
        }
        var exact = FindExact(pattern, source, options, out var exhausted);
        if (exact is not null)
        {
            return BuildExact(pattern, source, exact);
        }
        // The cleaned spoken words are searched only where they may hold what the printed words do not.
        if (source.Allowances != SpokenAllowances.None && source.Spoken is { } spoken
            && (exhausted || spoken.MayHold(pattern))
            && FindExact(pattern, spoken.Source, options, out _) is { } cleaned)
        {
            return BuildExact(pattern, spoken.Source, cleaned, spoken);
        }

        var joined = MatchJoined(pattern, source, options);
        var pieces = pattern.Pieces.Count > 1 ? MatchPieces(pattern, source, options) : null;
        var best = joined;
        if (pieces is not null && (best is null || pieces.Similarity >= best.Similarity))
        {
            best = pieces;
        }
        if (best is null || best.Similarity < options.MisquoteSimilarity)
        {
            return NotFound(pattern, best?.Similarity ?? 0);
        }
        return BuildClose(pattern, source, best, options);
    }

    /// <summary>Parses and matches in one call.</summary>
    public static QuoteMatch Match(MappedText quote, SearchableSource source, MatchOptions? options = null) =>
        Match(QuotePattern.Parse(quote), source, options);

    // ---------------------------------------------------------------- exact

    /// <summary>
    /// Every exact passage of the quote, in source order (at most <paramref name="limit"/>): the first is
    /// <see cref="Match"/>'s. A phrase the source repeats may be given to different people at each place.
    /// With <paramref name="spoken"/>, where the printed words are nowhere, the passages of the spoken words
    /// as an editor quotes them (<see cref="SearchableSource.Spoken"/>); without it, the printed words only
    /// (a cheap question, such as which cited source holds an unannotated quotation, need not build them).
    /// </summary>
    public static IEnumerable<QuoteMatch> ExactMatches(QuotePattern pattern, SearchableSource source, MatchOptions? options = null, int limit = 20, bool spoken = false)
    {
        options ??= MatchOptions.Default;
        if (pattern.Pieces.Count == 0 || pattern.Length == 0)
        {
            yield break;
        }
        var from = 0;
        var n = 0;
        var exhausted = false;
        for (; n < limit && FindExact(pattern, source, options, out exhausted, from) is { } starts; n++)
        {
            yield return BuildExact(pattern, source, starts);
            from = starts[0] + 1;
        }
        if (n > 0 || !spoken || source.Allowances == SpokenAllowances.None || source.Spoken is not { } cleaned
            || !(exhausted || cleaned.MayHold(pattern)))
        {
            yield break;
        }
        from = 0;
        for (; n < limit && FindExact(pattern, cleaned.Source, options, out _, from) is { } starts; n++)
        {
            yield return BuildExact(pattern, cleaned.Source, starts, cleaned);
            from = starts[0] + 1;
        }
    }

    /// <summary>The first exact passage from <paramref name="from"/> on, or null.</summary>
    /// <param name="exhausted">With null: whether the search ran out of its budget (there may then be a passage after all).</param>
    internal static int[]? FindExact(QuotePattern pattern, SearchableSource source, MatchOptions options, out bool exhausted, int from = 0)
    {
        var text = source.Text;
        var pieces = pattern.Pieces;
        var starts = new int[pieces.Count];
        var budget = ExactSearchBudget;
        var found = Search();
        exhausted = found is null && budget < 0;
        return found;

        int[]? Search()
        {
            foreach (var first in ExactSearch.Occurrences(text, pieces[0].Pattern, from, text.Length))
            {
                if (--budget < 0)
                {
                    return null;
                }
                starts[0] = first;
                if (pieces.Count == 1)
                {
                    return starts;
                }
                var segment = source.SegmentOf(new TextSpan(first, pieces[0].Text.Length));
                if (segment < 0)
                {
                    continue;
                }
                if (Place(1, first + pieces[0].Text.Length, segment))
                {
                    return starts;
                }
            }
            return null;
        }

        // Places pieces[index..] after prevEnd within the segment, or, after an ellipsis, in the same
        // speaker's turn across an interjection (spec §5); backtracks over occurrences.
        bool Place(int index, int prevEnd, int segment)
        {
            if (index == pieces.Count)
            {
                return true;
            }
            var gap = pattern.Gaps[index - 1];
            var segmentEnd = source.Segments[segment].End;
            var bridge = gap.IsEllipsis ? source.BridgeOf(segment) : -1;
            var searchEnd = bridge >= 0 ? source.Segments[bridge].End : segmentEnd;
            foreach (var start in ExactSearch.Occurrences(text, pieces[index].Pattern, prevEnd, searchEnd))
            {
                if (--budget < 0)
                {
                    return false;
                }
                var end = start + pieces[index].Text.Length;
                var at = segment;
                if (end > segmentEnd)
                {
                    if (start < source.Segments[bridge].Start)
                    {
                        continue; // in the interjection, or across a label
                    }
                    at = bridge;
                }
                if (!gap.IsEllipsis && WordCount(text, prevEnd, start) > options.MaxInsertionWords)
                {
                    return false; // later occurrences only hold more words
                }
                starts[index] = start;
                if (Place(index + 1, end, at))
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>
    /// Words (space-separated tokens holding a letter or digit) in text[start, end), but no more than <paramref name="cap"/>:
    /// a bridge asks only whether the words between two turns exceed its limit, and a long turn need not be read to its end for that.
    /// </summary>
    internal static int WordCount(string text, int start, int end, int cap = int.MaxValue)
    {
        var count = 0;
        var i = start;
        while (i < end && count < cap)
        {
            var space = text.AsSpan(i, end - i).IndexOf(' ');
            var tokenEnd = space < 0 ? end : i + space;
            for (var k = i; k < tokenEnd; k++)
            {
                if (WordBoundaries.IsWordChar(text[k]))
                {
                    count++;
                    break;
                }
            }
            i = tokenEnd + 1;
        }
        return count;
    }

    private static QuoteMatch BuildExact(QuotePattern pattern, SearchableSource source, int[] starts, SpokenSource? spoken = null)
    {
        var pieces = new List<PieceMatch>();
        for (var i = 0; i < starts.Length; i++)
        {
            var span = new TextSpan(starts[i], pattern.Pieces[i].Text.Length);
            pieces.Add(Piece(pattern.Pieces[i].QuoteSpan, pattern, source, span, 0));
        }
        var omissions = new List<Omission>();
        var insertions = new List<InsertionMatch>();
        foreach (var gap in new[] { pattern.LeadingGap }.Where(g => g is not null))
        {
            insertions.AddRange(gap!.Insertions.Select(ins => new InsertionMatch(ins, null, "")));
        }
        for (var i = 0; i < pattern.Gaps.Count; i++)
        {
            var gap = pattern.Gaps[i];
            var between = Trim(source.Text, TextSpan.FromBounds(pieces[i].NormalizedSourceSpan.End, pieces[i + 1].NormalizedSourceSpan.Start));
            var file = between.IsEmpty ? new TextSpan(source.ToFile(new TextSpan(between.Start, 0)).Start, 0) : source.ToFile(between);
            var words = source.PlainTextOf(between);
            if (gap.IsEllipsis)
            {
                omissions.Add(Omit(source, gap, file, words, pieces[i].NormalizedSourceSpan, pieces[i + 1].NormalizedSourceSpan));
                insertions.AddRange(gap.Insertions.Select(ins => new InsertionMatch(ins, null, "")));
            }
            else
            {
                // Several insertions in one gap share its words: each is reported with all of them.
                insertions.AddRange(gap.Insertions.Select(ins => new InsertionMatch(ins, file, words)));
            }
        }
        if (pattern.TrailingGap is { } trailing)
        {
            insertions.AddRange(trailing.Insertions.Select(ins => new InsertionMatch(ins, null, "")));
        }
        var passage = TextSpan.FromBounds(pieces[0].NormalizedSourceSpan.Start, pieces[^1].NormalizedSourceSpan.End);
        var dropped = spoken is null
            ? []
            : pieces.SelectMany(p => spoken.Within(p.SourceSpan))
                .Select(d => new DroppedWords(d.Kind, d.CoreSpan, spoken.Original.PlainTextOf(d.NormalizedCore)))
                .ToList();
        var altered = pattern.HasAlterations || dropped.Any(d => !d.IsSilent) || omissions.Any(o => o.Interjections.Count > 0);
        return new QuoteMatch
        {
            Outcome = altered ? MatchOutcome.ExactWithAlterations : MatchOutcome.Exact,
            Similarity = 1,
            Distance = 0,
            Pieces = pieces,
            Passage = source.ToFile(passage),
            NormalizedPassage = passage,
            PassageText = source.PlainTextOf(passage),
            Segment = source.SegmentOf(passage),
            Omissions = omissions,
            Insertions = insertions,
            Dropped = dropped,
            QuoteCore = pattern.CoreArticleSpan,
        };
    }

    /// <summary>
    /// What an ellipsis between two exact pieces left out. Across an interjection: the speaker's own words
    /// left out (the rest of one turn, the start of the next; empty when they hold no word) and the other
    /// speakers' turns in between.
    /// </summary>
    private static Omission Omit(SearchableSource source, QuoteGap gap, TextSpan file, string words, TextSpan before, TextSpan after)
    {
        var from = source.SegmentOf(before);
        var to = source.SegmentOf(after);
        if (from < 0 || to <= from)
        {
            return new Omission(gap, file, words);
        }
        var own = new[]
        {
            Trim(source.Text, TextSpan.FromBounds(before.End, source.Segments[from].End)),
            Trim(source.Text, TextSpan.FromBounds(source.Segments[to].Start, after.Start)),
        }.Where(s => !s.IsEmpty && WordCount(source.Text, s.Start, s.End) > 0).Select(source.PlainTextOf);
        var interjections = Enumerable.Range(from + 1, to - from - 1)
            .Select(s => new Interjection(source.ToFile(source.Segments[s]), source.TurnOf(s)?.Label ?? string.Empty, source.PlainTextOf(source.Segments[s])))
            .ToList();
        return new Omission(gap, file, string.Join(" … ", own)) { Interjections = interjections };
    }

    // ---------------------------------------------------------------- approximate

    /// <summary>An approximate candidate: per matched stretch, its quote span, source span and distance.</summary>
    private sealed record Candidate(List<(TextSpan Quote, TextSpan Source, int Distance, PatternText Pattern)> Parts, int Length)
    {
        public int Distance => Parts.Sum(p => p.Distance);

        public double Similarity => 1.0 - (double)Distance / Length;
    }

    private static int Threshold(int length, MatchOptions options) =>
        (int)Math.Floor((1 - options.MisquoteSimilarity) * length + 1e-9);

    private static Candidate? MatchJoined(QuotePattern pattern, SearchableSource source, MatchOptions options)
    {
        var joined = pattern.Joined();
        var found = ApproximateAnywhere(source, joined, Threshold(joined.Length, options));
        if (found is null)
        {
            return null;
        }
        var quote = TextSpan.FromBounds(pattern.Pieces[0].QuoteSpan.Start, pattern.Pieces[^1].QuoteSpan.End);
        return new Candidate([(quote, found.Value.Span, found.Value.Distance, joined)], joined.Length);
    }

    private static Candidate? MatchPieces(QuotePattern pattern, SearchableSource source, MatchOptions options)
    {
        var text = source.Text;
        var pieces = pattern.Pieces;
        var anchor = 0;
        for (var i = 1; i < pieces.Count; i++)
        {
            if (pieces[i].Text.Length > pieces[anchor].Text.Length)
            {
                anchor = i;
            }
        }
        var found = new (TextSpan Span, int Distance)?[pieces.Count];
        found[anchor] = ApproximateAnywhere(source, pieces[anchor].Pattern, Threshold(pieces[anchor].Text.Length, options));
        if (found[anchor] is null)
        {
            return null;
        }
        var segment = source.SegmentOf(found[anchor]!.Value.Span);
        if (segment < 0)
        {
            return null;
        }
        var bounds = source.Segments[segment];
        for (var i = anchor + 1; i < pieces.Count; i++)
        {
            var from = found[i - 1]!.Value.Span.End;
            found[i] = Approximate(text, pieces[i].Pattern, from, bounds.End, Threshold(pieces[i].Text.Length, options), preferLast: false);
            if (found[i] is null)
            {
                return null;
            }
        }
        for (var i = anchor - 1; i >= 0; i--)
        {
            var to = found[i + 1]!.Value.Span.Start;
            found[i] = Approximate(text, pieces[i].Pattern, bounds.Start, to, Threshold(pieces[i].Text.Length, options), preferLast: true);
            if (found[i] is null)
            {
                return null;
            }
        }
        for (var i = 0; i + 1 < pieces.Count; i++)
        {
            if (!pattern.Gaps[i].IsEllipsis
                && WordCount(text, found[i]!.Value.Span.End, found[i + 1]!.Value.Span.Start) > options.MaxInsertionWords)
            {
                return null;
            }
        }
        var parts = pieces.Select((p, i) => (p.QuoteSpan, found[i]!.Value.Span, found[i]!.Value.Distance, p.Pattern)).ToList();
        return new Candidate(parts, pattern.Length);
    }

    /// <summary>
    /// The closest passage in the whole source, or, in a confined source (a transcript), the closest
    /// inside one turn (the first on a tie), so that a passage never takes in a speaker's label.
    /// </summary>
    private static (TextSpan Span, int Distance)? ApproximateAnywhere(SearchableSource source, PatternText pattern, int k) =>
        source.Closest(pattern, k, () => SearchAnywhere(source, pattern, k));

    /// <param name="screen">Whether a transcript's turns are first screened as one text (tests compare with and without).</param>
    internal static (TextSpan Span, int Distance)? SearchAnywhere(SearchableSource source, PatternText pattern, int k, bool screen = true)
    {
        if (!source.Confined)
        {
            return Approximate(source.Text, pattern, 0, source.Text.Length, k, preferLast: false);
        }
        (TextSpan Span, int Distance)? best = null;
        // One table for the pattern, searched turn after turn (a transcript has thousands); only the turns where the
        // screen of the whole text leaves an end open (a turn searched alone never comes closer than the whole text).
        using var prepared = MyersSearch.Prepare(pattern);
        var open = screen ? prepared.OpenEnds(source.Text, k) : null;
        var next = 0;
        var around = open is null ? null : new List<(int Start, int End)>();
        foreach (var segment in source.Segments)
        {
            // A passage's distance is taken again once it is widened to whole words, so the bound for the turns after it
            // (one less) may exceed k: the screen, made at k, then rules nothing out.
            var bound = best is { } b ? b.Distance - 1 : k;
            var screened = open is not null && bound <= k;
            if (screened)
            {
                // Ends of a passage inside the segment lie in (Start, End].
                while (next < open!.Count && open[next].Last <= segment.Start)
                {
                    next++;
                }
                if (!Holds(open, next, segment))
                {
                    continue;
                }
                Around(open, next, segment, pattern.Length + k, around!);
            }
            var found = Approximate(source.Text, pattern, segment.Start, segment.End, bound, preferLast: false, prepared, screened ? around : null);
            if (found is not null && (best is null || found.Value.Distance < best.Value.Distance))
            {
                best = found;
            }
        }
        return best;
    }

    /// <summary>
    /// The stretches of <paramref name="segment"/> (in its own offsets) to scan for ends in the open ranges from <paramref name="from"/> on:
    /// each range's ends inside the segment, with the <paramref name="reach"/> (m + k: no passage within k is longer) characters before them.
    /// </summary>
    private static void Around(List<(int First, int Last)> open, int from, TextSpan segment, int reach, List<(int Start, int End)> around)
    {
        around.Clear();
        for (var i = from; i < open.Count && open[i].First <= segment.End; i++)
        {
            var (first, last) = open[i];
            var start = Math.Max(segment.Start, first - reach);
            var end = Math.Min(segment.End, last);
            if (last > segment.Start && end > start)
            {
                around.Add((start - segment.Start, end - segment.Start));
            }
        }
    }

    /// <summary>Whether a range of open ends from <paramref name="from"/> on (sorted by first end) meets (segment.Start, segment.End].</summary>
    private static bool Holds(List<(int First, int Last)> open, int from, TextSpan segment)
    {
        // Ranges are sorted by their first end only, and may overlap: any range starting by the segment's end may reach it.
        for (var i = from; i < open.Count && open[i].First <= segment.End; i++)
        {
            if (open[i].Last > segment.Start)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The closest passage to <paramref name="pattern"/> inside text[from, to), within distance
    /// <paramref name="k"/>, widened to whole words (but kept inside the range), with its distance.
    /// </summary>
    /// <param name="around">With <paramref name="prepared"/>: the only stretches of the range (in its own offsets) where a passage within
    /// <paramref name="k"/> may end, each with the m + k characters before its ends (a transcript's turn, where the screen of the whole
    /// text left ends open): only they are scanned, for the same ends (<see cref="MyersSearch.Prepared.SearchAround"/>).</param>
    private static (TextSpan Span, int Distance)? Approximate(string text, PatternText pattern, int from, int to, int k, bool preferLast,
        MyersSearch.Prepared? prepared = null, List<(int Start, int End)>? around = null)
    {
        if (to <= from)
        {
            return null;
        }
        var window = text.AsSpan(from, to - from);
        var ends = prepared is null ? MyersSearch.Search(window, pattern, k)
            : around is null ? prepared.Search(window, k)
            : prepared.SearchAround(window, k, around);
        if (!ends.Found)
        {
            return null;
        }
        var end = preferLast ? ends.LastEnd : ends.FirstEnd;
        var start = Alignment.BestStart(window, pattern, end, ends.Distance);
        var (wideStart, wideEnd) = WordBoundaries.Expand(window, start, end);
        var distance = wideStart == start && wideEnd == end
            ? ends.Distance
            : Alignment.Distance(pattern, window[wideStart..wideEnd]);
        return (TextSpan.FromBounds(from + wideStart, from + wideEnd), distance);
    }

    private static QuoteMatch BuildClose(QuotePattern pattern, SearchableSource source, Candidate candidate, MatchOptions options)
    {
        // Each stretch reaches the quote's first and last words where the closest one stops short (EdgeWords),
        // inside its segment and without running into its neighbours; the similarity stays the closest one's.
        var spans = candidate.Parts.Select(p => p.Source).ToArray();
        for (var i = 0; i < spans.Length; i++)
        {
            var part = candidate.Parts[i];
            var segment = source.SegmentOf(part.Source);
            var lo = Math.Max(i > 0 ? spans[i - 1].End : 0, segment >= 0 ? source.Segments[segment].Start : 0);
            var hi = Math.Min(i + 1 < spans.Length ? spans[i + 1].Start : source.Text.Length, segment >= 0 ? source.Segments[segment].End : source.Text.Length);
            if (hi <= lo || !TextSpan.FromBounds(lo, hi).Contains(part.Source))
            {
                continue;
            }
            var window = source.Text.AsSpan(lo, hi - lo);
            var (start, end, _) = EdgeWords.Reach(window, part.Pattern, part.Source.Start - lo, part.Source.End - lo, part.Distance, Threshold(part.Pattern.Length, options));
            spans[i] = TextSpan.FromBounds(lo + start, lo + end);
        }
        var pieces = candidate.Parts.Select((p, i) => Piece(p.Quote, pattern, source, spans[i], p.Distance)).ToList();
        var passage = TextSpan.FromBounds(pieces[0].NormalizedSourceSpan.Start, pieces[^1].NormalizedSourceSpan.End);

        // The fix: the core as written, each matched stretch replaced by the source's words.
        var quote = pattern.Normalized.Text;
        var replacement = new StringBuilder();
        var position = pattern.Core.Start;
        foreach (var piece in pieces)
        {
            replacement.Append(quote, position, piece.QuoteSpan.Start - position);
            replacement.Append(piece.SourceText);
            position = piece.QuoteSpan.End;
        }
        replacement.Append(quote, position, Math.Max(0, pattern.Core.End - position));

        return new QuoteMatch
        {
            Outcome = MatchOutcome.Close,
            Similarity = candidate.Similarity,
            Distance = candidate.Distance,
            Pieces = pieces,
            Passage = source.ToFile(passage),
            NormalizedPassage = passage,
            PassageText = source.PlainTextOf(passage),
            Segment = source.SegmentOf(passage),
            QuoteCore = pattern.CoreArticleSpan,
            Replacement = replacement.ToString(),
        };
    }

    // ---------------------------------------------------------------- shared

    private static PieceMatch Piece(TextSpan quoteSpan, QuotePattern pattern, SearchableSource source, TextSpan normalized, int distance) =>
        new(quoteSpan, pattern.Normalized.ToOriginal(quoteSpan), source.ToFile(normalized), normalized, source.PlainTextOf(normalized), distance);

    private static QuoteMatch NotFound(QuotePattern pattern, double similarity) => new()
    {
        Outcome = MatchOutcome.NotFound,
        Similarity = similarity,
        Distance = -1,
        QuoteCore = pattern.CoreArticleSpan,
    };

    private static TextSpan Trim(string text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && text[start] == ' ')
        {
            start++;
        }
        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }
        return TextSpan.FromBounds(start, end);
    }
}
