using FactLsp.Core.Yaml;

namespace FactLsp.Core.Tests.Yaml;

/// <summary>Which unknown front-matter keys are likely typos of a known one (spec v1.1 §3); every other is the writer's own.</summary>
public class FrontMatterKeysTests
{
    private static readonly string[] Source = ["id", "title", "publisher", "author", "date", "url", "kind", "language", "speaker", "speakers"];

    [Theory]
    [InlineData("titel", "title")]       // a transposition is one edit
    [InlineData("speakr", "speaker")]    // the nearer of speaker and speakers
    [InlineData("Title", "title")]       // keys are read case-sensitively: say which was meant
    [InlineData("uri", "url")]
    [InlineData("publsher", "publisher")]
    [InlineData("langauge", "language")]
    [InlineData("authr", "author")]
    public void A_key_a_letter_or_two_from_a_known_one_is_a_typo(string key, string meant) =>
        Assert.Equal(meant, FrontMatterKeys.LikelyTypo(key, Source));

    [Theory]
    [InlineData("tags")]
    [InlineData("layout")]
    [InlineData("note")]       // two edits from date: in four letters that is another word
    [InlineData("name")]
    [InlineData("published")]  // Jekyll's, on every post
    [InlineData("permalink")]
    [InlineData("description")]
    [InlineData("title")]      // known keys are no typo
    [InlineData("x")]
    public void A_key_of_the_writers_own_is_left_alone(string key) =>
        Assert.Null(FrontMatterKeys.LikelyTypo(key, Source));

    [Fact]
    public void An_articles_keys_are_the_ones_it_reads()
    {
        Assert.Equal("sources", FrontMatterKeys.LikelyTypo("source", ArticleFrontMatter.Keys));
        Assert.Equal("date", FrontMatterKeys.LikelyTypo("daet", ArticleFrontMatter.Keys));
        Assert.Null(FrontMatterKeys.LikelyTypo("title", ArticleFrontMatter.Keys));
        Assert.Null(FrontMatterKeys.LikelyTypo("titel", ArticleFrontMatter.Keys));
    }
}
