using CsCheck;
using FactLsp.Core.Attribution;
using FactLsp.Core.Text;
using static FactLsp.Core.Tests.Attribution.TestDocs;

namespace FactLsp.Core.Tests.Attribution;

/// <summary>
/// One inference serves every quotation of a document (the checker asks it about each unannotated
/// one): its answers must not depend on which passages were asked about before, or in what order.
/// </summary>
public class AttributionOrderTests
{
    private static readonly string[] Tokens =
    [
        "Putin", "Khalil", "Redur Khalil", "said", "told", "he", "a spokesman", "the", "war", " ", " ", " ", ",", ".",
        "“", "”", "“four words in quotes”", "\n", "\n\n", "’", "‘", "'",
    ];

    [Fact]
    public void A_shared_inference_answers_as_a_fresh_one_whatever_the_order_of_questions()
    {
        var gen = Gen.Select(Gen.OneOf(Tokens).Array[0, 80].Select(parts => string.Concat(parts)), Gen.Int);
        gen.Sample((text, seed) =>
        {
            var doc = Plain(text);
            var directory = Registry();
            var passages = doc.Paragraphs
                .SelectMany(p => Sentences.Split(text, p).SelectMany(s => s.Quotes.Append(s.Span)))
                .ToList();
            var shuffled = passages.OrderBy(_ => new Random(seed).Next()).ToList();
            var shared = new SpeakerInference(doc, directory);
            foreach (var passage in shuffled)
            {
                var fresh = SpeakerInference.AttributeInArticle(doc, directory, passage);
                Assert.Equal(fresh, shared.Attribute(passage));
            }
        }, iter: 300);
    }

    [Fact]
    public void Every_quotation_of_a_long_unbroken_paragraph_carries_the_speaker_named_first()
    {
        var text = "Redur Khalil said " + string.Join("\n", Enumerable.Repeat("“four words in quotes”", 300));
        var doc = Plain(text);
        var inference = new SpeakerInference(doc, Registry());
        var quotes = Sentences.Split(text, doc.Paragraphs[0]).SelectMany(s => s.Quotes).ToList();
        Assert.Equal(300, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("redur-khalil", inference.Attribute(q).SpeakerId));
    }
}
