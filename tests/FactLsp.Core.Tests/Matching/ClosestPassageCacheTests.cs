using FactLsp.Core.Matching;
using static FactLsp.Core.Tests.Matching.TestSources;

namespace FactLsp.Core.Tests.Matching;

/// <summary>
/// A source remembers the closest passages it was asked for (an edit re-checks every quote of its
/// article): asking again, from anywhere in an article, must give what a first search gives.
/// </summary>
[Trait("needs", "shared")]
public class ClosestPassageCacheTests
{
    private static void AssertSame(QuoteMatch first, QuoteMatch again)
    {
        Assert.Equal(first.Outcome, again.Outcome);
        Assert.Equal(first.Similarity, again.Similarity);
        Assert.Equal(first.Passage, again.Passage);
        Assert.Equal(first.Replacement, again.Replacement);
        Assert.Equal(first.Pieces.Select(p => p.SourceSpan), again.Pieces.Select(p => p.SourceSpan));
    }

    [Theory]
    [InlineData("“Geographically, the noose is now tightening around IS,”")]
    [InlineData("“the geographical end of IS does not mean the organisation is finished”")]
    [InlineData("“Geographically, the noose … the organisation is finished”")]
    [InlineData("“words that are nowhere in this report at all, not even close”")]
    public void A_repeated_search_answers_as_the_first_one_did(string quote)
    {
        var source = Dawn();
        var first = QuoteMatcher.Match(Quote(quote), source);
        var again = QuoteMatcher.Match(Quote(quote), source);
        AssertSame(first, again);
        AssertSame(QuoteMatcher.Match(Quote(quote), Dawn()), again);
    }

    [Fact]
    public void The_same_words_elsewhere_in_the_article_keep_their_own_article_offsets()
    {
        var source = Dawn();
        const string quote = "“Geographically, the noose is now tightening around IS,”";
        var first = QuoteMatcher.Match(Quote(quote, origin: 100), source);
        var moved = QuoteMatcher.Match(Quote(quote, origin: 5_000), source);
        Assert.Equal(MatchOutcome.Close, moved.Outcome);
        Assert.Equal(first.Pieces[0].ArticleSpan.Start + 4_900, moved.Pieces[0].ArticleSpan.Start);
    }

    [Fact]
    public void A_first_letter_free_of_case_is_another_question_than_a_fixed_one()
    {
        var source = Dawn();
        var bracketed = QuoteMatcher.Match(Quote("“[g]eographically, the noose is now tightening around IS,”"), source);
        var lower = QuoteMatcher.Match(Quote("geographically the noose is now tightening around IS"), source);
        Assert.Equal(MatchOutcome.Close, bracketed.Outcome);
        Assert.Equal(MatchOutcome.Close, lower.Outcome);
        AssertSame(QuoteMatcher.Match(Quote("“[g]eographically, the noose is now tightening around IS,”"), Dawn()), bracketed);
    }
}
