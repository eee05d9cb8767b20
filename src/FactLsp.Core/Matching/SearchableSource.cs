using System.Collections.Concurrent;
using System.Text;
using FactLsp.Core.Text;

namespace FactLsp.Core.Matching;

/// <summary>Whose turn a segment is.</summary>
/// <param name="Speaker">Who speaks, as a key two turns of one speaker share (a speaker id, or the label
/// when it names nobody known); null when it cannot be told (an unnamed questioner).</param>
/// <param name="Label">The label as printed ("QUESTION"), for naming an interjection.</param>
public sealed record SegmentTurn(string? Speaker, string Label);

/// <summary>
/// A source made ready for matching: its normalized text (mapped to the source file) and its
/// segments (paragraphs, or transcript turns) in normalized coordinates. Build it once per
/// source version and cache it: building is linear in the text; matching reads it only, so one
/// instance may serve concurrent matches.
/// </summary>
/// <remarks>
/// No index beyond the text: exact pieces are found with the vectorized ordinal
/// <see cref="MemoryExtensions.IndexOf{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/> and near passages
/// with the bit-parallel <see cref="MyersSearch"/>, both linear scans fast enough for a 1 MB
/// source. Extra memory is the normalized string (2 bytes a char, as any copy) plus the map's
/// runs (12 bytes per fold: a few per line break) and the segment list; no q-gram tables.
/// </remarks>
public sealed class SearchableSource
{
    private readonly TextSpan[] _segments;

    // The closest passages already found, by pattern: an edit re-checks every quote of its article,
    // and all but the one being typed ask again what this (unchanged, shared) source was asked before.
    private readonly ConcurrentDictionary<(string Text, string CaseFree, int K), (TextSpan Span, int Distance)?> _closest = new();
    private const int ClosestCacheLimit = 4096;

    private readonly SegmentTurn?[] _turns;
    private readonly int[] _bridges;
    private readonly Lazy<SpokenSource?> _spoken;

    private SearchableSource(PlainDocument document, MappedText normalized, TextSpan[] segments, bool confined,
        SegmentTurn?[] turns, int[] bridges, SpokenAllowances spoken)
    {
        Document = document;
        Normalized = normalized;
        _segments = segments;
        Confined = confined;
        _turns = turns;
        _bridges = bridges;
        Allowances = spoken;
        _spoken = new Lazy<SpokenSource?>(() => spoken == SpokenAllowances.None ? null : SpokenSource.Build(this, spoken));
    }

    /// <summary>Which editing of spoken words the source allows (a transcript, statement or speech).</summary>
    public SpokenAllowances Allowances { get; }

    /// <summary>
    /// The source's words without stage directions, fillers, repeated words and false starts, built on
    /// first use; null when the source allows no such editing or has none.
    /// </summary>
    public SpokenSource? Spoken => _spoken.Value;

    /// <summary>The turn of segment <paramref name="segment"/>, when the segments are transcript turns.</summary>
    public SegmentTurn? TurnOf(int segment) => segment >= 0 && segment < _turns.Length ? _turns[segment] : null;

    /// <summary>
    /// The segment an ellipsis may reach from <paramref name="segment"/> across an interjection (spec §5):
    /// the same speaker's next turn, when only other speakers' turns of <see cref="MaxInterjectionWords"/>
    /// words or fewer in all lie between; else -1.
    /// </summary>
    public int BridgeOf(int segment) => segment >= 0 && segment < _bridges.Length ? _bridges[segment] : -1;

    /// <summary>The most words other speakers may say in an interjection an ellipsis bridges.</summary>
    public const int MaxInterjectionWords = 25;

    /// <summary>The same source over its cleaned spoken words: same document, turns and bridges.</summary>
    internal SearchableSource Cleaned(MappedText cleaned, TextSpan[] segments) =>
        new(Document, cleaned, segments, Confined, _turns, _bridges, SpokenAllowances.None);

    /// <summary>
    /// The closest passage to <paramref name="pattern"/> within distance <paramref name="k"/>, as
    /// <paramref name="search"/> finds it, remembered: the search is a pure function of the pattern,
    /// the bound and this source's text.
    /// </summary>
    internal (TextSpan Span, int Distance)? Closest(PatternText pattern, int k, Func<(TextSpan Span, int Distance)?> search)
    {
        var key = (pattern.Text, new string(Array.ConvertAll(pattern.CaseFree, free => free ? '1' : '0')), k);
        if (_closest.TryGetValue(key, out var known))
        {
            return known;
        }
        if (_closest.Count >= ClosestCacheLimit)
        {
            _closest.Clear(); // A bound, not an eviction policy: a whole-workspace check asks each quote once.
        }
        var found = search();
        _closest[key] = found;
        return found;
    }

    /// <summary>The source as the parser produced it.</summary>
    public PlainDocument Document { get; }

    /// <summary>The normalized text, mapped to the source file.</summary>
    public MappedText Normalized { get; }

    public string Text => Normalized.Text;

    /// <summary>Paragraphs or turns, in normalized coordinates, in order, trimmed of edge spaces.</summary>
    public IReadOnlyList<TextSpan> Segments => _segments;

    /// <summary>
    /// Whether a close passage must lie inside one segment: true for transcript turns, where the text
    /// between segments is a speaker's label, not anyone's words.
    /// </summary>
    public bool Confined { get; }

    /// <summary>
    /// Prepares <paramref name="document"/>. <paramref name="segments"/> (in the document's plain
    /// text coordinates) are the units an ellipsis may not cross: transcript turns for a
    /// transcript; by default the document's paragraphs; the whole text when there are none.
    /// <paramref name="confined"/>: close passages stay inside one segment too (see <see cref="Confined"/>).
    /// </summary>
    /// <param name="turns">For transcript turns, each segment's speaker (parallel to <paramref name="segments"/>): an
    /// ellipsis may bridge another speaker's short interjection between two turns of the same speaker.</param>
    /// <param name="spoken">Which editing of spoken words the source allows.</param>
    public static SearchableSource Create(PlainDocument document, IReadOnlyList<TextSpan>? segments = null, bool confined = false,
        IReadOnlyList<SegmentTurn>? turns = null, SpokenAllowances spoken = SpokenAllowances.None)
    {
        var normalized = TextNormalizer.Normalize(document.Text);
        if (turns is not null && (segments is null || turns.Count != segments.Count))
        {
            throw new ArgumentException("One turn per segment.", nameof(turns));
        }
        segments ??= document.Paragraphs;
        var mapped = new List<(TextSpan Span, SegmentTurn? Turn)>(segments.Count);
        for (var index = 0; index < segments.Count; index++)
        {
            var segment = segments[index];
            var file = document.Text.ToOriginal(segment);
            var start = normalized.FromOriginal(file.Start);
            var end = normalized.FromOriginal(file.End);
            while (start < end && normalized.Text[start] == ' ')
            {
                start++;
            }
            while (end > start && normalized.Text[end - 1] == ' ')
            {
                end--;
            }
            if (end > start)
            {
                mapped.Add((TextSpan.FromBounds(start, end), turns?[index]));
            }
        }
        if (mapped.Count == 0)
        {
            mapped.Add((new TextSpan(0, normalized.Length), null));
        }
        mapped.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var spans = mapped.Select(m => m.Span).ToArray();
        var segmentTurns = mapped.Select(m => m.Turn).ToArray();
        return new SearchableSource(document, normalized, spans, confined && segments.Count > 0,
            segmentTurns, Bridges(normalized.Text, spans, segmentTurns), spoken);
    }

    private static int[] Bridges(string text, TextSpan[] segments, SegmentTurn?[] turns)
    {
        var bridges = new int[segments.Length];
        // Each segment's words, counted once: a turn lies between many pairs of another speaker's turns.
        var counts = new int[segments.Length];
        Array.Fill(counts, -1);
        for (var i = 0; i < segments.Length; i++)
        {
            bridges[i] = -1;
            if (turns[i]?.Speaker is not { } speaker)
            {
                continue;
            }
            var words = 0;
            for (var j = i + 1; j < segments.Length && words <= MaxInterjectionWords; j++)
            {
                if (turns[j]?.Speaker == speaker)
                {
                    bridges[i] = j;
                    break;
                }
                if (counts[j] < 0)
                {
                    counts[j] = QuoteMatcher.WordCount(text, segments[j].Start, segments[j].End, MaxInterjectionWords + 1);
                }
                words += counts[j];
            }
        }
        return bridges;
    }

    /// <summary>
    /// A plain-text source (no markup): paragraphs are separated by blank lines. Handy for
    /// <c>.txt</c> sources and tests; Markdown sources come through the parser's <see cref="PlainDocument"/>.
    /// </summary>
    public static SearchableSource FromPlainText(string text, int origin = 0) =>
        Create(new PlainDocument(MappedText.Identity(text, origin), Syntax.PlainTextDocument.Paragraphs(text), []));

    /// <summary>The index of the segment holding all of <paramref name="span"/> (normalized), or -1.</summary>
    public int SegmentOf(TextSpan span)
    {
        int lo = 0, hi = _segments.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_segments[mid].Start <= span.Start)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found >= 0 && _segments[found].Contains(span) ? found : -1;
    }

    /// <summary>A normalized span in source file offsets.</summary>
    public TextSpan ToFile(TextSpan normalizedSpan) => Normalized.ToOriginal(normalizedSpan);

    /// <summary>
    /// The source's own words for a normalized span: its plain text (markup removed, quote marks
    /// and dashes as the source prints them), with white space runs shown as one space.
    /// </summary>
    public string PlainTextOf(TextSpan normalizedSpan)
    {
        if (normalizedSpan.IsEmpty)
        {
            return string.Empty;
        }
        var file = ToFile(normalizedSpan);
        var plain = Document.Text;
        var start = plain.FromOriginal(file.Start);
        var end = Math.Max(start, plain.FromOriginal(file.End));
        var builder = new StringBuilder(end - start);
        var space = false;
        for (var i = start; i < end; i++)
        {
            var c = plain.Text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
