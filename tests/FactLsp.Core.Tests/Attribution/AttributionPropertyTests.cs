using CsCheck;
using FactLsp.Core.Attribution;
using FactLsp.Core.Text;
using static FactLsp.Core.Tests.Attribution.TestDocs;

namespace FactLsp.Core.Tests.Attribution;

/// <summary>Invariants over random news-like text built from tokens that exercise every rule.</summary>
public class AttributionPropertyTests
{
    private static readonly string[] Tokens =
    [
        "Putin", "Vladimir Putin", "Khalil", "Redur Khalil", "Erdogan", "Erdogan’s", "Putinism", "al-Assad", "said", "told", "he",
        "they", "a spokesman", "the", "war", "Mr.", "U.S.", "12:30", "KHALIL:", "**Putin:**", "Note:", " ", " ", " ", ",", ".",
        "?", "…", "“", "”", "\"", "«", "»", "\n", "\n\n", "\r\n", "🙂", "’", ":", "‘", "'", "n", "s", "-", "(", "90s",
    ];

    private static readonly Gen<string> News = Gen.OneOf(Tokens).Array[0, 60].Select(parts => string.Concat(parts));

    [Fact]
    public void Sentences_are_ordered_trimmed_inside_their_paragraph_and_never_cut_a_quote()
    {
        News.Sample(text =>
        {
            var doc = Plain(text);
            foreach (var paragraph in doc.Paragraphs)
            {
                var sentences = Sentences.Split(text, paragraph);
                var previousEnd = paragraph.Start;
                foreach (var sentence in sentences)
                {
                    Assert.True(paragraph.Contains(sentence.Span), $"{sentence.Span} outside {paragraph}");
                    Assert.True(sentence.Span.Start >= previousEnd);
                    Assert.False(char.IsWhiteSpace(text[sentence.Span.Start]));
                    Assert.False(char.IsWhiteSpace(text[sentence.Span.End - 1]));
                    // No non-space character falls between two sentences.
                    Assert.True(string.IsNullOrWhiteSpace(text[previousEnd..sentence.Span.Start]));
                    previousEnd = sentence.Span.End;
                    foreach (var quote in sentence.Quotes)
                    {
                        Assert.True(sentence.Span.Contains(quote), $"quote {quote} cut by sentence {sentence.Span} in {text}");
                    }
                }
                Assert.True(string.IsNullOrWhiteSpace(text[previousEnd..paragraph.End]));
            }
        });
    }

    [Fact]
    public void Single_marks_pair_up_in_order_and_never_inside_a_word()
    {
        News.Sample(text =>
        {
            foreach (var paragraph in Plain(text).Paragraphs)
            {
                var depth = 0;
                foreach (var (at, opens) in SingleQuotes.Find(text, paragraph).OrderBy(m => m.Key))
                {
                    Assert.True(paragraph.Contains(at));
                    Assert.False(at > 0 && at + 1 < text.Length && char.IsLetterOrDigit(text[at - 1]) && char.IsLetterOrDigit(text[at + 1]), $"mark inside a word at {at} in {text}");
                    depth += opens ? 1 : -1;
                    Assert.True(depth >= 0, $"closing mark at {at} before its opening one in {text}");
                }
                Assert.Equal(0, depth);
            }
        });
    }

    [Fact]
    public void Mentions_are_ordered_disjoint_on_word_boundaries_and_spell_a_name_of_their_person()
    {
        var directory = Registry();
        News.Sample(text =>
        {
            var previousEnd = 0;
            foreach (var mention in directory.FindMentions(text))
            {
                Assert.True(mention.Span.Start >= previousEnd);
                previousEnd = mention.Span.End;
                Assert.True(mention.Span.Start == 0 || !char.IsLetterOrDigit(text[mention.Span.Start - 1]));
                Assert.True(mention.Span.End == text.Length || !char.IsLetterOrDigit(text[mention.Span.End]));
                var words = string.Join(' ', text.Substring(mention.Span.Start, mention.Span.Length).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                Assert.Contains(directory.Get(mention.PersonId)!.MentionNames, n => string.Equals(n, words, StringComparison.OrdinalIgnoreCase));
            }
        });
    }

    [Fact]
    public void Every_passage_gets_a_consistent_answer()
    {
        var gen = from text in News
                  from a in Gen.Int[0, text.Length]
                  from b in Gen.Int[0, text.Length]
                  select (text, TextSpan.FromBounds(Math.Min(a, b), Math.Max(a, b)));
        gen.Sample(sample =>
        {
            var (text, passage) = sample;
            var doc = Plain(text);
            var turns = TranscriptTurns.Find(doc, new Dictionary<string, string>(), Registry());
            foreach (var inference in new[] { new SpeakerInference(doc, Registry()), new SpeakerInference(doc, Registry(), turns) })
            {
                var a = inference.Attribute(passage);
                // Nobody is never somebody; every place an answer points at lies in the text.
                if (a.Method == AttributionMethod.None)
                {
                    Assert.Null(a.SpeakerId);
                }
                if (a.Evidence is { } evidence)
                {
                    Assert.True(evidence.Start >= 0 && evidence.End <= text.Length);
                }
                if (a.Method is AttributionMethod.Prose or AttributionMethod.SourceAnnotation)
                {
                    Assert.NotNull(a.SpeakerId);
                }
                if (a.NameSpan is { } name)
                {
                    Assert.True(name.Start >= 0 && name.End <= text.Length);
                }
                if (a.Method == AttributionMethod.Prose && a.Rule is ProseRule.SpeechTag or ProseRule.PreviousSentence or ProseRule.PreviousParagraph && a.NameSpan is not null)
                {
                    // A prose attribution points at a real mention of that person.
                    Assert.Contains(inference.Mentions, m => m.Span == a.NameSpan && m.PersonId == a.SpeakerId);
                }
            }
        });
    }

    [Fact]
    public void Turns_are_ordered_disjoint_and_inside_the_text()
    {
        News.Sample(text =>
        {
            var turns = TranscriptTurns.Find(Plain(text), new Dictionary<string, string> { ["Note"] = "x" }, Registry());
            var previousEnd = 0;
            foreach (var turn in turns)
            {
                Assert.True(turn.LabelSpan.Start >= previousEnd);
                Assert.True(turn.LabelSpan.End <= turn.Span.Start);
                Assert.True(turn.Span.End <= text.Length);
                previousEnd = turn.Span.End;
            }
        });
    }
}
