using CsCheck;
using FactLsp.Core.Matching;
using FactLsp.Core.Text;
using static FactLsp.Core.Tests.Matching.TestSources;

namespace FactLsp.Core.Tests.Matching;

/// <summary>An ellipsis across another speaker's short interjection (spec v1.1 §5), on the matcher alone.</summary>
public class InterjectionBridgeTests
{
    private static SearchableSource Transcript(params (string Label, string? Speaker, string Words)[] turns)
    {
        var text = string.Join("\n\n", turns.Select(t => $"{t.Label}: {t.Words}"));
        var spans = new List<TextSpan>();
        var at = 0;
        foreach (var turn in turns)
        {
            var start = text.IndexOf(turn.Words, at, StringComparison.Ordinal);
            spans.Add(new TextSpan(start, turn.Words.Length));
            at = start + turn.Words.Length;
        }
        var document = new PlainDocument(MappedText.Identity(text), spans, []);
        return SearchableSource.Create(document, spans, confined: true,
            turns.Select(t => new SegmentTurn(t.Speaker, t.Label)).ToList(), SpokenAllowances.Transcript);
    }

    private static string Words(int n) => string.Join(' ', Enumerable.Range(1, n).Select(i => "word" + i));

    [Fact]
    public void The_same_speaker_s_next_turn_is_reached_across_a_short_interjection()
    {
        var source = Transcript(("MILLER", "miller", "I do not have any opening —"), ("QUESTION", null, "Oh, my God. Really?"), ("MILLER", "miller", "– comments."));
        Assert.Equal(2, source.BridgeOf(0));
        Assert.Equal(-1, source.BridgeOf(1)); // an unnamed questioner is nobody in particular
        var match = QuoteMatcher.Match(Quote("“I do not have any opening … comments.”"), source);
        Assert.Equal(MatchOutcome.ExactWithAlterations, match.Outcome);
        var omission = Assert.Single(match.Omissions);
        Assert.Equal("", omission.Text); // only dashes of the speaker's own were left out
        var interjection = Assert.Single(omission.Interjections);
        Assert.Equal(("QUESTION", "Oh, my God. Really?"), (interjection.Label, interjection.Text));
        Assert.Equal(-1, match.Segment);
    }

    [Fact]
    public void Without_the_ellipsis_the_turns_are_not_joined()
    {
        var source = Transcript(("MILLER", "miller", "I do not have any opening"), ("QUESTION", null, "Really?"), ("MILLER", "miller", "comments."));
        Assert.NotEqual(MatchOutcome.Exact, QuoteMatcher.Match(Quote("“I do not have any opening comments.”"), source).Outcome);
        Assert.NotEqual(MatchOutcome.ExactWithAlterations, QuoteMatcher.Match(Quote("“I do not have any opening [the] comments.”"), source).Outcome);
    }

    [Fact]
    public void Twenty_five_words_in_all_are_bridged_twenty_six_are_not()
    {
        var bridged = Transcript(("A", "a", "We start now."), ("B", "b", Words(20)), ("C", "c", Words(5)), ("A", "a", "We end later."));
        Assert.Equal(3, bridged.BridgeOf(0));
        Assert.Equal(MatchOutcome.ExactWithAlterations, QuoteMatcher.Match(Quote("“We start … We end later.”"), bridged).Outcome);
        var long_ = Transcript(("A", "a", "We start now."), ("B", "b", Words(20)), ("C", "c", Words(6)), ("A", "a", "We end later."));
        Assert.Equal(-1, long_.BridgeOf(0));
        Assert.NotEqual(MatchOutcome.ExactWithAlterations, QuoteMatcher.Match(Quote("“We start … We end later.”"), long_).Outcome);
    }

    [Fact]
    public void Another_speaker_s_turn_is_never_the_far_side()
    {
        var source = Transcript(("A", "a", "We start now."), ("Q", null, "Why?"), ("B", "b", "We end later."));
        Assert.Equal(-1, source.BridgeOf(0));
        Assert.Equal(MatchOutcome.NotFound, QuoteMatcher.Match(Quote("“We start … We end later.”"), source).Outcome);
    }

    [Fact]
    public void A_piece_in_the_interjection_itself_is_not_taken()
    {
        var source = Transcript(("A", "a", "We start now."), ("B", "b", "Really, we end later?"), ("A", "a", "Yes."));
        Assert.NotEqual(MatchOutcome.ExactWithAlterations, QuoteMatcher.Match(Quote("“We start … we end later”"), source).Outcome);
    }

    [Fact]
    public void Two_ellipses_may_bridge_two_interjections()
    {
        var source = Transcript(("A", "a", "One —"), ("B", "b", "Yes?"), ("A", "a", "— two —"), ("C", "c", "Go on."), ("A", "a", "— three."));
        var match = QuoteMatcher.Match(Quote("“One … two … three.”"), source);
        Assert.Equal(MatchOutcome.ExactWithAlterations, match.Outcome);
        Assert.Equal(["B", "C"], match.Omissions.SelectMany(o => o.Interjections).Select(i => i.Label));
    }

    [Fact]
    public void Segments_without_turns_bridge_nothing()
    {
        var text = "I do not have any opening —\n\nOh, my God. Really?\n\n– comments.";
        var source = SearchableSource.FromPlainText(text);
        Assert.Equal(-1, source.BridgeOf(0));
        var outcome = QuoteMatcher.Match(Quote("“I do not have any opening … comments.”"), source).Outcome;
        Assert.True(outcome is MatchOutcome.Close or MatchOutcome.NotFound, $"unexpected {outcome}");
    }

    // A bridge counts an interjection's words only up to one past the limit: the count, capped or not, is the number of
    // space-separated tokens holding a word character (capped), on random text (spaces, doubled spaces, marks alone,
    // non-ASCII letters, combining marks, surrogate pairs).
    [Fact]
    public void Capped_word_count_is_the_word_count_capped() =>
        Gen.Select(Gen.OneOf("word", " ", "  ", "-", "\"", ".", "é", "e\u0301", "\u0301", "\uD83D\uDE00", "\u00A0", "7", "x y").Array[0, 60].Select(string.Concat),
            Gen.Int[0, 40]).Sample((text, cap) =>
            {
                for (var start = 0; start <= text.Length; start += 3)
                {
                    var words = text[start..].Split(' ').Count(token => token.Any(WordBoundaries.IsWordChar));
                    Assert.Equal(words, QuoteMatcher.WordCount(text, start, text.Length));
                    Assert.Equal(Math.Min(words, cap), QuoteMatcher.WordCount(text, start, text.Length, cap));
                }
            }, iter: 3000);
}
