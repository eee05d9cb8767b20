using FactLsp.Core.Navigation;

namespace FactLsp.Core.Tests.Navigation;

public class WorkspaceSymbolTests
{
    private const string Local = """
//- articles/a.md
---
speakers:
  sdc-spokesman: {name: SDC spokesman}
sources:
  afp-wire: {title: "AFP wire"}
---
[“Words”]{.quote by=sdc-spokesman src=afp-wire}

""";

    private static IReadOnlyList<string> Ids(FixtureWorkspace fixture, string query) =>
        WorkspaceSymbols.Search(fixture.Snapshot, query).Select(s => s.Id).ToList();

    [Fact]
    public void An_empty_query_lists_every_person_and_source()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + Local);
        Assert.Equal(
            ["afp-wire", "dawn-2019-01-24", "redur-khalil", "sdc-briefing", "sdc-spokesman", "vladimir-putin"],
            Ids(fixture, "").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("KHALIL", "redur-khalil")]
    [InlineData("rkhal", "redur-khalil")]
    [InlineData("putin", "vladimir-putin")]
    [InlineData("overrun", "dawn-2019-01-24")]
    [InlineData("Press briefing", "sdc-briefing")]
    [InlineData("spokesman", "sdc-spokesman")]
    [InlineData("AFP", "afp-wire")]
    public void Ids_names_and_titles_match_case_insensitively(string query, string id)
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + Local);
        Assert.Contains(id, Ids(fixture, query));
    }

    [Fact]
    public void Nothing_matches_a_query_that_is_in_no_id_or_name()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + Local);
        Assert.Empty(Ids(fixture, "zzz"));
    }

    [Fact]
    public void Better_matches_come_first_and_each_symbol_sits_at_its_definition()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + Local);
        var matches = WorkspaceSymbols.Search(fixture.Snapshot, "sdc");
        // "sdc-spokesman" and "sdc-briefing" start with the query; nothing else has it.
        Assert.Equal(["sdc-briefing", "sdc-spokesman"], matches.Select(m => m.Id).Order(StringComparer.Ordinal));
        var spokesman = matches.Single(m => m.Id == "sdc-spokesman");
        Assert.Equal("articles/a.md", spokesman.Location.Path);
        Assert.Equal("sdc-spokesman", fixture.TextOf(spokesman.Location));
        Assert.Equal(NavigationSymbolKind.Person, spokesman.Kind);
        var briefing = matches.Single(m => m.Id == "sdc-briefing");
        Assert.Equal(NavigationSymbolKind.Source, briefing.Kind);
        Assert.Equal("Press briefing on the Baghouz front", briefing.Name);
        Assert.Equal(0, briefing.Location.Span.Start);

        var ranked = WorkspaceSymbols.Search(fixture.Snapshot, "khalil").Select(m => m.Id).ToList();
        Assert.Equal("redur-khalil", ranked[0]);
    }

    [Fact]
    public void On_a_tie_the_registry_comes_before_an_article_that_repeats_its_id()
    {
        using var fixture = FixtureWorkspace.Create(Workspaces.Shared + """
//- articles/a-first.md
---
speakers:
  redur-khalil: {name: Redur Khalil}
---
[“Words”]{.quote by=redur-khalil src=dawn-2019-01-24}

""");
        var matches = WorkspaceSymbols.Search(fixture.Snapshot, "redur-kh");
        Assert.Equal(["people.yaml", "articles/a-first.md"], matches.Select(m => m.Location.Path));
    }
}
