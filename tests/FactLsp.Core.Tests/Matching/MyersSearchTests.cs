using CsCheck;
using FactLsp.Core.Matching;

namespace FactLsp.Core.Tests.Matching;

public class MyersSearchTests
{
    private static readonly Gen<string> s_small = Gen.String[Gen.Char["abc "], 1, 40];

    private static PatternText Pattern(string text, bool firstCaseFree = false)
    {
        var flags = new bool[text.Length];
        if (firstCaseFree && flags.Length > 0)
        {
            flags[0] = true;
        }
        return new PatternText(text, flags);
    }

    [Fact]
    public void Agrees_with_the_dynamic_programming_oracle_on_small_inputs() =>
        Gen.Select(s_small, Gen.String[Gen.Char["abcAB "], 1, 120], Gen.Bool).Sample((pattern, text, caseFree) =>
        {
            var p = Pattern(pattern, caseFree);
            var oracle = Alignment.SearchBaseline(text, p);
            var fast = MyersSearch.Search(text, p, pattern.Length);
            Assert.Equal(oracle, fast);
        }, iter: 3000);

    [Fact]
    public void Agrees_with_the_oracle_on_multi_block_patterns() =>
        Gen.Select(Gen.String[Gen.Char["ab c"], 60, 220], Gen.String[Gen.Char["ab cd"], 1, 600], Gen.Int[0, 80]).Sample((pattern, text, k) =>
        {
            var p = Pattern(pattern);
            var oracle = Alignment.SearchBaseline(text, p);
            var fast = MyersSearch.Search(text, p, k);
            if (oracle.Distance <= k)
            {
                Assert.Equal(oracle, fast);
            }
            else
            {
                Assert.False(fast.Found);
            }
        }, iter: 400);

    [Fact]
    public void Agrees_with_the_oracle_under_a_cut_off() =>
        Gen.Select(s_small, Gen.String[Gen.Char["abc "], 1, 200], Gen.Int[0, 10]).Sample((pattern, text, k) =>
        {
            var p = Pattern(pattern);
            var oracle = Alignment.SearchBaseline(text, p);
            var fast = MyersSearch.Search(text, p, k);
            Assert.Equal(oracle.Distance <= k ? oracle : EndMatch.None, fast);
        }, iter: 3000);

    // Long patterns with a large bound (64 or more on a short text) take the pigeonhole path (windows around verbatim
    // chunks of the pattern): texts holding edited copies of the pattern, so chunks are found, must give the whole scan's
    // answer; below 64 a short text is scanned at the full bound directly, and must give it too.
    [Fact]
    public void Agrees_with_the_oracle_when_only_windows_around_verbatim_chunks_are_searched() =>
        Gen.Select(Gen.String[Gen.Char["ab cd"], 110, 260], Gen.String[Gen.Char["ab cd"], 0, 300], Gen.Int[0, 12], Gen.Int[17, 90], Gen.Bool, Gen.Int)
            .Sample((pattern, noise, edits, k, caseFree, seed) =>
        {
            var random = new Random(seed);
            var copy = EditedCopy(pattern, edits, "abcdx ", random);
            var cut = noise.Length == 0 ? 0 : random.Next(noise.Length);
            var text = noise[..cut] + copy + noise[cut..] + (random.Next(2) == 0 ? pattern[..(pattern.Length / 2)] : "");
            var p = Pattern(pattern, caseFree);
            var oracle = Alignment.SearchBaseline(text, p);
            var fast = MyersSearch.Search(text, p, k);
            Assert.Equal(oracle.Distance <= k ? oracle : EndMatch.None, fast);
        }, iter: 600);

    // Patterns of 81 to 120 characters under a bound of 17 to 40 in a short text: the full bound fits one block, so the
    // small bound is skipped (neither filtered nor scanned) and the full one scanned directly.
    // With or without a copy of the pattern in the text (edited, cased, with non-ASCII letters), the oracle's answer.
    [Fact]
    public void Agrees_with_the_oracle_when_the_small_bound_comes_first() =>
        Gen.Select(Gen.String[Gen.Char["ab cdé"], 81, 120], Gen.String[Gen.Char["ab cdéE"], 0, 400], Gen.Int[0, 30], Gen.Int[17, 40], Gen.Bool, Gen.Int)
            .Sample((pattern, noise, edits, k, caseFree, seed) =>
        {
            var random = new Random(seed);
            var copy = EditedCopy(pattern, edits, "abcdxÉ ", random);
            var cut = noise.Length == 0 ? 0 : random.Next(noise.Length);
            var text = random.Next(4) == 0 ? noise : noise[..cut] + copy + noise[cut..];
            var p = Pattern(pattern, caseFree);
            var oracle = Alignment.SearchBaseline(text, p);
            var fast = MyersSearch.Search(text, p, k);
            Assert.Equal(oracle.Distance <= k && oracle.Found ? oracle : EndMatch.None, fast);
        }, iter: 500);

    // A long text (eight times m + k or more) under a bound of 17 to 40 for a pattern of 110 to 200 characters takes the
    // pigeonhole pass at the small bound first, then the screen at the full one: edited copies (a few edits, found by the
    // first; many, left to the second) or none, the oracle's answer.
    [Fact]
    public void Agrees_with_the_oracle_when_a_long_text_is_filtered_before_it_is_screened() =>
        Gen.Select(Gen.String[Gen.Char["ab cd"], 110, 200], Gen.String[Gen.Char["ab cdx"], 0, 400], Gen.Int[0, 40], Gen.Int[17, 40], Gen.Bool, Gen.Int)
            .Sample((pattern, noise, edits, k, caseFree, seed) =>
        {
            var random = new Random(seed);
            var copy = EditedCopy(pattern, edits, "abcdx ", random);
            var text = new System.Text.StringBuilder();
            while (text.Length < 8 * (pattern.Length + k))
            {
                text.Append(noise).Append(' ').Append(random.Next(3) == 0 ? copy : pattern[..(pattern.Length / 3)]).Append(' ');
            }
            var p = Pattern(pattern, caseFree);
            var oracle = Alignment.SearchBaseline(text.ToString(), p);
            var fast = MyersSearch.Search(text.ToString(), p, k);
            Assert.Equal(oracle.Distance <= k && oracle.Found ? oracle : EndMatch.None, fast);
        }, iter: 150);

    // A text at least eight times m + k long is screened eight stretches at a time by the pattern's first 64 characters,
    // then scanned only around the places left open: edited copies anywhere (across the stretches' seams too), cased and
    // non-ASCII letters, bounds up to 63, must give the whole scan's answer.
    [Fact]
    public void Agrees_with_the_oracle_when_a_long_text_is_screened_in_stretches() =>
        Gen.Select(Gen.String[Gen.Char["ab cdé"], 1, 100], Gen.String[Gen.Char["ab cdéE"], 1, 60], Gen.Int[0, 63], Gen.Int[0, 4], Gen.Bool, Gen.Int)
            .Sample((pattern, noise, k, copies, caseFree, seed) =>
        {
            var random = new Random(seed);
            var bound = Math.Min(k, pattern.Length);
            var text = new System.Text.StringBuilder();
            while (text.Length < 8 * (pattern.Length + bound) + random.Next(200))
            {
                text.Append(noise);
            }
            for (var c = 0; c < copies; c++)
            {
                var copy = pattern.ToCharArray().ToList();
                for (var e = random.Next(Math.Max(1, pattern.Length / 4)); e > 0 && copy.Count > 1; e--)
                {
                    var at = random.Next(copy.Count);
                    switch (random.Next(3))
                    {
                        case 0: copy[at] = "abcdxÉ "[random.Next(7)]; break;
                        case 1: copy.RemoveAt(at); break;
                        default: copy.Insert(at, "abcdxÉ "[random.Next(7)]); break;
                    }
                }
                // Now and then just across a seam between the stretches (an eighth of the text).
                var seam = (text.Length + 7) / 8 * (1 + random.Next(7));
                var place = random.Next(2) == 0 && seam < text.Length ? Math.Max(0, seam - random.Next(copy.Count + 1)) : random.Next(text.Length + 1);
                text.Insert(place, new string(copy.ToArray()));
            }
            var p = Pattern(pattern, caseFree);
            var oracle = Alignment.SearchBaseline(text.ToString(), p);
            var expected = oracle.Distance <= bound ? oracle : EndMatch.None;
            Assert.Equal(expected, MyersSearch.Search(text.ToString(), p, k));
            if (bound < 64)
            {
                // The screen's own answer, never giving up for a whole scan, in vector registers and in scalar
                // chains one after another (machines without vector registers).
                using var prepared = MyersSearch.Prepare(p);
                Assert.Equal(expected, prepared.Screened(text.ToString(), bound, vectors: true, mayGiveUp: false));
                Assert.Equal(expected, prepared.Screened(text.ToString(), bound, vectors: false, mayGiveUp: false));
            }
        }, iter: 400);

    [Fact]
    public void Finds_a_mutated_long_quote_in_a_long_text()
    {
        var random = new Random(7);
        var words = "the of and to in a is that for it as was with be by on not he this are or his from at which but have an they".Split(' ');
        var text = string.Join(' ', Enumerable.Range(0, 20_000).Select(_ => words[random.Next(words.Length)]));
        var start = 50_000;
        var quote = text.Substring(start, 300).ToCharArray();
        quote[10] = 'X';
        quote[150] = 'Y';
        quote[290] = 'Z';
        var p = Pattern(new string(quote));
        var fast = MyersSearch.Search(text, p, 60);
        Assert.Equal(3, fast.Distance);
        Assert.Equal(start + 300, fast.FirstEnd);
        Assert.Equal(start, Alignment.BestStart(text, p, fast.FirstEnd, fast.Distance));
    }

    [Fact]
    public void Best_start_recovers_an_alignment_of_that_distance() =>
        Gen.Select(s_small, Gen.String[Gen.Char["abc "], 1, 120]).Sample((pattern, text) =>
        {
            var p = Pattern(pattern);
            var fast = MyersSearch.Search(text, p, pattern.Length);
            var start = Alignment.BestStart(text, p, fast.FirstEnd, fast.Distance);
            Assert.Equal(fast.Distance, Alignment.Distance(p, text.AsSpan(start, fast.FirstEnd - start)));
        }, iter: 2000);

    // The pattern with `edits` random substitutions, deletions and insertions of characters from `alphabet`.
    private static string EditedCopy(string pattern, int edits, string alphabet, Random random)
    {
        var copy = pattern.ToCharArray().ToList();
        for (var e = 0; e < edits && copy.Count > 1; e++)
        {
            var at = random.Next(copy.Count);
            switch (random.Next(3))
            {
                case 0: copy[at] = alphabet[random.Next(alphabet.Length)]; break;
                case 1: copy.RemoveAt(at); break;
                default: copy.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
            }
        }
        return new string(copy.ToArray());
    }
}
