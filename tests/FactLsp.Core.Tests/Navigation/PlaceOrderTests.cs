using CsCheck;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Navigation;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Navigation;

/// <summary>The one sort of references and rename edits gives what Distinct, OrderBy(path), ThenBy(start) gave.</summary>
public class PlaceOrderTests
{
    private static readonly string[] Paths = ["people.yaml", "articles/a.md", "articles/b.md", "articles/ä.md", "articles/A.md", "sources/x.txt", "articles/a.md.bak"];

    // Few paths, starts and lengths: many ties and many exact duplicates, in any order.
    // A path is sometimes the same string object, sometimes an equal copy (as paths of different models are).
    private static readonly Gen<Reference> OneReference = Gen.Select(Gen.Int[0, Paths.Length - 1], Gen.Int[0, 6], Gen.Int[0, 2], Gen.Int[0, 2], Gen.Bool,
        (path, start, length, kind, copy) => new Reference(new Location(copy ? new string(Paths[path]) : Paths[path], new TextSpan(start, length)), (ReferenceKind)kind));

    [Fact]
    public void References_come_out_as_distinct_then_ordered_by_path_and_start_did()
    {
        OneReference.List[0, 40].Sample(references =>
        {
            var expected = references.Distinct().OrderBy(r => r.Location.Path, StringComparer.Ordinal).ThenBy(r => r.Location.Span.Start).ToList();
            var actual = PlaceOrder.SortedDistinct(references, r => r.Location.Path, r => r.Location.Span.Start);
            Assert.Equal(expected, actual);
            // Ties keep their first order: the same items, in the same places.
            Assert.Equal(expected.Select(r => r.Kind), actual.Select(r => r.Kind));
        }, iter: 5000);
    }

    [Fact]
    public void Edits_come_out_as_distinct_then_ordered_by_path_and_start_did()
    {
        var edit = Gen.Select(Gen.Int[0, Paths.Length - 1], Gen.Int[0, 4], Gen.Int[0, 1], Gen.Int[0, 1],
            (path, start, length, text) => new SuggestedEdit(Paths[path], new TextSpan(start, length), text == 0 ? "new-id" : "other"));
        edit.List[0, 40].Sample(edits =>
        {
            var expected = edits.Distinct().OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Span.Start).ToList();
            Assert.Equal(expected, PlaceOrder.SortedDistinct(edits, e => e.Path, e => e.Span.Start));
        }, iter: 5000);
    }

    [Fact]
    public void An_empty_answer_stays_empty() =>
        Assert.Empty(PlaceOrder.SortedDistinct(new List<Reference>(), r => r.Location.Path, r => r.Location.Span.Start));
}
