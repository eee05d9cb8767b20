using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace FactLsp.Tests.Import;

/// <summary>PDFs made with PdfPig's builder, as ministries publish them: a running header and a page footer on each page.</summary>
public static class TestPdfs
{
    public const string Header = "MINISTRY OF FOREIGN AFFAIRS - PRESS RELEASE No. 14/2024";

    public static readonly string[][] Pages =
    [
        [
            "Statement on the ceasefire talks in Geneva",
            "The Ministry welcomes the resumption of talks between the parties in Geneva and thanks the host country for its efforts over the past weeks.",
            "\u201CWe call on all parties to return to the negotiating table without preconditions,\u201D Foreign Minister Anna Lindqvist said on Tuesday. \u201CThere is no military solution to this conflict.\u201D",
            "The Ministry will continue to support humanitarian access to the affected regions and has released an additional four million euros for the World Food Programme, which will be spent on",
        ],
        [
            "deliveries of flour and cooking oil to the besieged towns before the winter.",
            "Lindqvist said the talks would be judged by their results. \u201CPromises are not enough. We want to see the checkpoints open and the convoys moving,\u201D she said.",
            "The next round of talks is expected to begin on 3 March.",
        ],
    ];

    /// <summary>Two pages, each with the header at the top and "Page n of 2" at the bottom; a paragraph runs on over the page break.</summary>
    public static byte[] TwoPagesWithHeaders()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        for (var p = 0; p < Pages.Length; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText(Header, 9, new PdfPoint(60, 800), bold);
            var y = 740.0;
            foreach (var paragraph in Pages[p])
            {
                foreach (var line in Wrap(paragraph, 85))
                {
                    page.AddText(line, 11, new PdfPoint(60, y), font);
                    y -= 14;
                }
                y -= 16;
            }
            page.AddText($"Page {p + 1} of {Pages.Length}", 9, new PdfPoint(280, 40), font);
        }
        return builder.Build();
    }

    /// <summary>A scanned page: drawn shapes, no text.</summary>
    public static byte[] WithoutTextLayer()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(60, 600), 400, 150, 2);
        page.DrawLine(new PdfPoint(60, 580), new PdfPoint(460, 580), 1);
        return builder.Build();
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }
        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
