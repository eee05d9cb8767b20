using FactLsp.Core.Attribution;
using FactLsp.Core.Model;
using static FactLsp.Core.Tests.Attribution.TestDocs;

namespace FactLsp.Core.Tests.Attribution;

/// <summary>Transcript labels as newsrooms and governments print them (spec v1.1 §3), each form starting a turn or not.</summary>
public class TranscriptLabelFormsTests
{
    private const char Nbsp = '\u00A0';

    private static readonly SpeakerDirectory Directory = Registry(
        Person("jen-psaki", "Jen Psaki", "Psaki"),
        Person("lloyd-austin", "Lloyd J. Austin III"),
        Person("karen-bass", "Karen Bass", "Bass"),
        Person("adam-smith", "Adam Smith"),
        new Person("joe-biden", "Joe Biden", [], null, [new PersonRole("President", "United States", "2021-01-20", "2025-01-20")], null, Definition.None),
        new Person("donald-trump-2", "Donald J. Trump", [], null, [new PersonRole("President", "United States", "2017-01-20", "2021-01-20")], null, Definition.None),
        new Person("karine-jean-pierre", "Karine Jean-Pierre", [], null, [new PersonRole("Press Secretary", "White House", "2022-05-13", null)], null, Definition.None));

    private static TranscriptTurn Single(string text, DateOnly? on = null) =>
        Assert.Single(TranscriptTurns.Find(Plain(text), new Dictionary<string, string>(), Directory, on));

    [Theory]
    [InlineData("MS. PSAKI:\u00A0 Thanks, everyone.")]
    [InlineData("MS. PSAKI:  Thanks, everyone.")]
    [InlineData("MS. PSAKI:\tThanks, everyone.")]
    [InlineData("MS. PSAKI:")]
    public void A_label_is_followed_by_any_white_space_a_no_break_space_too_or_the_end_of_the_line(string text)
    {
        Assert.Equal("jen-psaki", Single(text).SpeakerId);
    }

    [Theory]
    [InlineData("Q\u00A0\u00A0\u00A0 So he is a killer?")]
    [InlineData("Q    So he is a killer?")]
    [InlineData("Q\tSo he is a killer?")]
    [InlineData("Q: So he is a killer?")]
    [InlineData("Q. So he is a killer?")]
    [InlineData("QUESTION:  So he is a killer?")]
    [InlineData("REPORTER: So he is a killer?")]
    [InlineData("AUDIENCE MEMBER: So he is a killer?")]
    public void Questioners_start_an_unnamed_questioners_turn(string text)
    {
        var turn = Single(text);
        Assert.True(turn.IsQuestioner);
        Assert.Null(turn.SpeakerId);
        Assert.Equal("So he is a killer?", text[turn.Span.Start..turn.Span.End]);
    }

    [Theory]
    [InlineData("Q So he is a killer?")]
    [InlineData("Quite: so he is.")]
    public void A_q_with_one_space_or_a_word_beginning_with_q_is_no_questioner(string text)
    {
        Assert.DoesNotContain(TranscriptTurns.Find(Plain(text), new Dictionary<string, string>(), Directory), t => t.IsQuestioner);
    }

    [Theory]
    [InlineData("SECRETARY OF DEFENSE LLOYD J. AUSTIN III:  The alliance is strong.", "lloyd-austin")]
    [InlineData("SECRETARY OF DEFENSE AUSTIN:  The alliance is strong.", "lloyd-austin")]
    [InlineData("UNDER SECRETARY BASS:  The alliance is strong.", "karen-bass")]
    [InlineData("Secretary of Defense Lloyd J. Austin III: The alliance is strong.", "lloyd-austin")]
    public void Titles_before_a_name_are_passed_over_up_to_eight_words(string text, string id)
    {
        Assert.Equal(id, Single(text).SpeakerId);
    }

    [Fact]
    public void A_first_name_before_a_last_name_is_no_title()
    {
        // "JOHN SMITH" is not Adam Smith's label: "JOHN" is no title, so the last word alone does not decide.
        Assert.Null(Single("JOHN SMITH: Hello.").SpeakerId);
        Assert.Equal("adam-smith", Single("MR. SMITH: Hello.").SpeakerId);
    }

    [Fact]
    public void A_title_alone_resolves_through_the_role_held_on_the_sources_date()
    {
        Assert.Equal("joe-biden", Single("THE PRESIDENT:  Good evening.", new DateOnly(2021, 6, 14)).SpeakerId);
        Assert.Equal("donald-trump-2", Single("THE PRESIDENT:  Good evening.", new DateOnly(2019, 6, 14)).SpeakerId);
        Assert.Equal("karine-jean-pierre", Single("THE PRESS SECRETARY:  Good afternoon.", new DateOnly(2023, 1, 3)).SpeakerId);
        // Before anyone held the role, the title names nobody; with no date, two holders name nobody.
        Assert.Null(Single("THE PRESS SECRETARY:  Good afternoon.", new DateOnly(2021, 1, 3)).SpeakerId);
        Assert.Null(Single("THE PRESIDENT:  Good evening.").SpeakerId);
    }

    [Fact]
    public void A_wrapped_line_of_speech_ending_in_a_name_and_a_colon_starts_no_turn()
    {
        const string text = "THE PRESIDENT:  I shared what I'll convey\nto President Putin: that I'm not looking for conflict.\nOur troops are\nPresident Putin: no.";
        var turns = TranscriptTurns.Find(Plain(text), new Dictionary<string, string>(), Registry(Person("vladimir-putin", "Vladimir Putin", "President Putin")), new DateOnly(2021, 6, 14));
        Assert.Equal(["THE PRESIDENT"], turns.Select(t => t.Label));
    }

    [Fact]
    public void An_all_capitals_label_after_a_line_without_a_full_stop_still_starts_a_turn()
    {
        // An interrupted turn ends without punctuation; the next speaker's all-capitals label is still a label.
        const string text = "QUESTION:  your first day on the job and you show up 15 minutes\nMR MILLER:  Are you going to let me speak?";
        var turns = TranscriptTurns.Find(Plain(text), new Dictionary<string, string>(), Registry(Person("matthew-miller", "Matthew Miller", "Miller")));
        Assert.Equal(["QUESTION", "MR MILLER"], turns.Select(t => t.Label));
        Assert.Equal("matthew-miller", turns[1].SpeakerId);
    }

    [Theory]
    [InlineData("Here is what he told reporters on Monday: nothing.")]
    [InlineData("The answer is simple: no.")]
    public void A_sentence_with_a_colon_is_no_label(string text)
    {
        Assert.Empty(TranscriptTurns.Find(Plain(text), new Dictionary<string, string>(), Directory));
    }
}
