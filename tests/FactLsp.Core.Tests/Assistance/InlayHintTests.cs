using FactLsp.Core.Assistance;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Assistance;

public class InlayHintTests
{
    private static FixtureWorkspace Create(string article, bool crlf = false) => FixtureWorkspace.Create(
        Fixture.File("people.yaml", ExampleFiles.People)
        + Fixture.File("articles/a.md", article), crlf);

    private static IReadOnlyList<InlayHintItem> All(FixtureWorkspace w) =>
        InlayHintProvider.For(w.Snapshot, "articles/a.md", new TextSpan(0, w.Text("articles/a.md").Length));

    [Fact]
    public void The_speakers_name_follows_each_by_id_that_resolves()
    {
        using var w = Create("---\nspeakers:\n  sdc-spokesman: {description: unnamed spokesman}\n---\n😀 [“a”]{.quote by=redur-khalil src=x} [“b”]{by=\"vladimir-putin\" .quote} [“c”]{.quote by=nobody src=x}\r\n[“d”]{.claim by=sdc-spokesman}\n", crlf: true);
        var text = w.Text("articles/a.md");
        var hints = All(w);
        Assert.Equal(["Redur Khalil", "Vladimir Putin", "Sdc Spokesman"], hints.Select(h => h.Label));
        // Right after the id, after its closing quote when it has one.
        Assert.EndsWith("by=redur-khalil", text[..hints[0].Offset]);
        Assert.EndsWith("by=\"vladimir-putin\"", text[..hints[1].Offset]);
        Assert.Equal("senior Kurdish official; senior official, Syrian Democratic Council", hints[0].Tooltip);
        Assert.Equal("unnamed spokesman", hints[2].Tooltip);
    }

    [Fact]
    public void Only_the_requested_range()
    {
        using var w = Create("[“a”]{.quote by=redur-khalil src=x}\n\n[“b”]{.quote by=vladimir-putin src=x}\n");
        var second = w.Text("articles/a.md").IndexOf("[“b”]", StringComparison.Ordinal);
        var hints = InlayHintProvider.For(w.Snapshot, "articles/a.md", TextSpan.FromBounds(second, w.Text("articles/a.md").Length));
        Assert.Equal("Vladimir Putin", Assert.Single(hints).Label);
    }

    [Fact]
    public void No_hints_outside_articles_or_without_by()
    {
        using var w = Create("[“security zone”]{.term} and “plain” [text]{.smallcaps by=redur-khalil}\n");
        // A span with by= is a quote even with another class: its id resolves.
        Assert.Equal("Redur Khalil", Assert.Single(All(w)).Label);
        Assert.Empty(InlayHintProvider.For(w.Snapshot, "people.yaml", new TextSpan(0, 100)));
    }
}
