using FactLsp.Core.Attribution;
using FactLsp.Core.Text;
using static FactLsp.Core.Tests.Attribution.TestDocs;

namespace FactLsp.Core.Tests.Attribution;

/// <summary>Sources and articles that carry FactLsp annotations of their own.</summary>
public class AnnotationAttributionTests
{
    private const string Text = "Putin met Erdogan. “We are friends,” he said. “Solidarity matters.”";

    [Fact]
    public void A_passage_inside_an_annotation_with_by_is_that_speakers()
    {
        var content = SpanOf(Text, "“We are friends,”");
        var doc = Plain(Text, new PlainAnnotation(content, "quote", "recep-tayyip-erdogan", "some-src"));
        var a = SpeakerInference.Attribute(doc, null, Registry(), SpanOf(Text, "We are friends"));
        Assert.Equal(AttributionMethod.SourceAnnotation, a.Method);
        Assert.Equal("recep-tayyip-erdogan", a.SpeakerId);
        Assert.Equal(content, a.NameSpan);
        // The prose alone would have said Putin: the annotation wins.
        Assert.Equal("vladimir-putin", SpeakerInference.Attribute(Plain(Text), null, Registry(), SpanOf(Text, "We are friends")).SpeakerId);
    }

    [Fact]
    public void An_annotation_without_by_or_not_holding_the_passage_is_ignored()
    {
        var claim = new PlainAnnotation(SpanOf(Text, "“We are friends,”"), "claim", null, "some-src");
        var elsewhere = new PlainAnnotation(SpanOf(Text, "Putin met"), "claim", "recep-tayyip-erdogan", null);
        var a = SpeakerInference.Attribute(Plain(Text, claim, elsewhere), null, Registry(), SpanOf(Text, "We are friends"));
        Assert.Equal(AttributionMethod.Prose, a.Method);
        Assert.Equal("vladimir-putin", a.SpeakerId);
    }

    [Fact]
    public void The_innermost_annotation_wins()
    {
        var outer = new PlainAnnotation(SpanOf(Text, "“We are friends,” he said."), "claim", "vladimir-putin", null);
        var inner = new PlainAnnotation(SpanOf(Text, "“We are friends,”"), "quote", "recep-tayyip-erdogan", "s");
        var a = SpeakerInference.Attribute(Plain(Text, outer, inner), null, Registry(), SpanOf(Text, "We are friends"));
        Assert.Equal("recep-tayyip-erdogan", a.SpeakerId);
    }

    [Fact]
    public void In_an_article_an_annotated_quote_feeds_the_chain_for_the_next_unannotated_one()
    {
        // The writer annotated the first quote as Erdogan's; the next, untagged quote follows it.
        var content = SpanOf(Text, "“We are friends,”");
        var article = Plain(Text, new PlainAnnotation(content, "quote", "recep-tayyip-erdogan", "s"));
        var a = SpeakerInference.AttributeInArticle(article, Registry(), SpanOf(Text, "Solidarity matters"));
        Assert.Equal(AttributionMethod.Prose, a.Method);
        Assert.Equal("recep-tayyip-erdogan", a.SpeakerId);
        Assert.Equal(ProseRule.PreviousQuotation, a.Rule);
        Assert.Equal(content, a.NameSpan);
    }

    [Fact]
    public void In_an_article_the_unannotated_quote_is_inferred_like_a_sources()
    {
        const string article = "Redur Khalil, a senior Kurdish official, said the gains heralded a new phase.\n\n“Our battle is still long,” he said.";
        var a = SpeakerInference.AttributeInArticle(Plain(article), Registry(), SpanOf(article, "“Our battle is still long,”"));
        Assert.Equal("redur-khalil", a.SpeakerId);
        Assert.Equal(new TextSpan(0, 12), a.NameSpan);
    }
}
