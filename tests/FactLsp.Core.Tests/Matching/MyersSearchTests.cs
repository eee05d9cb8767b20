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
}
