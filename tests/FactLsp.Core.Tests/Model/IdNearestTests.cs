using CsCheck;
using FactLsp.Core.Model;

namespace FactLsp.Core.Tests.Model;

/// <summary>"Did you mean": the nearest ids, as the plain two-row Levenshtein over lowered ids ranks them (short and long ids alike).</summary>
public class IdNearestTests
{
    [Fact]
    public void Ranks_as_the_plain_distance_over_lowered_ids_does() =>
        Gen.Select(Gen.String[Gen.Char["abAB-é"], 1, 12], Gen.String[Gen.Char["abAB-é"], 1, 12].Array[0, 30], Gen.Bool).Sample((id, candidates, longOne) =>
        {
            var all = longOne ? candidates.Append(new string('a', 140) + id).ToArray() : candidates;
            Assert.Equal(Reference(id, all), Ids.Nearest(id, all));
        }, iter: 2000);

    [Fact]
    public void Suggests_the_closest_registered_ids_first() =>
        Assert.Equal(["afp-2019-04-17-143", "afp-2019-04-17-14"], Ids.Nearest("afp-2019-04-17-143-old", ["bbc-1", "afp-2019-04-17-14", "afp-2019-04-17-143"]));

    private static List<string> Reference(string id, IEnumerable<string> candidates) => candidates
        .Distinct(StringComparer.Ordinal)
        .Select(c => (Id: c, Distance: Levenshtein(id.ToLowerInvariant(), c.ToLowerInvariant())))
        .Where(x => x.Distance <= Math.Max(2, Math.Max(id.Length, x.Id.Length) / 2)
                    || x.Id.Contains(id, StringComparison.OrdinalIgnoreCase)
                    || id.Contains(x.Id, StringComparison.OrdinalIgnoreCase))
        .OrderBy(x => x.Distance)
        .ThenBy(x => x.Id, StringComparer.Ordinal)
        .Take(3)
        .Select(x => x.Id)
        .ToList();

    private static int Levenshtein(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }
        return d[a.Length, b.Length];
    }
}
