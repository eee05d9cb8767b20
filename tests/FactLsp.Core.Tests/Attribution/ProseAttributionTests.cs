using FactLsp.Core.Attribution;
using FactLsp.Core.Text;
using static FactLsp.Core.Tests.Attribution.TestDocs;

namespace FactLsp.Core.Tests.Attribution;

public class ProseAttributionTests
{
    private static SpeakerAttribution Attribute(string text, string passage, int occurrence = 0) =>
        SpeakerInference.Attribute(Plain(text), null, Registry(), SpanOf(text, passage, occurrence));

    [Theory]
    [InlineData("“The noose is tightening,” said Khalil.", "Khalil")]
    [InlineData("“The noose is tightening,” Khalil said.", "Khalil")]
    [InlineData("“The noose is tightening,” Khalil later said on Wednesday.", "Khalil")]
    [InlineData("“The noose is tightening,” said senior official Redur Khalil.", "Redur Khalil")]
    [InlineData("“The noose is tightening,” Redur Khalil, a senior official, told AFP.", "Redur Khalil")]
    [InlineData("“Is the noose tightening?” Khalil asked.", "Khalil")]
    [InlineData("“The noose is tightening,” said Mr. Khalil, the official.", "Khalil")]
    [InlineData("“The noose is tightening,” said Gen. Redur Khalil.", "Redur Khalil")]
    public void A_person_named_next_to_a_cue_verb_after_the_quote(string text, string name)
    {
        var a = Attribute(text, "noose");
        Assert.Equal(AttributionMethod.Prose, a.Method);
        Assert.Equal("redur-khalil", a.SpeakerId);
        Assert.Equal(ProseRule.SpeechTag, a.Rule);
        Assert.Equal(SpanOf(text, name), a.NameSpan);
    }

    [Fact]
    public void The_person_named_before_wins_over_the_tag_after()
    {
        var text = "Putin told Erdogan: “We are friends,” said Khalil.";
        Assert.Equal("vladimir-putin", Attribute(text, "We are friends").SpeakerId);
    }

    [Theory]
    [InlineData("“The war is over,” a spokesman said.")]
    [InlineData("“The war is over,” said the ministry.")]
    [InlineData("The ministry said: “The war is over.”")]
    [InlineData("“The war is over.”")]
    [InlineData("“The war is over,” he said.")]
    public void Nobody_inferable_is_None(string text)
    {
        var a = Attribute(text, "The war is over");
        Assert.Equal(AttributionMethod.None, a.Method);
        Assert.Null(a.SpeakerId);
        Assert.Null(a.NameSpan);
        Assert.False(a.Contradicts("redur-khalil"));
    }

    [Fact]
    public void A_quotation_in_single_marks_still_carries()
    {
        const string text = "Khalil said: ‘We will win.’\n\n‘Our battle is still long.’";
        Assert.Equal("redur-khalil", Attribute(text, "Our battle").SpeakerId);
    }

    [Fact]
    public void Another_subject_breaks_the_chain()
    {
        const string text = "Khalil said the war was over. A spokesman said it was not. “We will fight on,” he said.";
        Assert.Equal(AttributionMethod.None, Attribute(text, "We will fight on").Method);
    }

    [Theory]
    [InlineData("Putin’s spokesman said “the talks went well”.")]
    [InlineData("“The talks went well,” said Putin’s spokesman.")]
    [InlineData("“The talks went well,” said the report, which Putin commissioned.")]
    public void A_possessive_or_a_later_clause_does_not_name_the_speaker(string text)
    {
        Assert.Equal(AttributionMethod.None, Attribute(text, "alks went well").Method);
    }

    [Fact]
    public void A_registered_spokesman_after_a_possessive_is_the_speaker()
    {
        var text = "Putin’s spokesman Dmitry Peskov said “the talks went well”.";
        var a = SpeakerInference.Attribute(Plain(text), null, Registry(Person("dmitry-peskov", "Dmitry Peskov")), SpanOf(text, "the talks"));
        Assert.Equal("dmitry-peskov", a.SpeakerId);
    }

    [Fact]
    public void A_sentence_that_names_nobody_does_not_break_the_chain()
    {
        const string text = "Khalil said the war was over. The offensive began in September. “We will fight on,” he said.";
        var a = Attribute(text, "We will fight on");
        Assert.Equal("redur-khalil", a.SpeakerId);
        Assert.Equal(ProseRule.PreviousSentence, a.Rule);
    }

    [Fact]
    public void A_possessive_mention_is_not_a_sentence_subject_but_a_plain_one_is()
    {
        const string text = "Khalil said the war was over. Trump’s troops left. “We will fight on,” he said. Putin arrived. “Welcome,” he said.";
        Assert.Equal("redur-khalil", Attribute(text, "We will fight on").SpeakerId);
        Assert.Equal("vladimir-putin", Attribute(text, "Welcome").SpeakerId);
    }

    [Fact]
    public void Carries_over_from_the_previous_paragraph_and_then_within_the_new_one()
    {
        const string text = """
            Redur Khalil, a senior Kurdish official, said the gains heralded a new phase.

            “Our battle is still long.” “It will be waged in several phases.”

            Putin said Russia would help. “We are ready.”
            """;
        var first = Attribute(text, "Our battle");
        Assert.Equal("redur-khalil", first.SpeakerId);
        Assert.Equal(ProseRule.PreviousParagraph, first.Rule);
        Assert.Equal(SpanOf(text, "Redur Khalil"), first.NameSpan);

        var second = Attribute(text, "It will be waged");
        Assert.Equal("redur-khalil", second.SpeakerId);
        Assert.Equal(ProseRule.PreviousQuotation, second.Rule);

        var third = Attribute(text, "We are ready");
        Assert.Equal("vladimir-putin", third.SpeakerId);
        Assert.Equal(ProseRule.PreviousSentence, third.Rule);
    }

    [Fact]
    public void Quotes_in_one_sentence_carry_left_to_right()
    {
        const string text = "“We will win,” said Khalil, “and then we will rebuild.”";
        var second = Attribute(text, "and then we will rebuild");
        Assert.Equal("redur-khalil", second.SpeakerId);
        Assert.Equal(SpanOf(text, "Khalil"), second.NameSpan);
    }

    [Fact]
    public void Names_inside_an_earlier_quote_do_not_count_as_the_speaker()
    {
        const string text = "“Erdogan is a friend,” Putin said, “and a partner.”";
        var a = Attribute(text, "and a partner");
        Assert.Equal("vladimir-putin", a.SpeakerId);
    }

    [Theory]
    [InlineData("Mr. Putin met U.S. envoys on Jan. 5 and said “we are ready”.")]
    [InlineData("Putin met Gen. Smith and Dr. Jones in the U.S. and told them “we are ready”.")]
    public void Abbreviations_do_not_split_the_sentence(string text)
    {
        var a = Attribute(text, "we are ready");
        Assert.Equal("vladimir-putin", a.SpeakerId);
        Assert.Equal(ProseRule.SpeechTag, a.Rule);
    }

    [Fact]
    public void A_real_sentence_end_still_splits()
    {
        // If "no." did not end the sentence, Putin (before the quote) would be the speaker.
        const string text = "Putin said no. Then the ministry said “we are ready”.";
        Assert.Equal(AttributionMethod.None, Attribute(text, "we are ready").Method);
    }

    [Fact]
    public void A_passage_the_source_prints_without_quotation_marks_is_placed_in_its_sentence()
    {
        const string text = "Khalil spoke first. Putin said Russia would coordinate with Turkey on Syria.";
        var a = Attribute(text, "Russia would coordinate");
        Assert.Equal("vladimir-putin", a.SpeakerId);
    }

    [Fact]
    public void Crlf_text_keeps_exact_spans()
    {
        const string text = "Redur Khalil, a senior official, said the gains\r\nheralded a new phase.\r\n\r\n“Our battle is still long,”\r\nhe said.\r\n";
        var a = Attribute(text, "Our battle");
        Assert.Equal("redur-khalil", a.SpeakerId);
        Assert.Equal(ProseRule.PreviousParagraph, a.Rule);
        Assert.Equal(new TextSpan(0, "Redur Khalil".Length), a.NameSpan);
    }

    [Fact]
    public void Emoji_before_the_passage_keep_spans_exact()
    {
        const string text = "🇹🇷🔥 Erdogan 🙂 said “our solidarity matters” 👍.";
        var a = Attribute(text, "our solidarity matters");
        Assert.Equal("recep-tayyip-erdogan", a.SpeakerId);
        Assert.Equal(SpanOf(text, "Erdogan"), a.NameSpan);
        Assert.Equal("Erdogan", At(text, a.NameSpan));
    }

    [Fact]
    public void A_passage_outside_any_paragraph_is_nobodys()
    {
        var doc = Plain("Putin said “yes”.");
        Assert.Equal(AttributionMethod.None, SpeakerInference.Attribute(doc, null, Registry(), new TextSpan(500, 3)).Method);
    }

    [Theory]
    [InlineData("‘We will win,’ said Khalil.", "Khalil")]
    [InlineData("‘We will win,’ Khalil said.", "Khalil")]
    [InlineData("'We will win,' said Khalil.", "Khalil")]
    [InlineData("'We will win,' Khalil said.", "Khalil")]
    [InlineData("‘We will win,’ said senior official Redur Khalil.", "Redur Khalil")]
    [InlineData("‘We don’t doubt Erdogan’s word,’ said Khalil.", "Khalil")]
    [InlineData("'We don't doubt Erdogan's word,' Khalil said.", "Khalil")]
    [InlineData("‘We think the dogs’ war is over; rock ’n’ roll is back,’ Khalil said.", "Khalil")]
    [InlineData("‘We will win. We always win,’ said Khalil.", "Khalil")]
    public void British_wire_copy_names_the_speaker_after_a_quote_in_single_marks(string text, string name)
    {
        var a = Attribute(text, "We ");
        Assert.Equal(AttributionMethod.Prose, a.Method);
        Assert.Equal("redur-khalil", a.SpeakerId);
        Assert.Equal(ProseRule.SpeechTag, a.Rule);
        Assert.Equal(SpanOf(text, name), a.NameSpan);
    }

    [Theory]
    [InlineData("Khalil said: ‘We will win.’")]
    [InlineData("Khalil’s ally Putin said: ‘We will win.’")]
    [InlineData("Putin said Erdogan's 'friends' were 'winning'.")]
    public void British_wire_copy_names_the_speaker_before_a_quote_in_single_marks(string text)
    {
        var passage = text.Contains("win.") ? "We will win" : "winning";
        var a = Attribute(text, passage);
        var expected = text.StartsWith("Khalil said", StringComparison.Ordinal) ? "redur-khalil" : "vladimir-putin";
        Assert.Equal(expected, a.SpeakerId);
        // 'winning' has no cue verb of its own since 'friends': it follows the sentence's previous quotation.
        Assert.Equal(passage == "winning" ? ProseRule.PreviousQuotation : ProseRule.SpeechTag, a.Rule);
    }

    [Fact]
    public void A_pronoun_after_a_quote_in_single_marks_carries()
    {
        const string text = "Khalil, a senior official, spoke on Wednesday. ‘The noose is tightening,’ he said. ‘Our battle isn’t over.’\n\n'We'll win,' he added.";
        var first = Attribute(text, "noose");
        Assert.Equal("redur-khalil", first.SpeakerId);
        Assert.Equal(ProseRule.PreviousSentence, first.Rule);
        Assert.Equal(SpanOf(text, "Khalil"), first.NameSpan);
        Assert.Equal(ProseRule.PreviousQuotation, Attribute(text, "Our battle").Rule);
        var third = Attribute(text, "We'll win");
        Assert.Equal("redur-khalil", third.SpeakerId);
        Assert.Equal(ProseRule.PreviousParagraph, third.Rule);
    }

    [Theory]
    [InlineData("‘The war is over,’ a spokesman said.")]
    [InlineData("‘The war is over,’ said the ministry.")]
    [InlineData("The ministry said: ‘The war is over.’")]
    [InlineData("Khalil left. The ministry said: 'The war is over.'")]
    public void Cue_verb_rules_apply_to_quotes_in_single_marks(string text)
    {
        Assert.Equal(AttributionMethod.None, Attribute(text, "The war is over").Method);
    }

    [Fact]
    public void A_name_inside_a_quote_in_single_marks_is_not_the_speaker()
    {
        // Before single marks were quotations, Putin (named "before" the passage) took Khalil's words.
        const string text = "‘Putin is a friend,’ Khalil said, ‘and a partner.’";
        Assert.Equal("redur-khalil", Attribute(text, "Putin is a friend").SpeakerId);
        var second = Attribute(text, "and a partner");
        Assert.Equal("redur-khalil", second.SpeakerId);
        Assert.Equal(SpanOf(text, "Khalil"), second.NameSpan);
    }

    [Theory]
    // Spec v1.1: a quotation inside a quotation is given by its own speech tag inside the outer one; the outer
    // quotation's own words stay its speaker's.
    [InlineData("“He said ‘no’ to me,” said Khalil.", "to me", "redur-khalil")]
    [InlineData("“Putin said 'no' to me,” Khalil said.", "no", "vladimir-putin")]
    [InlineData("‘Putin told me “no”,’ said Khalil.", "no", "vladimir-putin")]
    [InlineData("“We reject what they call ‘unbalanced reporting’,” Khalil said.", "unbalanced reporting", "redur-khalil")]
    [InlineData("“I call it ‘a new phase’,” Khalil said.", "a new phase", "redur-khalil")]
    public void A_nested_quote_is_given_by_its_own_speech_tag_inside_the_outer_one(string text, string passage, string expected)
    {
        var a = Attribute(text, passage);
        Assert.Equal(expected, a.SpeakerId);
    }

    [Fact]
    public void A_nested_quote_whose_tag_is_an_unresolved_he_is_nobodys()
    {
        var a = Attribute("“He said ‘no’ to me,” said Khalil.", "no");
        Assert.Equal(AttributionMethod.QuotedInside, a.Method);
        Assert.Null(a.SpeakerId);
    }

    [Fact]
    public void An_unmatched_apostrophe_does_not_swallow_the_quotes_after_it()
    {
        const string text = "Officials said the 'deal was off. “We will win,” said Putin. ‘It is over,’ Khalil said.";
        Assert.Equal("vladimir-putin", Attribute(text, "We will win").SpeakerId);
        var a = Attribute(text, "It is over");
        Assert.Equal("redur-khalil", a.SpeakerId);
        Assert.Equal(ProseRule.SpeechTag, a.Rule);
    }

    [Fact]
    public void Narration_after_a_closed_quote_in_single_marks_is_nobodys()
    {
        // The ‘peace plan’ is a closed quotation, so it no longer makes the rest of the sentence someone's speech.
        const string text = "Khalil said the war was over.\n\nThe ‘peace plan’ is dead and the war goes on.";
        Assert.Equal(AttributionMethod.Narration, Attribute(text, "the war goes on").Method);
        Assert.Equal("redur-khalil", Attribute(text, "peace plan").SpeakerId);
    }

    [Fact]
    public void A_quote_in_single_marks_continued_in_the_next_paragraph_is_not_narration()
    {
        const string text = "Khalil said: ‘We will win.\n\n‘Our battle is still long.\n\n‘It will be waged in phases.’";
        Assert.Equal("redur-khalil", Attribute(text, "Our battle").SpeakerId);
    }
}
