using CsCheck;
using FactLsp.Core.Checking;
using Humanizer;

namespace FactLsp.Core.Tests.Checking;

/// <summary>The messages' wording helpers say what they said before they were made cheaper.</summary>
public class MessagesTests
{
    [Fact]
    public void The_passage_count_reads_as_Humanizer_said_it()
    {
        for (var n = 1; n <= 200; n++)
        {
            Assert.Equal("passage".ToQuantity(n), Messages.Quantity(n, "passage"));
        }
    }

    [Fact]
    public void The_day_count_reads_as_Humanizer_said_it()
    {
        for (var n = 0; n <= 400; n++)
        {
            Assert.Equal("day".ToQuantity(n), Messages.Quantity(n, "day"));
        }
    }

    [Fact]
    public void Shorten_gives_the_words_spaced_once_as_splitting_and_joining_does() =>
        Gen.Select(Gen.String[Gen.Char["ab \t\n\u00a0\u2003c"], 0, 160], Gen.Int[5, 130]).Sample((text, max) =>
        {
            var joined = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var expected = joined.Length <= max ? joined : joined[..(max - 1)].TrimEnd() + "…";
            Assert.Equal(expected, Messages.Shorten(text, max));
        }, iter: 3000);

    [Fact]
    public void Shorten_keeps_text_already_spaced_once_and_cuts_a_long_one()
    {
        Assert.Equal("the noose is tightening", Messages.Shorten("the noose is tightening"));
        Assert.Equal("the noose is tightening", Messages.Shorten(" the  noose\nis\ttightening "));
        Assert.Equal("the noose…", Messages.Shorten("the noose is tightening", 11));
    }
}
