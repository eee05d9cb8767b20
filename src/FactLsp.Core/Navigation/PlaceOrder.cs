namespace FactLsp.Core.Navigation;

/// <summary>
/// The order navigation answers are given in (references, rename edits): by path (ordinal), then by
/// start, each item once. Exactly what <c>Distinct().OrderBy(path, StringComparer.Ordinal).ThenBy(start)</c>
/// gives (first occurrences kept, ties in their first order), with one index sort and no hashing:
/// a person quoted in every article of a large workspace has thousands of places.
/// </summary>
internal static class PlaceOrder
{
    public static List<T> SortedDistinct<T>(IReadOnlyList<T> items, Func<T, string> pathOf, Func<T, int> startOf)
    {
        var count = items.Count;
        var paths = new string[count];
        var starts = new int[count];
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            paths[i] = pathOf(items[i]);
            starts[i] = startOf(items[i]);
            order[i] = i;
        }
        // The index breaks ties, so the sort is stable like LINQ's.
        Array.Sort(order, (a, b) =>
        {
            var byPath = ReferenceEquals(paths[a], paths[b]) ? 0 : string.CompareOrdinal(paths[a], paths[b]);
            return byPath != 0 ? byPath : starts[a] != starts[b] ? starts[a].CompareTo(starts[b]) : a.CompareTo(b);
        });

        // Equal items have equal keys, so each one's earlier copies lie in its run of equal keys.
        var equality = EqualityComparer<T>.Default;
        var result = new List<T>(count);
        var runStart = 0;
        for (var k = 0; k < count; k++)
        {
            var item = items[order[k]];
            if (k > 0 && (starts[order[k]] != starts[order[k - 1]] || !string.Equals(paths[order[k]], paths[order[k - 1]], StringComparison.Ordinal)))
            {
                runStart = result.Count;
            }
            var seen = false;
            for (var j = runStart; j < result.Count && !seen; j++)
            {
                seen = equality.Equals(result[j], item);
            }
            if (!seen)
            {
                result.Add(item);
            }
        }
        return result;
    }
}
