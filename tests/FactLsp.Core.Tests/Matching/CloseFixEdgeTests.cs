using FactLsp.Core.Matching;
using static FactLsp.Core.Tests.Matching.TestSources;

namespace FactLsp.Core.Tests.Matching;

/// <summary>
/// A misquote's fix gives the source's words for the whole quote: the closest passage is not cut
/// short of the quote's first or last word when the quote left out a word near its edge.
/// </summary>
public class CloseFixEdgeTests
{
    private static QuoteMatch Match(string source, string quote) =>
        QuoteMatcher.Match(Quote(quote), SearchableSource.FromPlainText(source));

    [Fact]
    public void A_word_left_out_before_the_last_one_keeps_the_last_word_in_the_fix()
    {
        // The least-distance passage ends at "every" (deleting " year" costs 5, inserting "single " 7).
        var match = Match("The program costs taxpayers more than two billion dollars every single year. And more.",
            "“The program costs taxpayers more than two billion dollars every year.”");
        Assert.Equal(MatchOutcome.Close, match.Outcome);
        Assert.Equal("The program costs taxpayers more than two billion dollars every single year", match.Replacement);
        Assert.Equal("The program costs taxpayers more than two billion dollars every single year", match.PassageText);
        Assert.Equal(7, match.Distance);
    }

    [Fact]
    public void A_word_left_out_after_the_first_one_keeps_the_first_word_in_the_fix()
    {
        var match = Match("Each and every single year, the program costs taxpayers more than two billion dollars.",
            "“Every year, the program costs taxpayers more than two billion dollars.”");
        Assert.Equal(MatchOutcome.Close, match.Outcome);
        Assert.Equal("every single year, the program costs taxpayers more than two billion dollars", match.Replacement);
    }

    [Fact]
    public void A_passage_that_already_ends_with_the_quote_s_last_word_is_left_as_it_is()
    {
        var match = Match("The program costs taxpayers more than two billion dollars every year. Every year!",
            "“The program costs taxpayers more than two billion euros every year.”");
        Assert.Equal("The program costs taxpayers more than two billion dollars every year", match.Replacement);
        Assert.Equal(6, match.Distance); // "euros" for "dollars"
    }

    [Fact]
    public void The_last_word_is_not_reached_beyond_the_allowed_distance()
    {
        // "year" comes back only far beyond the budget: the passage stays the closest one.
        var match = Match("The program costs taxpayers more than two billion dollars every time it runs, and it runs often, year after year.",
            "“The program costs taxpayers more than two billion dollars every year.”");
        Assert.Equal(MatchOutcome.Close, match.Outcome);
        Assert.DoesNotContain("often", match.Replacement);
    }
}
