using FactLsp.Core.Matching;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Matching;

public class QuotePatternTests
{
    private static QuotePattern Parse(string quote, int origin = 100) => QuotePattern.Parse(MappedText.Identity(quote, origin));

    [Fact]
    public void Strips_marks_and_final_punctuation()
    {
        var p = Parse("“Geographically, the noose is tightening around IS,”");
        Assert.Equal(["Geographically, the noose is tightening around IS"], p.Pieces.Select(x => x.Text));
        Assert.Equal(new TextSpan(101, 49), p.CoreArticleSpan);
        Assert.True(p.Pieces[0].Pattern.CaseFree[0]);
        Assert.False(p.HasAlterations);
    }

    [Fact]
    public void Final_punctuation_outside_the_closing_mark() =>
        Assert.Equal("around IS", Parse("“around IS”,").Pieces.Single().Text);

    [Theory]
    [InlineData("“a b … c d”")]
    [InlineData("“a b ... c d”")]
    [InlineData("“a b . . . c d”")]
    [InlineData("“a b […] c d”")]
    [InlineData("“a b [...] c d”")]
    [InlineData("“a b [. . .] c d”")]
    [InlineData("“a b.... c d”")]
    public void Splits_at_ellipses(string quote)
    {
        var p = Parse(quote);
        Assert.Equal(["a b", "c d"], p.Pieces.Select(x => x.Text));
        Assert.True(p.Gaps.Single().IsEllipsis);
        Assert.Empty(p.Gaps.Single().Insertions);
    }

    [Fact]
    public void Insertions_and_sic()
    {
        var p = Parse("“[The group] was [sic] beaten [by them] and he said”");
        Assert.Equal(["was beaten", "and he said"], p.Pieces.Select(x => x.Text));
        Assert.True(p.HasSic);
        Assert.Equal("The group", p.LeadingGap!.Insertions.Single().Text);
        Assert.False(p.Gaps.Single().IsEllipsis);
        Assert.Equal("by them", p.Gaps.Single().Insertions.Single().Text);
        // The insertion's span in the article: "[by them]" at quote index 30.
        Assert.Equal(new TextSpan(130, 9), p.Gaps.Single().Insertions.Single().ArticleSpan);
    }

    [Fact]
    public void Bracketed_capital_is_a_case_free_letter()
    {
        var p = Parse("\"and [t]he noose\"");
        Assert.Equal("and the noose", p.Pieces.Single().Text);
        Assert.True(p.Pieces.Single().Pattern.CaseFree[4]);
        Assert.False(p.HasAlterations);
    }

    [Fact]
    public void Trailing_ellipsis_keeps_core_to_the_mark()
    {
        var p = Parse("“the noose is…”");
        Assert.Equal("the noose is", p.Pieces.Single().Text);
        Assert.NotNull(p.TrailingGap);
        Assert.Equal(TextSpan.FromBounds(101, 114), p.CoreArticleSpan);
    }
}
