using CsCheck;
using FactLsp.Core.Attribution;
using FactLsp.Core.Model;
using FactLsp.Core.Tests.Attribution.Reference;
using FactLsp.Core.Text;
using static FactLsp.Core.Tests.Attribution.TestDocs;

namespace FactLsp.Core.Tests.Attribution;

/// <summary>
/// The faster speaker inference (packed sentence table, filtered look-ups, skipping scans, shared inference) gives
/// exactly the answers of the plain algorithms it replaced, kept under Reference/, on random news-like text.
/// </summary>
public class ReferenceEquivalenceTests
{
    private static readonly string[] Tokens =
    [
        "Putin", "Vladimir Putin", "Khalil", "Redur Khalil", "Erdogan", "Erdogan’s", "al-Assad", "Anna", "Anna Khalil", "Trump", "said", "says",
        "told", "SAID", "Said", "according to", "added", "saying", "he", "she", "they", "I", "a spokesman", "the", "war", "the president", "President",
        "Mr.", "Gen.", "No.", "5", "U.S.", "e.g.", "12:30", "KHALIL:", "**Putin:**", "Note:", "Q:", "Q  ", " ", " ", " ", " ", ",", ".", "?", "!",
        "…", "“", "”", "\"", "«", "»", "„", "\n", "\n", "\n\n", "\r\n", "🙂", "’", "‘", "'", ":", "n", "s", "-", "—", "(", ")", "[", "]", "90s",
        "ſaid", "İ", "Ünal", "dogs’", "rock ’n’ roll", "Edward Said", "well-said", "x'said", "said-", "according", "issued the following statement", "statement from",
    ];

    private static readonly Gen<string> News = Gen.OneOf(Tokens).Array[0, 80].Select(parts => string.Concat(parts));

    [Fact]
    public void The_packed_splitter_gives_the_reference_sentences_quotes_and_nested_quotes()
    {
        News.Sample(text =>
        {
            var doc = Plain(text);
            // One builder across the document, as the prose pass splits it.
            var builder = new SentenceTable.Builder(text);
            var ranges = doc.Paragraphs.Select(p => (First: builder.Count, Count: builder.Split(p))).ToList();
            var table = builder.ToTable();
            for (var p = 0; p < doc.Paragraphs.Count; p++)
            {
                var expected = ReferenceSentences.Split(text, doc.Paragraphs[p]);
                var alone = Sentences.Split(text, doc.Paragraphs[p]);
                Assert.Equal(expected.Count, ranges[p].Count);
                Assert.Equal(expected.Count, alone.Count);
                for (var k = 0; k < expected.Count; k++)
                {
                    foreach (var actual in new[] { table[ranges[p].First + k], alone[k] })
                    {
                        Assert.Equal(expected[k].Span, actual.Span);
                        Assert.Equal(expected[k].Quotes, actual.Quotes.ToArray());
                        Assert.Equal(expected[k].Nested, actual.Nested.ToArray());
                    }
                }
            }
        });
    }

    [Fact]
    public void Single_marks_pair_as_the_reference_pairs_them()
    {
        News.Sample(text =>
        {
            foreach (var paragraph in Plain(text).Paragraphs)
            {
                var expected = ReferenceSingleQuotes.Find(text, paragraph).OrderBy(m => m.Key).ToList();
                Assert.Equal(expected, SingleQuotes.Find(text, paragraph).OrderBy(m => m.Key).ToList());
            }
        });
    }

    [Fact]
    public void Mentions_are_the_reference_mentions()
    {
        // Names that share first words, last words and aliases, so that the filter and the ambiguity rules both work.
        Person[] people =
        [
            Person("anna-khalil", "Anna Khalil"), Person("anna-schmidt", "Anna Schmidt", "Anna"), Person("the-president", "The President"),
            Person("unal", "Ünal Öz"), Person("i", "İ"),
        ];
        var directory = Registry(people);
        var reference = new ReferenceMentions(directory.People);
        News.Sample(text => Assert.Equal(reference.FindMentions(text), directory.FindMentions(text)));
    }

    [Fact]
    public void Cue_words_are_classified_as_the_unfiltered_look_up_classifies_them()
    {
        var words = Gen.OneOf(Gen.OneOf(Tokens), Gen.String[Gen.Char["sSaAiIdDtTlLoO\u017F\u0130\u212Ak"], 0, 8]);
        words.Sample(word =>
        {
            Assert.Equal(ReferenceWords.Classify(word), Words.Classify(word));
            Assert.Equal(ReferenceWords.IsCueVerb(word), Words.IsCueVerb(word));
        });
        foreach (var cue in new[] { "said", "SAID", "Said", "according", "statement", "saying", "calls", "say" })
        {
            Assert.Equal(ReferenceWords.Classify(cue), Words.Classify(cue));
            Assert.NotEqual(CueKind.None, Words.Classify(cue));
        }
    }

    [Fact]
    public void Folding_is_unchanged_for_every_character()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var expected = TextChars.IsApostrophe(c) ? '\'' : c is '‐' or '‑' or '–' or '—' ? '-' : char.ToLowerInvariant(c);
            Assert.Equal(expected, TextChars.Fold(c));
        }
    }

    [Fact]
    public void Cue_words_collected_with_the_mentions_answer_as_reading_each_sentence()
    {
        var directory = Registry(Person("edward-said", "Edward Said"));
        var gen = from text in News
                  from a in Gen.Int[0, text.Length]
                  from b in Gen.Int[0, text.Length]
                  select (text, TextSpan.FromBounds(Math.Min(a, b), Math.Max(a, b)));
        gen.Sample(sample =>
        {
            var (text, span) = sample;
            var cueWords = new List<TextSpan>();
            Assert.Equal(directory.FindMentions(text), directory.FindMentionArray(text, cueWords));
            var tags = new SpeechTags(text, directory.FindMentionArray(text), _ => null);
            tags.UseCueWords(cueWords, null);
            var spans = Plain(text).Paragraphs.SelectMany(p => Sentences.Split(text, p)).Select(x => (x.Span, Quotes: x.Quotes.ToArray())).Append((span, Array.Empty<TextSpan>()));
            foreach (var (sentence, quotes) in spans)
            {
                Assert.Equal(tags.ReadsCue(sentence, quotes), tags.HasCue(sentence, quotes));
            }
        });
    }

    [Fact]
    public void The_word_scan_gives_the_reference_words()
    {
        News.Sample(text =>
        {
            var span = new TextSpan(0, text.Length);
            Assert.Equal(ReferenceWords.In(text, span).ToList(), Words.In(text, span).ToList());
        });
    }

    [Fact]
    public void A_line_the_label_filter_turns_away_is_no_label()
    {
        Gen.OneOf(Tokens).Array[0, 12].Select(parts => string.Concat(parts).Split('\n')[0]).Sample(line =>
        {
            if (TranscriptTurns.LabelLine().Match(line, 0).Success)
            {
                Assert.True(TranscriptTurns.MayBeLabelLine(line, 0), $"filter turned away the label line '{line}'");
            }
        });
    }

    [Fact]
    public void An_offset_map_answers_as_a_dictionary()
    {
        Gen.Int[0, 40].Array[0, 60].Sample(keys =>
        {
            var map = new OffsetMap<string>();
            var dictionary = new Dictionary<int, string>();
            for (var k = 0; k < keys.Length; k++)
            {
                map.Set(keys[k], $"v{k}");
                dictionary[keys[k]] = $"v{k}";
            }
            map.Freeze();
            Assert.Equal(dictionary.Count, map.Count);
            for (var key = -1; key <= 41; key++)
            {
                Assert.Equal(dictionary.TryGetValue(key, out var expected), map.TryGetValue(key, out var actual));
                Assert.Equal(expected, actual);
            }
            Assert.Equal(dictionary.OrderBy(e => e.Key).Select(e => e.Value), map.Values.ToArray());
        });
    }

    private static readonly Person Local = new("maria-sanz", "Maria Sanz", ["Sanz"], null, [new PersonRole("foreign minister", "Spain", null, null)], null, Definition.None);

    [Theory]
    [InlineData("“We will win,” Khalil said. The war goes on.", true)]
    [InlineData("“We will win,” Sanz said.", false)]
    [InlineData("“We will win,” said Maria.", false)]
    [InlineData("“We will win,” the foreign minister said.", false)]
    [InlineData("MARIA-SANZ: We will win.", false)]
    public void A_directory_with_an_article_s_own_speaker_agrees_only_where_the_text_never_names_them(string text, bool agrees)
    {
        // As an article's directory is built: the registry's own people, and the article's.
        var registry = Registry();
        var article = new SpeakerDirectory(registry.People.Append(Local));
        Assert.Equal(agrees, article.AgreesOn(registry, text));
        Assert.Equal(agrees, registry.AgreesOn(article, text));
    }

    [Fact]
    public void Directories_that_agree_on_a_text_give_every_passage_the_same_answer()
    {
        var extras = new[] { Local, Person("khalil-two", "Omar Khalil"), Person("anna", "Anna Putin", "Anna") };
        var gen = from text in News
                  from extra in Gen.OneOf(extras)
                  from a in Gen.Int[0, text.Length]
                  from b in Gen.Int[0, text.Length]
                  select (text, extra, TextSpan.FromBounds(Math.Min(a, b), Math.Max(a, b)));
        gen.Sample(sample =>
        {
            var (text, extra, passage) = sample;
            var plain = Registry();
            var local = new SpeakerDirectory(plain.People.Append(extra));
            if (!local.AgreesOn(plain, text))
            {
                return;
            }
            var doc = Plain(text);
            var turns = TranscriptTurns.Find(doc, new Dictionary<string, string>(), plain);
            Assert.Equal(turns, TranscriptTurns.Find(doc, new Dictionary<string, string>(), local));
            Assert.Equal(new SpeakerInference(doc, plain, turns).Attribute(passage), new SpeakerInference(doc, local, turns).Attribute(passage));
            Assert.Equal(plain.FindMentions(text), local.FindMentions(text));
        });
    }
}
