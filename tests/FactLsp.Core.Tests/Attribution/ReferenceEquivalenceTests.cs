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

    /// <summary>
    /// Longer text, with characters outside ASCII (letters, digits and neither) among long ASCII stretches, so that the
    /// word map's blocks of 64 characters, and the seams between them, meet both kinds.
    /// </summary>
    private static readonly Gen<string> LongNews = Gen.OneOf(Gen.OneOf(Tokens), Gen.OneOf("ª", "٣", "²", "\u00A0", "é", "Ω", "x", "ab", "abcdefgh", "Khalil’s aides", "Zelensky", "z9", "0Z", "@", "[`{"))
        .Array[0, 400].Select(parts => string.Concat(parts));

    /// <summary>The tokens as words between spaces, in sentences: speech tags with their subjects before and after the verb.</summary>
    private static readonly Gen<string> Spaced = Gen.OneOf(Tokens).Array[1, 12].Select(words => string.Join(' ', words)).Array[1, 8]
        .Select(sentences => string.Join(". ", sentences));

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
        LongNews.Sample(text => Assert.Equal(reference.FindMentions(text), directory.FindMentions(text)), iter: 300);
    }

    [Fact]
    public void The_word_map_marks_exactly_the_word_characters()
    {
        LongNews.Sample(text =>
        {
            using var map = WordMap.Of(text);
            Assert.Equal(text.Length, map.Length);
            for (var i = 0; i < text.Length; i++)
            {
                Assert.Equal(TextChars.IsWordChar(text[i]), map.IsWordChar(i));
            }
            for (var from = 0; from <= text.Length; from++)
            {
                var word = from;
                while (word < text.Length && !TextChars.IsWordChar(text[word]))
                {
                    word++;
                }
                var other = from;
                while (other < text.Length && TextChars.IsWordChar(text[other]))
                {
                    other++;
                }
                Assert.Equal(word, map.NextWordChar(from));
                Assert.Equal(other, map.NextOther(from));
            }
        }, iter: 300);
    }

    [Fact]
    public void Words_read_from_the_word_map_are_the_words_read_from_the_characters()
    {
        var gen = from text in LongNews
                  from a in Gen.Int[0, text.Length]
                  from b in Gen.Int[0, text.Length]
                  select (text, Math.Min(a, b), Math.Max(a, b));
        gen.Sample(sample =>
        {
            var (text, start, end) = sample;
            using var map = WordMap.Of(text);
            int i = start, j = start;
            while (true)
            {
                var expected = Words.Next(text, ref i, end, out var word);
                Assert.Equal(expected, map.NextWord(text, ref j, end, out var actual));
                Assert.Equal(i, j);
                if (!expected)
                {
                    break;
                }
                Assert.Equal(word, actual);
            }
        }, iter: 300);
    }

    [Fact]
    public void Speech_tags_read_during_the_pass_are_the_tags_read_again_after_it()
    {
        // During the pass the tags read words from the word map and cue words from the mention scan, and read
        // sentences only as far as a tag needs; after it, every word of the sentence from its characters.
        var directory = Registry(Person("edward-said", "Edward Said"));
        Gen.Frequency((1, LongNews), (2, Spaced)).Sample(text =>
        {
            using var map = WordMap.Of(text);
            var cueWords = new List<TextSpan>();
            var mentions = directory.FindMentionArray(text, map, cueWords);
            var pass = new SpeechTags(text, mentions, _ => null);
            pass.UseCueWords(cueWords, map);
            var after = new SpeechTags(text, mentions, _ => null);
            var sentences = Plain(text).Paragraphs.SelectMany(p => Sentences.Split(text, p)).ToList();
            // In order, as the pass asks, then backwards (the cue cursor goes back by binary search).
            foreach (var sentence in sentences.Concat(Enumerable.Reverse(sentences)))
            {
                Assert.Equal(after.HasCue(sentence.Span, sentence.Quotes), pass.HasCue(sentence.Span, sentence.Quotes));
                Assert.Equal(after.OfSentence(sentence.Span, sentence.Quotes), pass.OfSentence(sentence.Span, sentence.Quotes));
                foreach (var quote in sentence.Quotes)
                {
                    Assert.Equal(after.OfQuotation(sentence.Span, sentence.Quotes, quote), pass.OfQuotation(sentence.Span, sentence.Quotes, quote));
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void A_period_after_an_abbreviation_is_told_as_the_reference_tells_it()
    {
        var words = Gen.OneOf(Gen.OneOf("Mr", "mR", "Gen", "No", "no", "Art", "approx", "APPROX", "U.S", "e.g", "A", "a", "St", "ſt", "İnc", "Inc", "ſept", "Dr", "drs",
                "Ünal", "5", "x"), Gen.String[Gen.Char["aAsStTnNoOſİK\u212Aé.1"], 1, 8]);
        var gen = from parts in Gen.Select(words, Gen.OneOf(". ", ".", ". 5", ".\n7", ". Then", " ")).Array[1, 12]
                  select string.Concat(parts.Select(p => p.Item1 + p.Item2));
        gen.Sample(text =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '.')
                {
                    Assert.Equal(ReferenceSentences.IsAbbreviation(text, 0, i), Sentences.IsAbbreviation(text, 0, i));
                }
            }
        });
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
        var gen = from text in Gen.Frequency((3, News), (1, LongNews))
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
    public void A_directory_with_an_article_s_speakers_answers_as_one_built_from_every_person()
    {
        // Local people whose names share first words, last words and ids with the registry's, and with each other.
        Person[] locals =
        [
            Local, Person("khalil-two", "Omar Khalil"), Person("anna", "Anna Putin", "Anna"), Person("vladimir-putin", "Someone Else"),
            Person("said", "Edward Said"), Person("p2", "Vladimir Putin", "Putin"), Person("unal", "Ünal Öz"),
            new Person("the-president", "Joe Biden", ["Biden"], null, [new PersonRole("president", "United States", "2021-01-20", null)], null, Definition.None),
        ];
        var registry = Registry();
        var gen = from text in Gen.Frequency((2, News), (1, Spaced))
                  from chosen in Gen.OneOf(locals).Array[1, 4]
                  from a in Gen.Int[0, text.Length]
                  from b in Gen.Int[0, text.Length]
                  select (text, chosen, TextSpan.FromBounds(Math.Min(a, b), Math.Max(a, b)));
        gen.Sample(sample =>
        {
            var (text, chosen, passage) = sample;
            var fresh = new SpeakerDirectory(registry.People.Concat(chosen));
            var with = registry.With(chosen);
            Assert.Equal(fresh.People, with.People);
            Assert.Equal(fresh.FindMentions(text), with.FindMentions(text));
            foreach (var label in new[] { "KHALIL", "ANNA", "PUTIN", "Edward Said", "SAID", "THE PRESIDENT", "Ünal", "maria-sanz", text.Split('\n')[0] })
            {
                Assert.Equal(fresh.ResolveLabel(label), with.ResolveLabel(label));
            }
            var doc = Plain(text);
            Assert.Equal(new SpeakerInference(doc, fresh).Attribute(passage), new SpeakerInference(doc, with).Attribute(passage));
        });
        // Alike speakers (even parsed twice) share one directory; different ones do not.
        var one = registry.With([Person("local-1", "About Localname")]);
        Assert.Same(one, registry.With([Person("local-1", "About Localname")]));
        Assert.NotSame(one, registry.With([Person("local-1", "About Localname", "Localname")]));
        Assert.NotSame(one, registry.With([Person("local-2", "About Localname")]));
        Assert.Same(registry, registry.With([]));
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
