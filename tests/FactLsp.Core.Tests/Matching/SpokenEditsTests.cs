using FactLsp.Core.Matching;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Matching;

/// <summary>What <see cref="SpokenEdits"/> finds in spoken words, and what it leaves alone.</summary>
public class SpokenEditsTests
{
    /// <summary>The edits of one normalized paragraph, as (kind, named words) pairs; '—' in the input is a printed dash.</summary>
    private static List<(SpokenEditKind Kind, string Core)> Edits(string printed, SpokenAllowances mode = SpokenAllowances.Transcript)
    {
        var text = TextNormalizer.Normalize(printed);
        var edits = SpokenEdits.Find(text, [new TextSpan(0, text.Length)], mode, i => printed.Length == text.Length && printed[i] is '—' or '–');
        return edits.Select(e => (e.Kind, text.Substring(e.Core.Start, e.Core.Length))).ToList();
    }

    /// <summary>The paragraph with every edit left out, as the cleaned source reads it.</summary>
    private static string Cleaned(string printed, SpokenAllowances mode = SpokenAllowances.Transcript)
    {
        var source = SearchableSource.Create(
            new PlainDocument(MappedText.Identity(printed), [new TextSpan(0, printed.Length)], []), spoken: mode);
        return source.Spoken is { } spoken ? spoken.Source.Text : source.Text;
    }

    [Theory]
    [InlineData("I know. (Laughter.) But we will.", "I know. But we will.")]
    [InlineData("Well — (a cellphone chimes) — that was very soothing.", "Well - that was very soothing.")]
    [InlineData("(Laughs.) To answer the first question — (laughs) — I'm laughing too.", "To answer the first question - I\"m laughing too.")]
    [InlineData("We can't hear you [crosstalk] over there.", "We can\"t hear you over there.")]
    [InlineData("The money is (inaudible) in the bank.", "The money is in the bank.")]
    public void Stage_directions_in_a_transcript_are_left_out(string printed, string cleaned) =>
        Assert.Equal(cleaned, Cleaned(printed));

    [Theory]
    [InlineData("The rule(s) apply.")]                                   // glued to a word: not an aside
    [InlineData("The law (which the council passed after a long and bitter fight last spring) pays.")] // more than eight words
    public void Parentheses_that_are_no_aside_stay(string printed) =>
        Assert.DoesNotContain(Edits(printed), e => e.Kind == SpokenEditKind.StageDirection);

    [Fact]
    public void In_a_statement_only_a_sound_is_a_stage_direction()
    {
        Assert.Equal("Thank you all. The station opens.", Cleaned("Thank you all. (Applause.) The station opens.", SpokenAllowances.Remarks));
        Assert.Equal("We did it.", Cleaned("We did it. (Laughter and applause.)", SpokenAllowances.Remarks).TrimEnd());
        Assert.Empty(Edits("The law (which I signed) pays for it.", SpokenAllowances.Remarks));
    }

    [Fact]
    public void Prose_allows_nothing()
    {
        Assert.Empty(Edits("We would would like, uh, to thank — (Laughter.) — thank them.", SpokenAllowances.None));
        var source = SearchableSource.Create(new PlainDocument(MappedText.Identity("We would would like it."), [new TextSpan(0, 23)], []));
        Assert.Null(source.Spoken);
    }

    [Theory]
    [InlineData("And, uh, the cost is high.", "And the cost is high.")]
    [InlineData("Uh, look, the cost is high.", "look, the cost is high.")]
    [InlineData("The cost is um high.", "The cost is high.")]
    [InlineData("It is high, er.", "It is high.")]
    [InlineData("Yes. Ah. We will.", "Yes. We will.")]
    [InlineData("We — uh — we will.", "we will.")]
    public void Fillers_are_left_out_with_their_marks(string printed, string cleaned) =>
        Assert.Equal(cleaned, Cleaned(printed).TrimEnd(), ignoreCase: true);

    [Theory]
    [InlineData("The uh-huh moment.")]       // part of a word
    [InlineData("The Ahmadi family.")]
    public void A_filler_is_a_whole_word(string printed) =>
        Assert.DoesNotContain(Edits(printed), e => e.Kind == SpokenEditKind.Filler);

    [Theory]
    [InlineData("We would would like it.", "would")]
    [InlineData("NATO — NATO stands together.", "NATO")]
    [InlineData("I, I think so.", "I")]
    public void A_word_said_twice_in_a_row_is_a_repetition(string printed, string word) =>
        Assert.Equal([(SpokenEditKind.RepeatedWord, word)], Edits(printed));

    [Theory]
    [InlineData("No. No. We will not.")]     // two sentences
    [InlineData("It went from 10 10 times.")] // numbers
    public void Not_every_pair_of_equal_words_is_a_repetition(string printed) =>
        Assert.DoesNotContain(Edits(printed), e => e.Kind == SpokenEditKind.RepeatedWord);

    [Theory]
    [InlineData("fewer are drawing governmental — government benefits", "governmental —")]
    [InlineData("It's a — it's a big day.", "It\"s a —")]
    [InlineData("So we're going to — we will do it.", "we\"re going to —")]
    public void A_false_start_is_up_to_three_words_before_a_dash_restarted_after_it(string printed, string words)
    {
        var edit = Assert.Single(Edits(printed));
        Assert.Equal(SpokenEditKind.FalseStart, edit.Kind);
        Assert.Equal(TextNormalizer.Normalize(words), edit.Core);
    }

    [Theory]
    [InlineData("The roof held — we were lucky.")]
    [InlineData("In the north — we refuse it.")]
    [InlineData("A follow-up question.")] // a hyphen joins words; it is no dash
    public void A_dash_before_unrelated_words_is_no_false_start(string printed) =>
        Assert.Empty(Edits(printed));

    [Fact]
    public void A_stage_direction_between_two_copies_of_a_word_leaves_a_repetition()
    {
        Assert.Equal("we will.", Cleaned("We — (laughs) — we will.").ToLowerInvariant());
    }
}
