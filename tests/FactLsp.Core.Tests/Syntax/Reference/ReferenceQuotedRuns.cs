// A verbatim copy of the parser as it was before the speed work of issue 11 (main at 2872536), kept
// as the reference the faster parser is compared with on random Markdown (ParserEquivalenceTests).
// Do not optimise it: its worth is that it is the old, simple behaviour.
using FactLsp.Core.Syntax;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Syntax.Reference;

internal static class ReferenceQuotedRuns
{
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
        var open = -1;
        var openMark = '\0';
        var tainted = false;
        // Annotation contents are masked out; passing the start of one while a run is open taints the run.
        var masked = new bool[paragraph.Length];
        var starts = new HashSet<int>();
        foreach (var e in excluded)
        {
            if (e.Start < paragraph.Start || e.Start > paragraph.End)
            {
                continue;
            }
            starts.Add(e.Start);
            for (var k = e.Start; k < Math.Min(e.End, paragraph.End); k++)
            {
                masked[k - paragraph.Start] = true;
            }
        }
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            if (open >= 0 && starts.Contains(i))
            {
                tainted = true;
            }
            if (masked[i - paragraph.Start])
            {
                continue;
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
                    yield return new QuotedRun(
                        plain.ToOriginal(TextSpan.FromBounds(open, i + 1)),
                        innerText,
                        CountWords(innerText.Text),
                        TextSpan.FromBounds(open, i + 1));
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
        }
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
