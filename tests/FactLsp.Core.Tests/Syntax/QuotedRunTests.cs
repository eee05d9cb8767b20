using FactLsp.Core.Syntax;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Syntax;

public class QuotedRunTests
{
    private static IReadOnlyList<QuotedRun> Runs(string markdown) => MarkdownDocumentParser.Parse(markdown).QuotedRuns;

    [Fact]
    public void Three_and_four_words_with_exact_spans()
    {
        var text = "He said “one two three” and \"one two three four\".\n";
        var runs = Runs(text);
        Assert.Equal(2, runs.Count);
        Assert.Equal(3, runs[0].WordCount);
        Assert.Equal("one two three", runs[0].Text);
        Assert.Equal(TextSpan.FromBounds(8, 23), runs[0].Span);
        Assert.Equal("“one two three”", text[runs[0].Span.Start..runs[0].Span.End]);
        Assert.Equal(4, runs[1].WordCount);
        Assert.Equal("\"one two three four\"", text[runs[1].Span.Start..runs[1].Span.End]);
        Assert.Equal(text.IndexOf("one two three four", StringComparison.Ordinal), runs[1].Inner.ToOriginal(0));
    }

    [Fact]
    public void German_marks_and_a_quotation_over_a_soft_line_break_count()
    {
        var text = "Er sagte „eins zwei\r\ndrei vier“ gestern.\n";
        var run = Assert.Single(Runs(text));
        Assert.Equal("eins zwei\ndrei vier", run.Text);
        Assert.Equal(4, run.WordCount);
        Assert.Equal("„eins zwei\r\ndrei vier“", text[run.Span.Start..run.Span.End]);
    }

    [Fact]
    public void None_inside_an_annotation_in_code_or_in_html()
    {
        Assert.Empty(Runs("[“Geographically, the noose is tightening around IS,”]{.quote by=redur-khalil src=dawn} he said.\n"));
        Assert.Empty(Runs("Run `echo \"one two three four\"` now.\n"));
        Assert.Empty(Runs("```\n\"one two three four\"\n```\n"));
        Assert.Empty(Runs("<p>\"one two three four\"</p>\n"));
        Assert.Empty(Runs("Turkey wants a [“security zone one two”]{.term} in northern Syria.\n"));
    }

    [Fact]
    public void A_non_annotation_span_does_not_hide_a_quotation()
    {
        var run = Assert.Single(Runs("[“one two three four”]{.mark}\n"));
        Assert.Equal(4, run.WordCount);
    }

    [Fact]
    public void Unbalanced_marks_and_single_quotes_give_nothing()
    {
        Assert.Empty(Runs("He said “one two three four and stopped.\n\nThen four” words.\n"));
        Assert.Empty(Runs("It's the ‘one two three four’ thing and 'one two three four'.\n"));
        Assert.Empty(Runs("An odd \"one two three four\n\nparagraph\".\n"));
    }

    [Fact]
    public void Markup_inside_a_quotation_is_removed_from_its_text()
    {
        var run = Assert.Single(Runs("He said “one *two* [three](http://x) four”.\n"));
        Assert.Equal("one two three four", run.Text);
        Assert.Equal(4, run.WordCount);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("one", 1)]
    [InlineData("  one   two\nthree ", 3)]
    [InlineData("one — two", 2)]
    [InlineData("it's 2019", 2)]
    public void Word_count(string text, int expected) => Assert.Equal(expected, QuotedRun.CountWords(text));
}
