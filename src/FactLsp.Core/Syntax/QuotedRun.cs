using System.Buffers;
using FactLsp.Core.Text;

namespace FactLsp.Core.Syntax;

/// <summary>
/// Text in double quotation marks outside any annotation: what <c>unattributed-quote</c> looks at.
/// </summary>
/// <param name="Span">The quoted text with its marks, in file offsets.</param>
/// <param name="Inner">The plain text between the marks, mapped to the file.</param>
/// <param name="WordCount">Words in <paramref name="Inner"/>: white-space separated pieces holding a letter or a digit.</param>
/// <param name="PlainSpan">The quoted text with its marks in the plain document's coordinates.</param>
public sealed record QuotedRun(TextSpan Span, MappedText Inner, int WordCount, TextSpan PlainSpan)
{
    public string Text => Inner.Text;

    /// <summary>Finds the runs of one paragraph of a plain text. Marks inside <paramref name="excluded"/> spans (annotation contents) are not marks.</summary>
    /// <remarks>
    /// “…” and „…“ / „…” pair; a straight " opens and the next straight " closes. A run that is never
    /// closed within the paragraph, or a closing mark with no opening, gives nothing: unbalanced marks
    /// are typos or multi-paragraph quotations, not a short quote to attribute. A run that contains an
    /// annotation is skipped: the writer has marked up (part of) it already.
    /// </remarks>
    public static IEnumerable<QuotedRun> Find(MappedText plain, TextSpan paragraph, IReadOnlyList<TextSpan> excluded)
    {
        var text = plain.Text;
        var runs = new List<QuotedRun>();
        var open = -1;
        var openMark = '\0';
        var tainted = false;
        // Annotation contents are masked out; passing the start of one while a run is open taints the run.
        // Only those points matter, and the marks: the scan jumps from one to the next.
        var (starts, masks) = Exclusions(paragraph, excluded);
        var s = 0;
        var m = 0;
        var i = paragraph.Start;
        var end = paragraph.End;
        while (i < end)
        {
            while (s < starts.Length && starts[s] < i)
            {
                s++;
            }
            while (m < masks.Length && masks[m].End <= i)
            {
                m++;
            }
            var atStart = s < starts.Length && starts[s] == i;
            // Masks are sorted by start: if the first one left has not begun, none has.
            var masked = m < masks.Length && masks[m].Start <= i;
            if (atStart || masked)
            {
                if (open >= 0 && atStart)
                {
                    tainted = true;
                }
                if (masked)
                {
                    i++;
                    continue;
                }
            }
            else
            {
                var next = Math.Min(end, Math.Min(s < starts.Length ? starts[s] : end, m < masks.Length ? masks[m].Start : end));
                var found = text.AsSpan(i, next - i).IndexOfAny(Marks);
                if (found < 0)
                {
                    i = next;
                    continue;
                }
                i += found;
            }

            var c = text[i];
            if (open < 0)
            {
                if (c is '“' or '„' or '"')
                {
                    open = i;
                    openMark = c;
                    tainted = false;
                }
            }
            else if (IsCloser(openMark, c))
            {
                if (!tainted)
                {
                    var inner = TextSpan.FromBounds(open + 1, i);
                    var innerText = plain.Slice(inner);
                    runs.Add(new QuotedRun(
                        plain.ToOriginal(TextSpan.FromBounds(open, i + 1)),
                        innerText,
                        CountWords(innerText.Text),
                        TextSpan.FromBounds(open, i + 1)));
                }
                open = -1;
            }
            else if (c is '“' or '„')
            {
                // A second opening mark: the first one was never closed, start again from here.
                open = i;
                openMark = c;
                tainted = false;
            }
            i++;
        }
        return runs;
    }

    /// <summary>Every character that can open or close a run; the scan stops at nothing else.</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create("“”„\"");

    /// <summary>The exclusions that start in the paragraph: their starts, and the characters they mask (sorted by start).</summary>
    private static (int[] Starts, TextSpan[] Masks) Exclusions(TextSpan paragraph, IReadOnlyList<TextSpan> excluded)
    {
        if (excluded.Count == 0)
        {
            return ([], []);
        }
        var starts = new List<int>(excluded.Count);
        var masks = new List<TextSpan>(excluded.Count);
        foreach (var e in excluded)
        {
            if (e.Start < paragraph.Start || e.Start > paragraph.End)
            {
                continue;
            }
            starts.Add(e.Start);
            var maskEnd = Math.Min(e.End, paragraph.End);
            if (maskEnd > e.Start)
            {
                masks.Add(TextSpan.FromBounds(e.Start, maskEnd));
            }
        }
        starts.Sort();
        masks.Sort((a, b) => a.Start.CompareTo(b.Start));
        return (starts.ToArray(), masks.ToArray());
    }

    private static bool IsCloser(char openMark, char c) => openMark switch
    {
        '"' => c == '"',
        '„' => c is '“' or '”',
        _ => c == '”',
    };

    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        var hasLetter = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inWord && hasLetter)
                {
                    count++;
                }
                inWord = false;
                hasLetter = false;
                continue;
            }
            inWord = true;
            hasLetter |= char.IsLetterOrDigit(c);
        }
        return inWord && hasLetter ? count + 1 : count;
    }
}
