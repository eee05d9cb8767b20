using FactLsp.Core.Attribution;
using static FactLsp.Core.Tests.Attribution.TestDocs;

namespace FactLsp.Core.Tests.Attribution;

/// <summary>The real Dawn report: every quotation in it must go to the person the report gives it to.</summary>
public class DawnAttributionTests
{
    private static readonly string Text = DawnFixture.Text;
    private static readonly SpeakerInference Inference = new(Plain(Text), Registry());

    private static SpeakerAttribution Attribute(string passage) => Inference.Attribute(SpanOf(Text, passage));

    [Fact]
    public void Khalils_first_quote_is_his_through_he_said_and_the_previous_sentence()
    {
        var a = Attribute("Geographically, the noose is tightening around IS,");
        Assert.Equal(AttributionMethod.Prose, a.Method);
        Assert.Equal("redur-khalil", a.SpeakerId);
        Assert.Equal(ProseRule.PreviousSentence, a.Rule);
        // The name span is where the previous sentence names him, for related information.
        Assert.Equal(SpanOf(Text, "Redur Khalil"), a.NameSpan);
    }

    [Theory]
    [InlineData("But we have to repeat it: the geographical end of IS does not mean the organisation is terminated.")]
    [InlineData("the geographical end of IS does not mean the organisation is terminated")]
    [InlineData("Our battle is still long and will be waged in several phases.")]
    public void Khalils_untagged_quotes_carry_from_the_previous_quote(string passage)
    {
        var a = Attribute(passage);
        Assert.Equal(AttributionMethod.Prose, a.Method);
        Assert.Equal("redur-khalil", a.SpeakerId);
        Assert.Equal(ProseRule.PreviousQuotation, a.Rule);
        Assert.Equal("Redur Khalil", At(Text, a.NameSpan));
    }

    [Theory]
    [InlineData("dear friend")]
    [InlineData("work on issues of regional security and actively cooperate on Syria")]
    public void Putins_words_are_his_as_the_first_person_named_before_them(string passage)
    {
        var a = Attribute(passage);
        Assert.Equal(AttributionMethod.Prose, a.Method);
        Assert.Equal("vladimir-putin", a.SpeakerId);
        Assert.Equal(ProseRule.SpeechTag, a.Rule);
        Assert.Equal(SpanOf(Text, "Putin addressed").Start, a.NameSpan!.Value.Start);
        Assert.Equal("Putin", At(Text, a.NameSpan));
    }

    [Fact]
    public void Erdogans_words_are_his()
    {
        var a = Attribute("our solidarity makes a weighty contribution to the security of the region");
        Assert.Equal("recep-tayyip-erdogan", a.SpeakerId);
        Assert.Equal(ProseRule.SpeechTag, a.Rule);
        Assert.Equal(SpanOf(Text, "Erdogan used").Start, a.NameSpan!.Value.Start);
        Assert.Equal("Erdogan", At(Text, a.NameSpan));
    }

    [Fact]
    public void Checking_Khalils_quote_as_Putins_disagrees()
    {
        var a = Attribute("Our battle is still long and will be waged in several phases.");
        Assert.True(a.Contradicts("vladimir-putin"));
        Assert.False(a.Contradicts("redur-khalil"));
    }

    [Fact]
    public void Checking_Putins_words_as_Erdogans_disagrees()
    {
        Assert.True(Attribute("dear friend").Contradicts("recep-tayyip-erdogan"));
    }

    // "…met for Syria talks in Moscow on Wednesday, with Turkey saying they would focus on Ankara’s so-called
    // “security zone”": the speech tag is "Turkey saying", and Turkey is nobody registered (spec v1.1 step 1:
    // the subject of the cue verb, not the first person named in the sentence).
    [Fact]
    public void A_scare_quote_passage_goes_to_the_subject_of_its_tag_here_nobody()
    {
        var a = Attribute("security zone");
        Assert.Equal(AttributionMethod.None, a.Method);
        Assert.Null(a.SpeakerId);
        Assert.Equal("with Turkey saying", At(Text, a.Evidence));
    }

    [Fact]
    public void The_last_security_zone_goes_to_Erdogan_who_said_so()
    {
        var a = Inference.Attribute(SpanOf(Text, "security zone", 1));
        Assert.Equal("recep-tayyip-erdogan", a.SpeakerId);
    }

    [Fact]
    public void A_caliphate_with_no_named_speaker_in_the_first_paragraph_is_nobodys()
    {
        // "…a war monitor said": nobody registered; nothing to carry at the start of the text.
        var a = Attribute("caliphate");
        Assert.Equal(AttributionMethod.None, a.Method);
        Assert.Null(a.SpeakerId);
        Assert.Null(a.NameSpan);
    }

    [Theory]
    // The reporter's own narration: no quotation marks and no cue verb. Nobody's quotation (spec v1.1:
    // not-quoted-in-source), even with a person named before them or a speaker in the previous paragraph.
    [InlineData("Russia provides critical support to the Syrian government")]
    [InlineData("The warm rhetoric came despite the fact that the two leaders are on opposite sides")]
    [InlineData("met for Syria talks in Moscow on Wednesday")]
    public void The_reporters_narration_is_nobodys(string passage)
    {
        var a = Attribute(passage);
        Assert.Equal(AttributionMethod.Narration, a.Method);
        Assert.Null(a.SpeakerId);
    }

    [Fact]
    public void Indirect_speech_with_a_cue_verb_is_still_the_speakers()
    {
        var a = Attribute("the latest gains only heralded a new phase in the fight against the jihadists");
        Assert.Equal(AttributionMethod.IndirectSpeech, a.Method);
        Assert.Equal("redur-khalil", a.SpeakerId);
    }

    [Fact]
    public void Mentions_are_found_on_word_boundaries_including_possessives()
    {
        var mentions = Inference.Mentions.Select(m => (Text.Substring(m.Span.Start, m.Span.Length), m.PersonId)).ToList();
        Assert.Contains(("Recep Tayyip Erdogan", "recep-tayyip-erdogan"), mentions);
        Assert.Contains(("Donald Trump", "donald-trump"), mentions);
        Assert.Contains(("Bashar al-Assad", "bashar-al-assad"), mentions);
        Assert.Contains(("Trump", "donald-trump"), mentions);
        // "Recep Tayyip Erdogan" is one mention, not also "Erdogan".
        Assert.Equal(5, mentions.Count(m => m.PersonId == "recep-tayyip-erdogan"));
    }
}
