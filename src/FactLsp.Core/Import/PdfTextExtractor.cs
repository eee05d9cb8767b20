using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;
using PdfBlock = UglyToad.PdfPig.DocumentLayoutAnalysis.TextBlock;

namespace FactLsp.Core.Import;

/// <summary>
/// A PDF's text with PdfPig: words, then Docstrum's blocks in reading order, each block a paragraph
/// (its lines joined with spaces; a line ending in a hyphen joins the next without one). Each page
/// starts with a page marker, so a passage's page can be told; a header or footer repeated on the
/// pages (a running title, "Page 2 of 9") is dropped, and a paragraph that runs on over a page
/// break is joined. A PDF without a text layer (a scan) is refused.
/// </summary>
public static partial class PdfTextExtractor
{
    public static ExtractedText Extract(byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes);
            var pages = new List<List<string>>();
            foreach (var page in document.GetPages())
            {
                var words = page.GetWords(NearestNeighbourWordExtractor.Instance).ToList();
                if (words.Count == 0)
                {
                    pages.Add([]);
                    continue;
                }
                var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
                var ordered = UnsupervisedReadingOrderDetector.Instance.Get(blocks);
                pages.Add(ordered.Select(JoinLines).Where(p => p.Length > 0).ToList());
            }
            if (pages.All(p => p.Count == 0))
            {
                throw new ImportException("a PDF without a text layer (a scan?): run it through OCR first");
            }
            DropRunningHeaders(pages);
            var info = document.Information;
            var metadata = new DocumentMetadata
            {
                Title = HtmlMetadataReader.Clean(info.Title) ?? pages.SelectMany(p => p).FirstOrDefault(p => p.Length <= 160),
                Author = HtmlMetadataReader.Clean(info.Author),
                Published = PdfDate(info.CreationDate),
            };
            return new ExtractedText(Blocks(pages), metadata);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new ImportException("an encrypted PDF: it cannot be read without its password");
        }
        catch (Exception e) when (e is UglyToad.PdfPig.Core.PdfDocumentFormatException or UglyToad.PdfPig.Fonts.InvalidFontFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            throw new ImportException($"not a readable PDF: {e.Message.Split('\n')[0].Trim()}", e);
        }
    }

    private static string JoinLines(PdfBlock block)
    {
        var text = new StringBuilder();
        foreach (var line in block.TextLines.Select(l => l.Text.Trim()).Where(l => l.Length > 0))
        {
            if (text.Length > 0 && !(text[^1] == '-' && char.IsLetter(line[0])))
            {
                text.Append(' ');
            }
            text.Append(line);
        }
        return text.ToString();
    }

    /// <summary>Page markers, then the page's paragraphs; a paragraph cut by a page break is joined on the page it starts.</summary>
    private static List<TextBlock> Blocks(List<List<string>> pages)
    {
        var result = new List<TextBlock>();
        for (var p = 0; p < pages.Count; p++)
        {
            var paragraphs = pages[p];
            var first = 0;
            if (p > 0 && paragraphs.Count > 0 && result.Count > 0 && result[^1] is { Kind: BlockKind.Paragraph } last && RunsOn(last.Text, paragraphs[0]))
            {
                result[^1] = last with { Text = last.Text + (last.Text.EndsWith('-') ? string.Empty : " ") + paragraphs[0] };
                first = 1;
            }
            result.Add(TextBlock.Page(p + 1));
            result.AddRange(paragraphs.Skip(first).Select(t => new TextBlock(BlockKind.Paragraph, t)));
        }
        return result;
    }

    private static bool RunsOn(string before, string after) =>
        before.Length > 0 && !".!?:;\"”’)]".Contains(before[^1]) && after.Length > 0 && char.IsLower(after[0]);

    /// <summary>The first or last paragraph of the pages, digits aside, the same on most pages: a header or footer, not text.</summary>
    private static void DropRunningHeaders(List<List<string>> pages)
    {
        var withText = pages.Where(p => p.Count > 1).ToList();
        if (withText.Count < 2)
        {
            return;
        }
        foreach (var pick in new Func<List<string>, int>[] { p => 0, p => p.Count - 1 })
        {
            var repeated = withText.GroupBy(p => Digitless(p[pick(p)])).Where(g => g.Count() >= Math.Max(2, (withText.Count + 1) / 2)).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var page in withText.Where(p => p.Count > 1 && repeated.Contains(Digitless(p[pick(p)]))))
            {
                page.RemoveAt(pick(page));
            }
        }
    }

    private static string Digitless(string text) => Digits().Replace(text, "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <summary>A PDF date, <c>D:YYYYMMDDHHmmSS</c> and an offset, any tail missing.</summary>
    internal static DateTimeOffset? PdfDate(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var digits = text.StartsWith("D:", StringComparison.Ordinal) ? text[2..] : text;
        digits = new string(digits.TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length < 8)
        {
            return null;
        }
        return DateTime.TryParseExact(digits[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day, TimeSpan.Zero)
            : null;
    }
}
