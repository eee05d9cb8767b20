using FactLsp.Core.Diagnostics;
using FactLsp.Core.Navigation;

namespace FactLsp.Core.Tests.Navigation;

public class DocumentSymbolTests
{
    private const string Article = """
//- articles/a.md
---
date: 2019-01-25
speakers:
  spokesman: {name: SDC spokesman}
---
🎙️ Khalil said [“Geographically, the noose is tightening around IS,”]{.quote by=redur-khalil src=dawn-2019-01-24}.
Putin called Erdogan a [“dear friend”]{.quote by=vladimir-putin src=dawn-2019-01-24}.
A spokesman said [“the [group] is finished”]{.quote by=spokesman src=dawn-2019-01-24}.
[IS is losing ground]{.claim src=dawn-2019-01-24}
Khalil again: [“the geographical end of IS does not mean the organisation is terminated”]{.quote by=redur-khalil src=dawn-2019-01-24}
[“Words”]{.quote by=redur-kalil src=dawn-2019-01-24}
Turkey wants a [“security zone”]{.term}.

""";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Quotes_and_claims_are_grouped_by_speaker_in_order_of_first_appearance(bool crlf)
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + Article, crlf);
        var symbols = DocumentSymbols.For(fixture.Snapshot, "articles/a.md");
        Assert.Equal(["Redur Khalil", "Vladimir Putin", "SDC spokesman", "Without a speaker", "redur-kalil", "Terms"], symbols.Select(s => s.Name));
        Assert.Equal([2, 1, 1, 1, 1, 1], symbols.Select(s => s.Children.Count));

        var khalil = symbols[0];
        Assert.Equal(NavigationSymbolKind.Person, khalil.Kind);
        Assert.Equal("redur-khalil", khalil.Detail);
        Assert.Equal("Geographically, the noose is tightening around IS,", khalil.Children[0].Name.Trim('“', '”'));
        Assert.Equal("quote · dawn-2019-01-24 · verified", khalil.Children[0].Detail);
        Assert.Equal(NavigationSymbolKind.Quote, khalil.Children[0].Kind);
        Assert.EndsWith("…", khalil.Children[1].Name);
        Assert.True(khalil.Children[1].Name.Length <= 60);
        Assert.Equal("unknown speaker", symbols[4].Detail);
        Assert.Equal(NavigationSymbolKind.Claim, symbols[3].Children[0].Kind);
        Assert.Equal(NavigationSymbolKind.Term, symbols[5].Children[0].Kind);
        Assert.Contains("[group]", symbols[2].Children[0].Name);

        var text = fixture.Text("articles/a.md");
        Assert.Equal("redur-khalil", text.Substring(khalil.SelectionSpan.Start, khalil.SelectionSpan.Length));
        Assert.StartsWith("“Geographically", text.Substring(khalil.Children[0].SelectionSpan.Start, khalil.Children[0].SelectionSpan.Length));
    }

    [Fact]
    public void Every_span_holds_its_selection_and_its_children()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + Article);
        foreach (var parent in DocumentSymbols.For(fixture.Snapshot, "articles/a.md"))
        {
            Assert.True(parent.Span.Contains(parent.SelectionSpan));
            Assert.False(string.IsNullOrWhiteSpace(parent.Name));
            foreach (var child in parent.Children)
            {
                Assert.True(parent.Span.Contains(child.Span));
                Assert.True(child.Span.Contains(child.SelectionSpan));
                Assert.False(string.IsNullOrWhiteSpace(child.Name));
            }
        }
    }

    [Fact]
    public void A_people_registry_lists_its_people_over_their_entries()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Dawn + """
//- people.yaml
redur-khalil:
^^^^^^^^^^^^
  name: Redur Khalil

# Russia
"vladimir-putin": Vladimir Putin
 ^^^^^^^^^^^^^^

""");
        var symbols = DocumentSymbols.For(fixture.Snapshot, "people.yaml");
        Assert.Equal(["redur-khalil", "vladimir-putin"], symbols.Select(s => s.Name));
        Assert.Equal(["Redur Khalil", "Vladimir Putin"], symbols.Select(s => s.Detail));
        var text = fixture.Text("people.yaml");
        Assert.Equal("redur-khalil:\n  name: Redur Khalil\n\n# Russia", text.Substring(symbols[0].Span.Start, symbols[0].Span.Length));
        Assert.Equal("\"vladimir-putin\": Vladimir Putin", text.Substring(symbols[1].Span.Start, symbols[1].Span.Length));
        Assert.All(symbols, s => Assert.True(s.Span.Contains(s.SelectionSpan)));
    }

    [Fact]
    public void Sources_have_no_outline()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared);
        Assert.Empty(DocumentSymbols.For(fixture.Snapshot, "sources/dawn.txt"));
    }
}
