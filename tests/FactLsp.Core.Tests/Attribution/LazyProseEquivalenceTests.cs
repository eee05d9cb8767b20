using CsCheck;
using FactLsp.Core.Attribution;
using FactLsp.Core.Model;
using FactLsp.Core.Tests.Attribution.Reference;
using FactLsp.Core.Text;
using static FactLsp.Core.Tests.Attribution.TestDocs;

namespace FactLsp.Core.Tests.Attribution;

/// <summary>
/// The prose pass runs lazily, over windows of paragraphs ending at the one asked about: every answer must be the
/// whole pass's (the pass as it was, kept under Reference/), whatever was asked before and in whatever order, on
/// generated news with speakers carried across paragraphs and on real text.
/// </summary>
public class LazyProseEquivalenceTests
{
    private static readonly string[] Words =
    [
        "Putin", "Vladimir Putin", "Khalil", "Redur Khalil", "Erdogan", "Anna Khalil", "Trump", "said", "says", "told", "added", "according to",
        "he", "she", "they", "I", "a spokesman", "the", "war", "the president", "Mr.", "talks", "Syria", "“", "”", "\"", "‘", "’", "'", "region's",
        "«", "»", ",", ".", ":", "?", "—", "\n", "Q:", "KHALIL:", "statement",
    ];

    /// <summary>Sentences of words, paragraphs of sentences: quotations, cue verbs, pronouns and open marks spread over many paragraphs.</summary>
    private static readonly Gen<string> Document = Gen.OneOf(Words).Array[1, 14].Select(w => string.Join(' ', w))
        .Array[1, 5].Select(s => string.Join(". ", s))
        .Array[1, 24].Select(p => string.Join("\n\n", p));

    /// <summary>Paragraphs built of whole constructions the pass carries from one to the next.</summary>
    private static readonly string[] Pieces =
    [
        "Redur Khalil, a senior official, said the gains were real.", "“The noose is tightening,” he said.", "“It is not over.”",
        "Putin said:", "The talks will resume in spring and the council will meet again soon.", "“We are friends,” said Erdogan.",
        "A spokesman said “nothing” would change.", "“Our battle is still long", "and will be waged in phases.”", "She added that 'it was over.",
        "Erdogan arrived in Moscow.", "“Welcome,” he said.", "Khalil told reporters the war was not over.", "“Yes.”", "He said it was 'the end'.",
        "The weather was cold that day in the north of the country.", "Anna Khalil said: “I agree.”", "“Trump”", "he said",
    ];

    private static readonly Gen<string> Story = Gen.OneOf(Pieces).Array[1, 4].Select(s => string.Join(' ', s))
        .Array[1, 30].Select(p => string.Join("\n\n", p));

    [Fact]
    public void Generated_documents_answer_as_the_whole_pass_in_any_order() =>
        Gen.Select(Document, Gen.Int).Sample((text, seed) => AnswersAlike(text, seed), iter: 400);

    [Fact]
    public void Stories_carrying_speakers_across_paragraphs_answer_as_the_whole_pass_in_any_order() =>
        Gen.Select(Story, Gen.Int).Sample((text, seed) => AnswersAlike(text, seed), iter: 400);

    [Fact]
    public void Paragraphs_listed_out_of_order_answer_as_the_whole_pass() =>
        Gen.Select(Story, Gen.Int).Sample((text, seed) =>
        {
            var doc = Plain(text);
            AnswersAlike(doc with { Paragraphs = doc.Paragraphs.Reverse().ToList() }, seed);
        }, iter: 100);

    [Fact]
    public void Empty_paragraphs_where_others_start_answer_as_the_whole_pass() =>
        Gen.Select(Story, Gen.Int).Sample((text, seed) =>
        {
            var doc = Plain(text);
            var paragraphs = doc.Paragraphs.SelectMany((p, i) => i % 2 == seed % 2 ? new[] { new TextSpan(p.Start, 0), p } : [p]).ToList();
            AnswersAlike(doc with { Paragraphs = paragraphs }, seed);
        }, iter: 100);

    [Fact]
    public void The_dawn_report_answers_as_the_whole_pass() =>
        Enumerable.Range(0, 20).ToList().ForEach(seed => AnswersAlike(DawnFixture.Text, seed));

    [Fact]
    public void The_fixtures_read_as_prose_answer_as_the_whole_pass()
    {
        var fixtures = System.IO.Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.md", SearchOption.AllDirectories);
        Assert.NotEmpty(fixtures);
        foreach (var path in fixtures)
        {
            AnswersAlike(File.ReadAllText(path).ReplaceLineEndings("\n"), path.Length);
        }
    }

    [Fact]
    public void A_quotation_far_down_a_long_document_carries_the_speaker_named_at_its_top()
    {
        // Nothing between the name and the last quotation names anybody else: the window must reach the top.
        var text = "Redur Khalil said the war was long.\n\n" + string.Join("\n\n", Enumerable.Repeat("“It goes on.”", 200));
        var doc = Plain(text);
        var lazy = new ProseAttributor(doc, Registry());
        var last = Sentences.Split(text, doc.Paragraphs[^1])[0].Quotes[0];
        Assert.Equal("redur-khalil", lazy.Quotation(last).SpeakerId);
        Assert.Equal(new ReferenceProseAttributor(doc, Registry()).Quotation(last), lazy.Quotation(last));
    }

    /// <summary>The test registry with a president (named by title alone) and a person the texts never name.</summary>
    private static readonly SpeakerDirectory Directory = Registry(
        new Person("joe-biden", "Joe Biden", [], null, [new PersonRole("President", null, null, null)], null, Definition.None),
        Person("nobody-named", "Xavier Quill"));

    /// <summary>
    /// Asks a lazy attributor about every sentence, quotation, nested quotation and a few odd spans, in an order
    /// drawn from <paramref name="seed"/>, and a fresh one about each alone; both must answer as the reference.
    /// </summary>
    private static void AnswersAlike(string text, int seed) => AnswersAlike(Plain(text), seed);

    private static void AnswersAlike(PlainDocument doc, int seed)
    {
        var text = doc.Text.Text;
        var directory = Directory;
        var reference = new ReferenceProseAttributor(doc, directory);
        var lazy = new ProseAttributor(doc, directory);
        var random = new Random(seed);
        var passages = doc.Paragraphs
            .SelectMany(p => Sentences.Split(text, p).SelectMany(s => s.Quotes.Concat(s.Nested).Append(s.Span).Append(new TextSpan(s.Span.Start + s.Span.Length / 2, 0))))
            .Append(new TextSpan(0, 0))
            .Append(new TextSpan(text.Length, 0))
            .OrderBy(_ => random.Next())
            .ToList();
        var askWhole = random.Next(passages.Count + 1);
        for (var i = 0; i < passages.Count; i++)
        {
            if (i == askWhole)
            {
                // The questions about the whole document, asked part way through: first by whom, then the set.
                var speakers = reference.QuotationSpeakers();
                Assert.Equal(speakers.Count > 0, lazy.AnyQuotationBy(null));
                foreach (var person in directory.People)
                {
                    Assert.Equal(speakers.Contains(person.Id), lazy.AnyQuotationBy(person.Id));
                }
                Assert.True(speakers.SetEquals(lazy.QuotationSpeakers()), text);
            }
            Ask(reference, lazy, passages[i], text);
            if (i % 7 == 0)
            {
                Ask(reference, new ProseAttributor(doc, directory), passages[i], text);
            }
        }
        Assert.True(reference.QuotationSpeakers().SetEquals(lazy.QuotationSpeakers()), text);
        Assert.Equal(reference.Mentions, lazy.Mentions);
    }

    private static void Ask(ReferenceProseAttributor reference, ProseAttributor lazy, TextSpan passage, string text)
    {
        var expected = reference.Locate(passage);
        var actual = lazy.Locate(passage);
        Assert.Equal(expected is null, actual is null);
        if (expected is null || actual is null)
        {
            return;
        }
        Assert.Equal(expected.Sentence.Span, actual.Sentence.Span);
        Assert.Equal(expected.Sentence.Quotes.ToArray(), actual.Sentence.Quotes.ToArray());
        Assert.Equal(expected.Sentence.Nested.ToArray(), actual.Sentence.Nested.ToArray());
        Assert.Equal((expected.Paragraph, expected.Quote, expected.Nested), (actual.Paragraph, actual.Quote, actual.Nested));
        var owner = new SpeakerAttribution(AttributionMethod.OwnWords, "vladimir-putin", null);
        if (expected.Quote is { } quote)
        {
            Assert.True(expected.Sentence.Quotes.Count > 0);
            Assert.Equal(reference.Quotation(quote), lazy.Quotation(quote));
            Assert.Equal(
                reference.InsideVoice(expected.Sentence, quote, expected.Paragraph, expected.Sentence.Quotes, owner),
                lazy.InsideVoice(actual.Sentence, quote, actual.Paragraph, actual.Sentence.Quotes, owner));
        }
        else
        {
            var want = reference.Unquoted(expected.Sentence, expected.Paragraph, passage);
            var got = lazy.Unquoted(actual.Sentence, actual.Paragraph, passage);
            Assert.True(want == got, $"Unquoted at {passage} of «{text}»: {want} vs {got}");
        }
    }
}
