using CsCheck;
using F23.StringSimilarity;
using FactLsp.Core.Yaml;

namespace FactLsp.Core.Tests.Yaml;

/// <summary>
/// The typo hint counted its edits with F23.StringSimilarity, a matrix allocated per pair of keys for every
/// key of every front matter; it now counts them on three rows. The counts, and so the hints, must not change.
/// </summary>
public sealed class FrontMatterKeysDistanceTests
{
    private static readonly Gen<string> Key = Gen.String[Gen.Char["adeiorstTlpuœ_-"], 0, 12];

    [Fact]
    public void Distance_counts_as_F23_does()
    {
        var f23 = new OptimalStringAlignment();
        Gen.Select(Key, Key).Sample((a, b) => Assert.Equal((int)f23.Distance(a, b), FrontMatterKeys.Distance(a, b)), iter: 20000);
    }

    [Theory]
    [InlineData("ab", "ba", 1)]
    [InlineData("ca", "abc", 3)]
    [InlineData("titel", "title", 1)]
    [InlineData("", "date", 4)]
    [InlineData("speakr", "speakers", 2)]
    public void Distance_of_known_pairs(string a, string b, int expected) => Assert.Equal(expected, FrontMatterKeys.Distance(a, b));

    [Fact]
    public void Likely_typo_names_what_the_old_search_named()
    {
        var f23 = new OptimalStringAlignment();
        string? Old(string key, IReadOnlyList<string> known)
        {
            if (key.Length < 2 || key.Equals("published", StringComparison.OrdinalIgnoreCase) || known.Contains(key, StringComparer.Ordinal))
            {
                return null;
            }
            var lower = key.ToLowerInvariant();
            var allowed = lower.Length >= 6 ? 2 : 1;
            return known.Select(k => (Key: k, Distance: (int)f23.Distance(lower, k))).Where(x => x.Distance <= allowed)
                .OrderBy(x => x.Distance).ThenBy(x => x.Key, StringComparer.Ordinal).Select(x => x.Key).FirstOrDefault();
        }
        IReadOnlyList<string>[] lists = [ArticleFrontMatter.Keys, ["date", "data", "title", "tilte", "speakers", "sources", "author", "kind"]];
        Gen.Select(Key, Gen.Int[0, 1]).Sample((key, list) => Assert.Equal(Old(key, lists[list]), FrontMatterKeys.LikelyTypo(key, lists[list])), iter: 20000);
    }
}
