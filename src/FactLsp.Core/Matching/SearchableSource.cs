using System.Collections.Concurrent;
using System.Text;
using FactLsp.Core.Text;

namespace FactLsp.Core.Matching;

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

    private SearchableSource(PlainDocument document, MappedText normalized, TextSpan[] segments, bool confined)
    {
        Document = document;
        Normalized = normalized;
        _segments = segments;
        Confined = confined;
    }

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
    public static SearchableSource Create(PlainDocument document, IReadOnlyList<TextSpan>? segments = null, bool confined = false)
    {
        var normalized = TextNormalizer.Normalize(document.Text);
        segments ??= document.Paragraphs;
        var mapped = new List<TextSpan>(segments.Count);
        foreach (var segment in segments)
        {
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
                mapped.Add(TextSpan.FromBounds(start, end));
            }
        }
        if (mapped.Count == 0)
        {
            mapped.Add(new TextSpan(0, normalized.Length));
        }
        mapped.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new SearchableSource(document, normalized, mapped.ToArray(), confined && segments.Count > 0);
    }

    /// <summary>
    /// A plain-text source (no markup): paragraphs are separated by blank lines. Handy for
    /// <c>.txt</c> sources and tests; Markdown sources come through the parser's <see cref="PlainDocument"/>.
    /// </summary>
    public static SearchableSource FromPlainText(string text, int origin = 0)
    {
        var paragraphs = new List<TextSpan>();
        var lines = new LineMap(text);
        var start = -1;
        var end = 0;
        for (var line = 0; line < lines.LineCount; line++)
        {
            var lineStart = lines.LineStart(line);
            var lineEnd = lines.LineEnd(line);
            var blank = text.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace();
            if (blank)
            {
                if (start >= 0)
                {
                    paragraphs.Add(TextSpan.FromBounds(start, end));
                    start = -1;
                }
            }
            else
            {
                if (start < 0)
                {
                    start = lineStart;
                }
                end = lineEnd;
            }
        }
        if (start >= 0)
        {
            paragraphs.Add(TextSpan.FromBounds(start, end));
        }
        return Create(new PlainDocument(MappedText.Identity(text, origin), paragraphs, []));
    }

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
