using FactLsp.Core.Attribution;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Attribution;

public class SentencesTests
{
    private static List<string> Split(string text) =>
        Sentences.Split(text, new TextSpan(0, text.Length)).Select(s => text.Substring(s.Span.Start, s.Span.Length)).ToList();

    [Fact]
    public void The_Dawn_paragraph_splits_between_quotes_but_not_inside_them()
    {
        const string text = "Redur Khalil, a senior Kurdish official, said the latest gains only heralded a new phase in the fight against the jihadists. “Geographically, the noose is tightening around IS,” he said. “But we have to repeat it: the geographical end of IS does not mean the organisation is terminated.” “Our battle is still long and will be waged in several phases.”";
        Assert.Equal(
            [
                "Redur Khalil, a senior Kurdish official, said the latest gains only heralded a new phase in the fight against the jihadists.",
                "“Geographically, the noose is tightening around IS,” he said.",
                "“But we have to repeat it: the geographical end of IS does not mean the organisation is terminated.”",
                "“Our battle is still long and will be waged in several phases.”",
            ],
            Split(text));
    }

    [Fact]
    public void Quotes_are_recorded_with_their_marks()
    {
        const string text = "Putin addressed Erdogan as “dear friend”, saying that their countries “work on Syria”.";
        var sentence = Assert.Single(Sentences.Split(text, new TextSpan(0, text.Length)));
        Assert.Equal(["“dear friend”", "“work on Syria”"], sentence.Quotes.Select(q => text.Substring(q.Start, q.Length)));
    }

    [Theory]
    [InlineData("He said “We won. We will win again.” Then he left.", 2)]
    [InlineData("“Is it over?” Khalil asked. Nobody answered.", 2)]
    [InlineData("Khalil said: “It is over.” Erdogan said: “It is not.”", 2)]
    [InlineData("Khalil said “It is over.” Erdogan said “It is not.”", 2)]
    [InlineData("“It is over.” Erdogan said, “and now for the rest.”", 1)]
    [InlineData("“It is over.” Nobody answered.", 2)]
    [InlineData("Mr. Smith of the U.S. Army met Gen. Jones on Jan. 5.", 1)]
    [InlineData("See No. 10 and J. R. R. Tolkien’s book.", 1)]
    [InlineData("He said no. Then he left!", 2)]
    [InlineData("Wait... what? Yes.", 2)]
    [InlineData("Wait… What? Yes.", 3)]
    [InlineData("He said \"We won. Again.\" Then \"No.\"", 2)]
    [InlineData("« Nous avons gagné. » Puis rien.", 2)]
    [InlineData("“An open quote runs on. To the end.", 1)]
    public void Sentence_counts(string text, int count)
    {
        Assert.Equal(count, Split(text).Count);
    }
}
