using FactLsp.Core.Assistance;

namespace FactLsp.Core.Tests.Assistance;

public class CodeLensTests
{
    private const string Front = "---\ntitle: Test\ndate: 2019-01-25\nsources:\n  afp-wire: {title: AFP wire}\n---\n";

    private static FixtureWorkspace Create(string people) => FixtureWorkspace.Create(
        Fixture.File("people.yaml", people)
        + Fixture.File("sources/dawn-2019-01-24.txt", ExampleFiles.DawnSource)
        + Fixture.File("articles/a.md", Front + """
[“Geographically, the noose is tightening around IS,”]{.quote by=redur-khalil src=dawn-2019-01-24}
[“Our battle is still long”]{.quote by=redur-khalil src=dawn-2019-01-24}
[“Geographically, the noose is closing around IS,”]{.quote by=redur-khalil src=dawn-2019-01-24}
[“a turning point”]{.quote by=vladimir-putin src=afp-wire}
[“security zone”]{.term}
[“not there at all, not a word of it”]{.quote by=vladimir-putin src=dawn-2019-01-24}
""")
        + Fixture.File("articles/b.md", "[“dear friend”]{.quote by=vladimir-putin src=dawn-2019-01-24}\n")
        + Fixture.File("articles/empty.md", "# Nothing quoted\n"));

    [Fact]
    public void An_article_sums_up_its_quotes_at_the_top()
    {
        using var w = Create(ExampleFiles.People);
        var lens = Assert.Single(CodeLensProvider.For(w.Snapshot, "articles/a.md"));
        Assert.Equal(CodeLensKind.ArticleSummary, lens.Kind);
        Assert.Equal(new FactLsp.Core.Text.TextSpan(0, 0), lens.Span);
        Assert.Equal("5 quotes: 2 verified, 1 misquote, 1 not found, 1 unverifiable", lens.Title);

        Assert.Equal("No quotes", Assert.Single(CodeLensProvider.For(w.Snapshot, "articles/empty.md")).Title);
        Assert.Equal("1 quote: 1 verified", Assert.Single(CodeLensProvider.For(w.Snapshot, "articles/b.md")).Title);
    }

    [Fact]
    public void Each_person_of_the_registry_says_how_often_they_are_quoted()
    {
        using var w = Create("redur-khalil:\n  name: Redur Khalil\nvladimir-putin: Vladimir Putin\ndonald-trump: {name: Donald Trump}\n");
        var lenses = CodeLensProvider.For(w.Snapshot, "people.yaml");
        Assert.Equal(
            [("redur-khalil", "Quoted 3 times in 1 article"), ("vladimir-putin", "Quoted 3 times in 2 articles"), ("donald-trump", "Never quoted")],
            lenses.Select(l => (l.PersonId!, l.Title)));
        var text = w.Text("people.yaml");
        Assert.All(lenses, l => Assert.Equal(l.PersonId, text.Substring(l.Span.Start, l.Span.Length)));
    }

    [Fact]
    public void Sources_have_no_lens()
    {
        using var w = Create(ExampleFiles.People);
        Assert.Empty(CodeLensProvider.For(w.Snapshot, "sources/dawn-2019-01-24.txt"));
    }
}
