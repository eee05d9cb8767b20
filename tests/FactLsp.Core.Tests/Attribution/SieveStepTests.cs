using FactLsp.Core.Attribution;
using static FactLsp.Core.Tests.Attribution.TestDocs;

namespace FactLsp.Core.Tests.Attribution;

/// <summary>
/// Each step of the speaker sieve (spec v1.1 §5) on minimal newsroom sentences: firing, and not firing so that the
/// next step decides.
/// </summary>
public class SieveStepTests
{
    private static readonly SpeakerDirectory Directory = Registry(
        Person("stephen-adler", "Stephen J. Adler", "Adler"),
        Person("reuters", "Reuters"),
        Person("madeleine-albright", "Madeleine Albright", "Madeleine"),
        Person("vaclav-havel", "Vaclav Havel", "Havel"),
        Person("ethiopian-government", "Ethiopian government"),
        Person("joe-biden", "Joe Biden", "Biden"));

    private static SpeakerAttribution Attribute(string text, string passage, string? owner = null, IReadOnlyList<TranscriptTurn>? turns = null) =>
        new SpeakerInference(Plain(text), Directory, turns, owner).Attribute(SpanOf(text, passage));

    // Step 1: the speech tag.

    [Theory]
    [InlineData("Khalil said: “The noose is tightening.”")]
    [InlineData("According to Khalil, “the noose is tightening.”")]
    [InlineData("“The noose is tightening,” Khalil said.")]
    [InlineData("“The noose is tightening,” said Khalil.")]
    [InlineData("“The noose is tightening,” said senior official Redur Khalil.")]
    [InlineData("“The noose is tightening,” Redur Khalil, a senior Kurdish official, told reporters.")]
    [InlineData("Khalil told Erdogan: “The noose is tightening.”")]
    [InlineData("Khalil met envoys and said “the noose is tightening.”")]
    [InlineData("Khalil later acknowledged the losses, saying, “The noose is tightening.”")]
    public void A_speech_tag_names_the_subject_of_its_cue_verb(string text)
    {
        var a = Attribute(text, "oose is tightening");
        Assert.Equal("redur-khalil", a.SpeakerId);
        Assert.Equal(ProseRule.SpeechTag, a.Rule);
    }

    [Fact]
    public void The_subject_is_past_an_appositive_between_commas_not_the_organisation_inside_it()
    {
        const string text = "“We will not be intimidated,” Stephen J. Adler, president and editor in chief of Reuters, said in a statement.";
        var a = Attribute(text, "We will not be intimidated");
        Assert.Equal("stephen-adler", a.SpeakerId);
        Assert.Equal("Stephen J. Adler, president and editor in chief of Reuters, said", At(text, a.Evidence));
    }

    [Fact]
    public void A_pronoun_after_an_appositive_carries_the_person_the_appositive_named()
    {
        const string text = "“We will not be intimidated,” Stephen J. Adler, president and editor in chief of Reuters, said in a statement.\n\n“We will keep reporting,” he said.";
        Assert.Equal("stephen-adler", Attribute(text, "We will keep reporting").SpeakerId);
    }

    [Theory]
    [InlineData("With her friend Vaclav Havel, who had died that week, Madeleine spoke last. When she eulogized him, she said, “He was a moral compass.”")]
    [InlineData("Madeleine spoke with Havel and said, “He was a moral compass.”")]
    public void A_name_governed_by_a_preposition_is_never_the_subject(string text)
    {
        Assert.Equal("madeleine-albright", Attribute(text, "He was a moral compass").SpeakerId);
    }

    [Theory]
    [InlineData("“The noose is tightening,” a spokesman said.")]
    [InlineData("“The noose is tightening,” said the ministry.")]
    [InlineData("A spokesman for Khalil said: “The noose is tightening.”")]
    [InlineData("Khalil’s spokesman said: “The noose is tightening.”")]
    public void An_unregistered_subject_is_nobody(string text)
    {
        var a = Attribute(text, "oose is tightening");
        Assert.Equal(AttributionMethod.None, a.Method);
        Assert.Null(a.SpeakerId);
        Assert.NotNull(a.Evidence);
    }

    [Fact]
    public void A_noun_that_reads_like_a_verb_is_no_cue()
    {
        // "the United States" holds no speech tag: "states" is no cue verb.
        const string text = "Khalil said that the United States has provided “support for reforms.”";
        Assert.Equal("redur-khalil", Attribute(text, "support for reforms").SpeakerId);
    }

    // Step 2: a continued quotation.

    [Fact]
    public void A_paragraph_opening_with_a_mark_continues_the_open_quotation_before_it()
    {
        const string text = "A spokesman said the talks had failed.\n\nKhalil issued the following statement:\n\n“The noose is tightening.\n\n“Our battle is still long.”";
        var a = Attribute(text, "Our battle is still long");
        Assert.Equal("redur-khalil", a.SpeakerId);
        Assert.Equal(ProseRule.ContinuedQuotation, a.Rule);
    }

    [Fact]
    public void A_closed_quotation_is_not_continued()
    {
        // The first quotation is closed, so the next paragraph is step 3's: the previous paragraph's quotation.
        const string text = "Khalil said: “The noose is tightening.”\n\n“Our battle is still long.”";
        var a = Attribute(text, "Our battle is still long");
        Assert.Equal("redur-khalil", a.SpeakerId);
        Assert.Equal(ProseRule.PreviousParagraph, a.Rule);
    }

    // Step 3: no speech tag.

    [Fact]
    public void No_tag_takes_the_paragraphs_previous_quotation_then_the_last_cue_subject()
    {
        const string text = "Khalil said the gains heralded a new phase. “The noose is tightening.” “Our battle is long.”";
        var first = Attribute(text, "The noose");
        Assert.Equal("redur-khalil", first.SpeakerId);
        Assert.Equal(ProseRule.PreviousSentence, first.Rule);
        var second = Attribute(text, "Our battle");
        Assert.Equal(ProseRule.PreviousQuotation, second.Rule);
    }

    [Fact]
    public void Nobody_breaks_the_chain()
    {
        const string text = "“The noose is tightening,” a spokesman said. “Our battle is long.”";
        Assert.Null(Attribute(text, "Our battle").SpeakerId);
    }

    // Outside every quotation.

    [Fact]
    public void Narration_is_nobodys_quotation_and_indirect_speech_keeps_its_subject()
    {
        const string text = "Fighters overran the last village on Wednesday. Khalil said the gains heralded a new phase.";
        Assert.Equal(AttributionMethod.Narration, Attribute(text, "overran the last village").Method);
        var indirect = Attribute(text, "the gains heralded a new phase");
        Assert.Equal(AttributionMethod.IndirectSpeech, indirect.Method);
        Assert.Equal("redur-khalil", indirect.SpeakerId);
    }

    // Statements and speeches.

    [Fact]
    public void A_statements_own_words_are_its_speakers_and_quotations_in_it_follow_their_own_tag()
    {
        const string text = "Tina Turner was a farmer’s daughter. We reject what the government calls ‘unbalanced reporting’. She sang “Proud Mary.”";
        Assert.Equal(AttributionMethod.OwnWords, Attribute(text, "a farmer’s daughter", "joe-biden").Method);
        Assert.Equal("joe-biden", Attribute(text, "a farmer’s daughter", "joe-biden").SpeakerId);
        Assert.Equal("ethiopian-government", Attribute(text, "unbalanced reporting", "joe-biden").SpeakerId);
        // No tag of its own: the statement's speaker's.
        Assert.Equal("joe-biden", Attribute(text, "Proud Mary", "joe-biden").SpeakerId);
    }

    [Fact]
    public void A_press_release_that_quotes_its_speaker_is_read_as_prose()
    {
        const string text = "Biden issued the following statement today:\n\n“We mourn her.”\n\nThe White House is at 1600 Pennsylvania Avenue.";
        Assert.Equal("joe-biden", Attribute(text, "We mourn her", "joe-biden").SpeakerId);
        // The publisher's boilerplate is nobody's, not the speaker's.
        Assert.Equal(AttributionMethod.Narration, Attribute(text, "1600 Pennsylvania Avenue", "joe-biden").Method);
    }

    // Transcripts.

    [Fact]
    public void A_turn_is_its_speakers_a_quotation_inside_it_follows_its_own_tag_and_a_questioner_is_nobody()
    {
        const string text = "THE PRESIDENT:  As they say, “a worthy adversary.”\n\nQ    If Khalil said “trust but verify,” what do you say?";
        var doc = Plain(text);
        var turns = TranscriptTurns.Find(doc, new Dictionary<string, string> { ["THE PRESIDENT"] = "joe-biden" }, Directory);
        Assert.Equal("joe-biden", Attribute(text, "a worthy adversary", turns: turns).SpeakerId);
        Assert.Equal("redur-khalil", Attribute(text, "trust but verify", turns: turns).SpeakerId);
        var question = Attribute(text, "what do you say", turns: turns);
        Assert.True(question.IsQuestioner);
        Assert.Null(question.SpeakerId);
    }
}

/// <summary>Forms seen in a held-out trial of other publishers: gov.uk, the BBC, NASA, the UN, interviews.</summary>
public class SieveFormsOfOtherPublishersTests
{
    private static readonly SpeakerDirectory Directory = Registry(
        Person("boris-johnson", "Boris Johnson", "Johnson"),
        Person("alistair-burt", "Alistair Burt", "Burt"),
        Person("priti-patel", "Priti Patel", "Patel"),
        Person("rupert-matthews", "Rupert Matthews", "Matthews"),
        Person("charles-bolden", "Charles Bolden", "Bolden"));

    private static SpeakerAttribution Attribute(string text, string passage) =>
        new SpeakerInference(Plain(text), Directory).Attribute(SpanOf(text, passage));

    [Fact]
    public void Paragraphs_after_a_cue_and_a_colon_printed_without_marks_are_the_speakers_until_a_new_tag_or_a_heading()
    {
        const string text = "Foreign Secretary, Boris Johnson, said:\n\nI am delighted to announce that two British nationals are free.\n\nMy thoughts are with the family of the ranger.\n\nMinister for the Middle East, Alistair Burt MP said:\n\nToday was an historic day for Iraq and its people.\n\nFurther information\n\nThe embassy in Baghdad is open on weekdays as usual.";
        Assert.Equal("boris-johnson", Attribute(text, "I am delighted").SpeakerId);
        Assert.Equal("boris-johnson", Attribute(text, "My thoughts are with").SpeakerId);
        // "Alistair Burt MP said": post-nominal letters stand between the name and the verb.
        Assert.Equal("alistair-burt", Attribute(text, "Today was an historic day").SpeakerId);
        // A heading ends the block: what follows is narration again.
        Assert.Equal(AttributionMethod.Narration, Attribute(text, "The embassy in Baghdad").Method);
    }

    [Fact]
    public void A_quotation_continued_on_the_next_line_of_a_text_printed_one_paragraph_per_line()
    {
        const string text = "Home Secretary Priti Patel tweeted: \"I am desperately saddened to hear the news.\n\"He was passionate about delivering for the people.\"\nRupert Matthews, police and crime commissioner for Leicester, Leicestershire and Rutland said: \"I am shocked.\n\"We live in a safer place thanks to his leadership.\"";
        var continued = Attribute(text, "He was passionate");
        Assert.Equal("priti-patel", continued.SpeakerId);
        Assert.Equal(ProseRule.ContinuedQuotation, continued.Rule);
        // An appositive with commas of its own and no closing comma before the verb.
        Assert.Equal("rupert-matthews", Attribute(text, "I am shocked").SpeakerId);
        Assert.Equal("rupert-matthews", Attribute(text, "We live in a safer place").SpeakerId);
    }

    [Theory]
    [InlineData("The following statement is from NASA Administrator Charles Bolden about the mission: “We congratulate the team.”")]
    [InlineData("The following is a statement from NASA Administrator Charles Bolden: “We congratulate the team.”")]
    public void A_statement_from_a_person_introduces_their_words(string text)
    {
        Assert.Equal("charles-bolden", Attribute(text, "We congratulate the team").SpeakerId);
    }

    [Fact]
    public void A_cue_verb_that_introduces_the_next_quotation_is_not_the_tag_of_the_one_before()
    {
        const string text = "Rupert Matthews said: \"We live in a safer place.\"\nHarborough MP Boris Johnson, tweeted, external: \"Simon was a dedicated public servant.\"";
        Assert.Equal("rupert-matthews", Attribute(text, "We live in a safer place").SpeakerId);
        Assert.Equal("boris-johnson", Attribute(text, "Simon was a dedicated").SpeakerId);
    }
}

/// <summary>Sentence ends that read like initials.</summary>
public class SentenceEndsBeforeATagTests
{
    [Theory]
    [InlineData("They had no plan a. Khalil said: “The noose is tightening.”")]
    [InlineData("The talks were the people's. Khalil said: “The noose is tightening.”")]
    [InlineData("Talks went on without a. Khalil said: “The noose is tightening.”")]
    public void A_lowercase_letter_before_a_period_ends_the_sentence_so_no_preposition_governs_the_next_subject(string text)
    {
        var a = new SpeakerInference(Plain(text), Registry()).Attribute(SpanOf(text, "The noose is tightening"));
        Assert.Equal("redur-khalil", a.SpeakerId);
    }
}

/// <summary>A press release's continued quotation flattened onto one line with straight marks.</summary>
public class FlattenedStraightQuotesTests
{
    [Fact]
    public void A_straight_mark_after_a_space_and_before_a_word_opens_the_next_quotation()
    {
        const string text = "The following statement is from Redur Khalil: \"We welcome the talks. \"It was an impressive feat, and we thank them.\" The council meets on Monday.";
        var a = new SpeakerInference(Plain(text), Registry()).Attribute(SpanOf(text, "It was an impressive feat"));
        Assert.Equal("redur-khalil", a.SpeakerId);
        // The words after the last closing mark are the release's own.
        Assert.Equal(AttributionMethod.Narration, new SpeakerInference(Plain(text), Registry()).Attribute(SpanOf(text, "The council meets")).Method);
    }
}

/// <summary>A report printed one paragraph per line, with a crosshead in straight single marks.</summary>
public class SingleQuotedCrossheadTests
{
    private const string Text = "'Huge contribution'\nCouncil leader Redur Khalil said: \"We have lost an outstanding public servant.\n"
        + "\"Our thoughts are with his family at this sad time.\"\nHe added that the flag would be flown at half-mast as a tribute.\n";

    [Fact]
    public void A_closed_single_quotation_does_not_swallow_the_sentences_after_it()
    {
        var a = new SpeakerInference(Plain(Text), Registry()).Attribute(SpanOf(Text, "the flag would be flown at half-mast"));
        Assert.Equal(AttributionMethod.IndirectSpeech, a.Method);
        Assert.Equal("redur-khalil", a.SpeakerId);
    }

    [Fact]
    public void An_unclosed_one_still_carries_on()
    {
        // The crosshead's closing mark gone: the quotation it opens runs on, so the later words are inside it.
        var text = Text.Replace("'Huge contribution'", "'Huge contribution", StringComparison.Ordinal);
        var a = new SpeakerInference(Plain(text), Registry()).Attribute(SpanOf(text, "the flag would be flown at half-mast"));
        Assert.NotEqual(AttributionMethod.IndirectSpeech, a.Method);
    }
}

/// <summary>A statement whose speaker the source does not give.</summary>
public class StatementWithoutSpeakerTests
{
    [Fact]
    public void Its_own_words_are_not_evident_rather_than_narration()
    {
        const string text = "We mourn her passing. She changed music forever.";
        var a = new SpeakerInference(Plain(text), Registry(), ownWordsKind: true).Attribute(SpanOf(text, "We mourn her passing"));
        Assert.Equal(AttributionMethod.None, a.Method);
        Assert.True(a.OwnerUnknown);
        // Any other kind: the source's narration.
        Assert.Equal(AttributionMethod.Narration, new SpeakerInference(Plain(text), Registry()).Attribute(SpanOf(text, "We mourn her passing")).Method);
    }
}
