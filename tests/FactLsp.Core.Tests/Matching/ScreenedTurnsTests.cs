using CsCheck;
using FactLsp.Core.Matching;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Matching;

/// <summary>
/// A transcript's closest passage is searched turn by turn; the turns the screen of the whole text leaves no end open in
/// are skipped, and in the others only the stretches before the open ends are scanned, while the bound is still the screen's
/// (a widened passage may raise it). Neither must ever change the answer.
/// </summary>
public class ScreenedTurnsTests
{
    private static readonly string[] s_words = ["the", "minister", "said", "we", "will", "not", "étude", "Über", "naïve", "—", "\"war\"", "it's", "uh", "Talks", "café"];

    private static SearchableSource Transcript(Random random, int turns, string? planted, int plantAt)
    {
        var texts = new List<string>();
        for (var t = 0; t < turns; t++)
        {
            var words = Enumerable.Range(0, 3 + random.Next(40)).Select(_ => s_words[random.Next(s_words.Length)]);
            var turn = string.Join(' ', words);
            if (t == plantAt && planted is not null)
            {
                turn = turn[..(turn.Length / 2)] + " " + planted + " " + turn[(turn.Length / 2)..];
            }
            texts.Add(turn);
        }
        var text = string.Join("\r\n\r\n", texts.Select((t, i) => $"SPEAKER {i % 3}: {t}"));
        var spans = new List<TextSpan>();
        var at = 0;
        foreach (var turn in texts)
        {
            var start = text.IndexOf(turn, at, StringComparison.Ordinal);
            spans.Add(new TextSpan(start, turn.Length));
            at = start + turn.Length;
        }
        return SearchableSource.Create(new PlainDocument(MappedText.Identity(text), spans, []), spans, confined: true);
    }

    [Fact]
    public void Skipping_the_turns_the_screen_rules_out_gives_the_same_closest_passage() =>
        Gen.Select(Gen.Int[5, 60], Gen.Int[0, 12], Gen.Int[0, 20], Gen.Bool, Gen.Int).Sample((turns, edits, k, plant, seed) =>
        {
            var random = new Random(seed);
            // A quote of source-like words, planted (edited) in one turn or not at all.
            var quote = string.Join(' ', Enumerable.Range(0, 4 + random.Next(12)).Select(_ => s_words[random.Next(s_words.Length)]));
            var copy = quote.ToCharArray().ToList();
            for (var e = 0; e < edits && copy.Count > 1; e++)
            {
                var i = random.Next(copy.Count);
                switch (random.Next(3))
                {
                    case 0: copy[i] = "aeiouxé "[random.Next(8)]; break;
                    case 1: copy.RemoveAt(i); break;
                    default: copy.Insert(i, "aeiouxé "[random.Next(8)]); break;
                }
            }
            var source = Transcript(random, turns, plant ? new string(copy.ToArray()) : null, random.Next(turns));
            var pattern = new PatternText(TextNormalizer.Normalize(quote));
            var bound = Math.Min(k, 63);
            Assert.Equal(
                QuoteMatcher.SearchAnywhere(source, pattern, bound, screen: false),
                QuoteMatcher.SearchAnywhere(source, pattern, bound, screen: true));
        }, iter: 1000);
}
