using CsCheck;
using FactLsp.Core.Syntax;
using FactLsp.Core.Tests.Syntax.Reference;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Syntax;

/// <summary>
/// The parser was rewritten for speed (issue 11: one walk of the tree, paragraphs written straight into
/// the plain text, quoted runs found by a vectorised scan). Its results must be the old ones exactly:
/// these tests compare it with a copy of the old parser (Reference/) on random Markdown made of the
/// pieces that matter (quotation marks, spans, emphasis, escapes, entities, comments, line endings,
/// front matter, deep nesting) and on every fixture.
/// </summary>
public sealed class ParserEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        "word ", "Said ", "two words", " ", " ", "\n", "\n", "\n\n", "\r\n", "\r", "\r\n\r\n", "  \n", "\\\n",
        "“", "”", "„", "\"", "'", "‘", "’", "“Quoted words here,” ", "\"straight one\" ", "„low“ ",
        "[", "]", "{", "}", "]{.quote by=a src=b}", "]{.claim src=s}", "]{#id .note}", "]{by=x", "]{.quote by=\"a b\"}",
        "[“Span text”]{.quote by=p src=s}", "[plain]{.term}", "[sic]", "[…]", "[link](http://x.org) ", "[ref]",
        "*", "**", "_", "__", "*em* ", "**strong** ", "`code` ", "``", "`", "![alt “q”](i.png) ", "![", "<http://auto.link> ",
        "\\*", "\\[", "\\\"", "&amp;", "&quot;", "&#x201C;", "&#x1F600;", "&bogus;", "😀", "é",
        "<!-- factlsp-disable -->", "<!-- factlsp-enable misquote -->", "<!-- factlsp-disable-next-line unattributed-quote -->",
        "\n<!-- factlsp-disable-line -->\n", "<span>", "</span>", "<b>x</b>",
        "\n# ", "\n## Heading “q” ", "\nSetext\n---\n", "\n> ", "\n> > ", "\n- ", "\n1. ", "\n    indented code\n",
        "\n```\nfenced “not a quote”\n```\n", "\n---\n", "\n***\n", "\n| a | b |\n", "\n[ref]: http://x.org\n",
    ];

    private static readonly string[] Openings =
    [
        "", "", "---\ntitle: T\n---\n", "---\r\ndate: 2020-01-01\r\n...\r\n", "\uFEFF---\nx: [1\n---\nBody", "---\nnever closed\n",
        "---\n---\n", new string('>', 120) + " deep\n", new string('*', 300) + "x" + new string('*', 300) + "\n", new string('[', 150) + "\n",
    ];

    private static Gen<string> Element(string[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);

    private static readonly Gen<string> Markdown =
        Gen.Select(Element(Openings), Element(Pieces).Array[0, 40], (opening, pieces) => opening + string.Concat(pieces));

    [Fact]
    public void Random_markdown_parses_as_the_old_parser_did()
    {
        Markdown.Sample(text => AssertSame(ReferenceMarkdownParser.Parse(text), MarkdownDocumentParser.Parse(text)), iter: 4000);
    }

    [Fact]
    public void Random_plain_text_reads_as_the_old_reader_did()
    {
        var gen = Gen.Select(Element(Openings), Element(["word", " ", "\t", "\n", "\r\n", "\r", "\n\n", "  \n", "---", "\n---\n"]).Array[0, 30],
            (opening, pieces) => opening + string.Concat(pieces));
        gen.Sample(text => AssertSame(ReferencePlainTextDocument.Parse(text), PlainTextDocument.Parse(text), text), iter: 4000);
    }

    [Fact]
    public void Line_map_finds_the_lines_the_old_loop_found()
    {
        Gen.String[Gen.Char["ab \r\n"], 0, 40].Sample(text =>
        {
            var expected = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                if (text[i] is '\r' or '\n')
                {
                    expected.Add(i + 1);
                }
            }
            var lines = new LineMap(text);
            Assert.Equal(expected, Enumerable.Range(0, lines.LineCount).Select(lines.LineStart));
        }, iter: 20000);
    }

    [Fact]
    public void Every_fixture_parses_as_the_old_parser_did()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.md", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            AssertSame(ReferenceMarkdownParser.Parse(text), MarkdownDocumentParser.Parse(text));
        }
    }

    [Theory]
    [InlineData("Text “one” and „two“ and \"three\" [“four”]{.quote by=a src=b} and “five [x]{.quote} six”.")]
    [InlineData("---\ntitle: x\n---\nA “quote” here.\n\n<!-- factlsp-disable -->\n\n“Another” one.")]
    [InlineData("“open [“inner”]{.quote by=a src=b} close”")]
    [InlineData("Emphasis *“in”* and **“strong”** and `“code”` and ![“img”](x)")]
    public void Known_cases_parse_as_the_old_parser_did(string text)
    {
        AssertSame(ReferenceMarkdownParser.Parse(text), MarkdownDocumentParser.Parse(text));
    }

    [Fact]
    public void Trees_too_deep_are_refused_as_the_old_parser_refused_them()
    {
        string[] deep =
        [
            new string('*', 700) + "x" + new string('*', 700),
            "Before “q”.\n\n" + new string('>', 300) + " deep “quote”\n",
            "A “q” [x]{.quote by=a src=b}\n\n" + string.Concat(Enumerable.Repeat("[a ", 300)) + "\n",
            "---\ntitle: t\n---\n" + string.Concat(Enumerable.Repeat("- ", 300)) + "item\n",
        ];
        foreach (var text in deep)
        {
            var expected = ReferenceMarkdownParser.Parse(text);
            AssertSame(expected, MarkdownDocumentParser.Parse(text));
        }
        Assert.NotNull(MarkdownDocumentParser.Parse(deep[0]).Unparsed);
    }

    private static void AssertSame(MarkdownSyntax expected, MarkdownSyntax actual)
    {
        var text = expected.Text;
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.FrontMatter, actual.FrontMatter);
        Assert.Equal(expected.Unparsed, actual.Unparsed);
        Assert.Equal(expected.Errors, actual.Errors);
        Assert.Equal(expected.Lines.LineCount, actual.Lines.LineCount);
        for (var line = 0; line < expected.Lines.LineCount; line++)
        {
            Assert.Equal(expected.Lines.LineStart(line), actual.Lines.LineStart(line));
            Assert.Equal(expected.Lines.LineEnd(line), actual.Lines.LineEnd(line));
        }

        Assert.Equal(expected.Spans.Count, actual.Spans.Count);
        for (var i = 0; i < expected.Spans.Count; i++)
        {
            var (e, a) = (expected.Spans[i], actual.Spans[i]);
            Assert.Equal((e.Span, e.ContentSpan, e.AttributesSpan, e.IsUnclosed, e.Kind), (a.Span, a.ContentSpan, a.AttributesSpan, a.IsUnclosed, a.Kind));
            Assert.Equal(e.Attributes, a.Attributes);
            Assert.Equal(e.Errors, a.Errors);
            AssertSame(e.PlainContent, a.PlainContent, text);
        }

        Assert.Equal(expected.Suppressions.Comments.Count, actual.Suppressions.Comments.Count);
        for (var i = 0; i < expected.Suppressions.Comments.Count; i++)
        {
            var (e, a) = (expected.Suppressions.Comments[i], actual.Suppressions.Comments[i]);
            Assert.Equal((e.Kind, e.Span, e.Line, e.EndLine), (a.Kind, a.Span, a.Line, a.EndLine));
            Assert.Equal(e.Rules, a.Rules);
        }

        AssertSame(expected.Plain, actual.Plain, text);

        Assert.Equal(expected.QuotedRuns.Count, actual.QuotedRuns.Count);
        for (var i = 0; i < expected.QuotedRuns.Count; i++)
        {
            var (e, a) = (expected.QuotedRuns[i], actual.QuotedRuns[i]);
            Assert.Equal((e.Span, e.PlainSpan, e.WordCount), (a.Span, a.PlainSpan, a.WordCount));
            AssertSame(e.Inner, a.Inner, text);
        }
    }

    private static void AssertSame(PlainDocument expected, PlainDocument actual, string text)
    {
        AssertSame(expected.Text, actual.Text, text);
        Assert.Equal(expected.Paragraphs, actual.Paragraphs);
        Assert.Equal(expected.Annotations, actual.Annotations);
    }

    /// <summary>The same text, and the same answers from the map for every index and every file offset.</summary>
    private static void AssertSame(MappedText expected, MappedText actual, string file)
    {
        Assert.Equal(expected.Text, actual.Text);
        for (var i = -1; i <= expected.Length; i++)
        {
            Assert.Equal(expected.OriginalOf(i), actual.OriginalOf(i));
        }
        for (var offset = -1; offset <= file.Length + 1; offset++)
        {
            Assert.Equal(expected.FromOriginal(offset), actual.FromOriginal(offset));
        }
    }
}
