using CsCheck;
using FactLsp.Core.Matching;
using FactLsp.Core.Syntax;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Matching;

/// <summary>
/// The cleaned spoken words are searched only when they may hold a quote the printed words do not
/// (<see cref="SpokenJunctions"/>): a quote ruled out is never one the cleaned text holds.
/// </summary>
public class SpokenJunctionsTests
{
    // Words that make every kind of spoken edit: fillers, repeats (the vocabulary is small), false starts at a dash,
    // asides, and marks and capitals on either side of what is left out.
    private static readonly string[] Words =
    [
        "we", "We", "we", "the", "The", "go", "going", "govern", "government", "uh", "Uh", "um", "er", "ah", "it", "It",
        "will", "a", "10", "NATO", "(laughs)", "(Applause.)", "[crosstalk]", "(which I signed)", "follow-up", "é", "Ahmadi",
    ];

    private static readonly string[] Separators = [" ", " ", " ", " ", ", ", " — ", "—", ". ", "? ", " (", ") ", "\n\n", "\n", "  "];

    private static readonly Gen<string> Source =
        Gen.Select(Gen.Int[0, Words.Length - 1], Gen.Int[0, Separators.Length - 1]).Array[8, 160]
            .Select(parts => string.Concat(parts.Select(p => Words[p.Item1] + Separators[p.Item2])).Trim());

    /// <summary>A quote cut from the cleaned text (where the junctions are) or the printed one, in one or two pieces.</summary>
    private static readonly Gen<(string Source, SpokenAllowances Mode, int[] Cuts, bool FromCleaned, int Shape)> Cases =
        Gen.Select(Source, Gen.Bool.Select(b => b ? SpokenAllowances.Transcript : SpokenAllowances.Remarks), Gen.Int[0, 100_000].Array[4],
            Gen.Int[0, 3], Gen.Int[0, 5])
            .Select((source, mode, cuts, from, shape) => (source, mode, cuts, from != 0, shape));

    private static SearchableSource Prepared(string text, SpokenAllowances mode, bool adjacent = false) =>
        SearchableSource.Create(new PlainDocument(MappedText.Identity(text), PlainTextDocument.Paragraphs(text), []),
            adjacent ? Adjacent(text) : null, spoken: mode);

    /// <summary>Segments with nothing between them (as turns may lie): the text cut before every dash printed between two words.</summary>
    private static List<TextSpan> Adjacent(string text)
    {
        var segments = new List<TextSpan>();
        var start = 0;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] == '—' && text[i - 1] != ' ' && text[i + 1] != ' ')
            {
                segments.Add(TextSpan.FromBounds(start, i));
                start = i;
            }
        }
        segments.Add(TextSpan.FromBounds(start, text.Length));
        return segments;
    }

    /// <summary>Text[a, b) of <paramref name="text"/> widened to whole words, trimmed of spaces.</summary>
    private static string Cut(string text, int a, int b)
    {
        if (text.Length == 0)
        {
            return "";
        }
        var start = a % text.Length;
        var end = Math.Min(text.Length, start + 1 + b % 40);
        (start, end) = WordBoundaries.Expand(text, start, end);
        return text[start..end].Trim(' ');
    }

    private static string Quote(string text, int[] cuts, int shape)
    {
        var first = Cut(text, cuts[0], cuts[1]);
        var second = Cut(text, cuts[2], cuts[3]);
        var lowered = first.Length > 0 ? char.ToLowerInvariant(first[0]) + first[1..] : first;
        return shape switch
        {
            0 => first,
            1 => lowered,                          // the first letter in either case
            2 => first + " … " + second,           // an ellipsis
            3 => first + " [the] " + second,       // an insertion: always searched
            4 => "\u201C" + first,                 // opening with a mark
            _ => first + ",",                      // closing with one
        };
    }

    [Fact]
    public void A_quote_ruled_out_is_never_found_in_the_cleaned_words()
    {
        var searched = 0;
        var foundOnlyCleaned = 0;
        var ruledOut = 0;
        Cases.Sample(c =>
        {
            var source = Prepared(c.Source, c.Mode, adjacent: c.Cuts[0] % 3 == 0);
            if (source.Spoken is not { } spoken)
            {
                return;
            }
            var text = c.FromCleaned ? spoken.Source.Text : source.Text;
            var quote = Quote(text, c.Cuts, c.Shape);
            var pattern = QuotePattern.Parse(MappedText.Identity(quote));
            if (pattern.Pieces.Count == 0 || pattern.Length == 0)
            {
                return;
            }
            var printed = QuoteMatcher.FindExact(pattern, source, MatchOptions.Default, out var exhausted);
            var cleaned = QuoteMatcher.FindExact(pattern, spoken.Source, MatchOptions.Default, out _);
            if (printed is not null || exhausted)
            {
                return;
            }
            searched++;
            if (cleaned is not null)
            {
                foundOnlyCleaned++;
                Assert.True(spoken.MayHold(pattern), $"ruled out, yet the cleaned words hold it: «{quote}» in «{c.Source}»");
            }
            else if (!spoken.MayHold(pattern))
            {
                ruledOut++;
            }
        }, iter: 6000, seed: null);
        // The run saw both sides: quotes found only once the spoken words were cleaned, and quotes rightly ruled out.
        Assert.True(foundOnlyCleaned > 50, $"only {foundOnlyCleaned} of {searched} found in the cleaned words alone");
        Assert.True(ruledOut > 50, $"only {ruledOut} of {searched} ruled out");
    }

    [Fact]
    public void A_misquote_leaves_the_cleaned_words_unbuilt()
    {
        var source = Prepared("We would would like, uh, to thank them all.\n\nThe station opens today.", SpokenAllowances.Transcript);
        var match = QuoteMatcher.Match(MappedText.Identity("The station closes today"), source);
        Assert.Equal(MatchOutcome.Close, match.Outcome);
        Assert.NotNull(source.Spoken);
        Assert.False(source.Spoken!.IsBuilt);
    }

    [Fact]
    public void A_quote_across_a_left_out_word_builds_them_and_is_found()
    {
        var source = Prepared("We would would like, uh, to thank them all.\n\nThe station opens today.", SpokenAllowances.Transcript);
        var match = QuoteMatcher.Match(MappedText.Identity("We would like to thank them"), source);
        Assert.Equal(MatchOutcome.ExactWithAlterations, match.Outcome);
        Assert.True(source.Spoken!.IsBuilt);
    }

    [Fact]
    public void A_quote_ending_on_a_word_said_twice_is_ruled_out_by_the_second_reading()
    {
        // "held the the day" reads "held the day": read where the edit left its gap ("held " + "the day"), the quote's
        // last words "held the" run across it; read with the gap moved past the repeated "the " ("held the " + "day"),
        // they do not. Not found as printed ("Talks"), so only the junctions could let the cleaned words hold it.
        var source = Prepared("They said the talks were held the the day before.", SpokenAllowances.Transcript);
        var pattern = QuotePattern.Parse(MappedText.Identity("said the Talks were held the"));
        Assert.Null(QuoteMatcher.FindExact(pattern, source, MatchOptions.Default, out var exhausted));
        Assert.False(exhausted);
        var spoken = source.Spoken!;
        Assert.True(spoken.Junctions.MayHold(pattern));
        Assert.False(spoken.MayHold(pattern));
        Assert.Null(QuoteMatcher.FindExact(pattern, spoken.Source, MatchOptions.Default, out _));
    }

    [Theory]
    [InlineData("the the go", 1)]          // a repeat: one junction
    [InlineData("we go uh now, um, then", 2)]
    [InlineData("we go now", 0)]
    public void Junctions_are_where_the_cleaned_words_skip(string text, int junctions)
    {
        var source = Prepared(text, SpokenAllowances.Transcript);
        Assert.Equal(junctions, source.Spoken?.Junctions.Count ?? 0);
    }
}
