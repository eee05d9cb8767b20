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
    [InlineData("“It is over.” Nobody moved.", 2)]
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

    private static List<string> Quotes(string text) =>
        Sentences.Split(text, new TextSpan(0, text.Length)).SelectMany(s => s.Quotes).Select(q => text.Substring(q.Start, q.Length)).ToList();

    [Theory]
    [InlineData("‘We will win,’ said Khalil.", "‘We will win,’")]
    [InlineData("'We will win,' said Khalil.", "'We will win,'")]
    [InlineData("Khalil said: ‘We will win.’", "‘We will win.’")]
    [InlineData("The so-called ‘security zone’ was discussed.", "‘security zone’")]
    [InlineData("Khalil said (‘we will win’) twice.", "‘we will win’")]
    [InlineData("Khalil said—‘we will win’—twice.", "‘we will win’")]
    [InlineData("‘We don’t doubt Erdogan’s word,’ said Khalil.", "‘We don’t doubt Erdogan’s word,’")]
    [InlineData("'We don't doubt Erdogan's word,' said Khalil.", "'We don't doubt Erdogan's word,'")]
    [InlineData("‘The dogs’ bowls are empty,’ she said.", "‘The dogs’ bowls are empty,’")]
    [InlineData("'The dogs' bowls are empty,' she said.", "'The dogs' bowls are empty,'")]
    [InlineData("‘I love rock ’n’ roll,’ he said.", "‘I love rock ’n’ roll,’")]
    [InlineData("'I love rock 'n' roll,' he said.", "'I love rock 'n' roll,'")]
    [InlineData("‘We loved the ’90s and the '80s,’ he said.", "‘We loved the ’90s and the '80s,’")]
    [InlineData("‘We were interrupted—’ he began.", "‘We were interrupted—’")]
    public void Single_marks_around_words_are_a_quotation(string text, string quote)
    {
        Assert.Equal([quote], Quotes(text));
    }

    [Theory]
    [InlineData("Khalil’s men don’t rest; the dogs’ bowls are full.")]
    [InlineData("Khalil's men don't rest; the dogs' bowls are full.")]
    [InlineData("In the '90s, rock 'n' roll and rock ’n’ roll were Khalil's.")]
    [InlineData("In the ‘90s, Khalil rested.")]
    [InlineData("'Tis the season, said Khalil.")]
    [InlineData("The Jesus' disciples' boats' sails.")]
    [InlineData("It’s ‘")]
    [InlineData("’")]
    public void Apostrophes_are_not_quotations(string text)
    {
        Assert.Empty(Quotes(text));
    }

    [Fact]
    public void A_quotation_in_single_marks_is_not_split_at_its_periods()
    {
        Assert.Equal(
            ["‘We won. We will win again,’ said Khalil.", "Then he left."],
            Split("‘We won. We will win again,’ said Khalil. Then he left."));
        Assert.Equal(
            ["‘We won. We will win again.’", "Khalil left."],
            Split("‘We won. We will win again.’ Khalil left."));
    }

    [Theory]
    [InlineData("“He said ‘no’ to me,” she said.", "“He said ‘no’ to me,”")]
    [InlineData("“He said 'no' to me,” she said.", "“He said 'no' to me,”")]
    [InlineData("‘He said “no” to me,’ she said.", "‘He said “no” to me,’")]
    [InlineData("\"He said 'no. Never.' to me,\" she said.", "\"He said 'no. Never.' to me,\"")]
    public void A_nested_quotation_stays_inside_the_outer_one(string text, string quote)
    {
        Assert.Equal([quote], Quotes(text));
        Assert.Single(Split(text));
    }

    [Fact]
    public void A_single_pair_never_straddles_a_double_mark()
    {
        // The ’ inside the double quotation cannot close the ‘ outside it.
        const string text = "Khalil said ‘now “the dogs’ day is over”. Putin agreed.";
        Assert.Equal(["“the dogs’ day is over”"], Quotes(text));
        Assert.Equal(2, Split(text).Count);
    }

    [Fact]
    public void An_unmatched_single_mark_does_not_swallow_the_paragraph()
    {
        const string text = "Officials said the 'deal was off. Then it was on! “We will win,” said Putin. ‘It is over,’ Khalil said.";
        Assert.Equal(
            ["Officials said the 'deal was off.", "Then it was on!", "“We will win,” said Putin.", "‘It is over,’ Khalil said."],
            Split(text));
        Assert.Equal(["“We will win,”", "‘It is over,’"], Quotes(text));
    }

    [Fact]
    public void Single_marks_across_a_line_break_keep_exact_spans()
    {
        const string text = "‘We will\r\nwin,’ said Khalil.\r\nThen he left.";
        var sentences = Sentences.Split(text, new TextSpan(0, text.Length));
        Assert.Equal(2, sentences.Count);
        Assert.Equal(new TextSpan(0, "‘We will\r\nwin,’".Length), Assert.Single(sentences[0].Quotes));
    }
}
