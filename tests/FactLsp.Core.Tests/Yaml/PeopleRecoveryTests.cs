using FactLsp.Core.Tests.Navigation;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;
using FactLsp.Core.Yaml;

namespace FactLsp.Core.Tests.Yaml;

/// <summary>A people.yaml with one broken entry keeps every entry that can be read on its own.</summary>
public class PeopleRecoveryTests
{
    private static PeopleFileModel Parse(string text) => PeopleFileModel.Parse(new WorkspaceFile("people.yaml", FileKind.People, text, null));

    private static void AssertKey(string text, PeopleFileModel model, string id)
    {
        var person = Assert.Single(model.People, p => p.Id == id);
        var keyStart = text.IndexOf(id + ":", StringComparison.Ordinal);
        Assert.Equal(new TextSpan(keyStart, id.Length), person.Definition.KeySpan);
        Assert.Equal("people.yaml", person.Definition.Path);
    }

    private static LinePosition ErrorAt(string text, PeopleFileModel model)
    {
        var problem = Assert.Single(model.Problems);
        Assert.False(problem.IsWarning);
        Assert.StartsWith("Invalid YAML: ", problem.Message, StringComparison.Ordinal);
        return new LineMap(text).GetPosition(problem.Span.Start);
    }

    private const string BrokenInTheMiddle = """
        # The registry.
        redur-khalil:
          name: Redur Khalil
          aliases: [Khalil]

        vladimir-putin:
          name: Vladimir Putin
          aliases: [Putin
          description: President of Russia

        recep-tayyip-erdogan:
          name: Recep Tayyip Erdogan
          aliases: [Erdogan]

        """;

    [Fact]
    public void A_broken_entry_in_the_middle_loses_only_itself()
    {
        var model = Parse(BrokenInTheMiddle);
        Assert.Equal(["redur-khalil", "recep-tayyip-erdogan"], model.People.Select(p => p.Id));
        AssertKey(BrokenInTheMiddle, model, "redur-khalil");
        AssertKey(BrokenInTheMiddle, model, "recep-tayyip-erdogan");
        Assert.Equal(["Erdogan"], model.People[1].Aliases);
        // The error is reported once, inside the broken entry (lines 5 to 8, 0-based).
        Assert.InRange(ErrorAt(BrokenInTheMiddle, model).Line, 5, 9);
    }

    [Fact]
    public void A_well_formed_file_reads_as_before()
    {
        var text = BrokenInTheMiddle.Replace("[Putin\n", "[Putin]\n", StringComparison.Ordinal);
        var model = Parse(text);
        Assert.Empty(model.Problems);
        Assert.Equal(["redur-khalil", "vladimir-putin", "recep-tayyip-erdogan"], model.People.Select(p => p.Id));
    }

    [Fact]
    public void A_duplicate_key_is_reported_once_and_the_first_definition_stands()
    {
        const string text = """
            redur-khalil:
              name: Redur Khalil
            vladimir-putin:
              name: Vladimir Putin
            redur-khalil:
              name: Someone Else
            donald-trump: Donald Trump
            """;
        var model = Parse(text);
        Assert.Equal(["redur-khalil", "vladimir-putin", "donald-trump"], model.People.Select(p => p.Id));
        Assert.Equal("Redur Khalil", model.People[0].Name);
        Assert.Equal(new TextSpan(0, "redur-khalil".Length), model.People[0].Definition.KeySpan);
        Assert.Equal(4, ErrorAt(text, model).Line);
        Assert.Contains("Duplicate key", model.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tab_indented_line_breaks_only_its_entry()
    {
        const string text = "redur-khalil:\n  name: Redur Khalil\nvladimir-putin:\n\tname: Vladimir Putin\ndonald-trump:\n  name: Donald Trump\n";
        var model = Parse(text);
        Assert.Equal(["redur-khalil", "donald-trump"], model.People.Select(p => p.Id));
        AssertKey(text, model, "donald-trump");
        Assert.InRange(ErrorAt(text, model).Line, 2, 3);
    }

    [Fact]
    public void Crlf_files_keep_exact_spans()
    {
        var text = BrokenInTheMiddle.Replace("\n", "\r\n", StringComparison.Ordinal);
        var model = Parse(text);
        Assert.Equal(["redur-khalil", "recep-tayyip-erdogan"], model.People.Select(p => p.Id));
        AssertKey(text, model, "redur-khalil");
        AssertKey(text, model, "recep-tayyip-erdogan");
        Assert.Equal("Recep Tayyip Erdogan", model.People[1].Name);
        Assert.InRange(ErrorAt(text, model).Line, 5, 9);
    }

    [Fact]
    public void An_unclosed_quote_on_the_last_line_loses_only_the_last_entry()
    {
        const string text = "redur-khalil:\n  name: Redur Khalil\n\n🙂-fan:\n  name: \"Emoji Fan\n";
        var model = Parse(text);
        AssertKey(text, model, "redur-khalil");
        Assert.Single(model.People);
        Assert.InRange(ErrorAt(text, model).Line, 3, 5);
    }

    [Fact]
    public void An_entry_typed_on_its_first_line_keeps_the_ones_after_it()
    {
        const string text = "redur-khalil:\n  name: Redur Khalil\nvladimir-putin: {name: \"Vladimir\n# a comment\ndonald-trump:\n  name: Donald Trump\n";
        var model = Parse(text);
        Assert.Equal(["redur-khalil", "donald-trump"], model.People.Select(p => p.Id));
        AssertKey(text, model, "donald-trump");
        Assert.Equal(2, ErrorAt(text, model).Line);
    }

    [Fact]
    public void A_file_that_is_broken_as_a_whole_reports_one_error()
    {
        const string text = "- redur-khalil\n- [vladimir-putin\n";
        var model = Parse(text);
        Assert.Empty(model.People);
        ErrorAt(text, model);
    }

    [Fact]
    public void An_article_quoting_a_well_formed_person_is_not_told_of_an_unknown_speaker()
    {
        const string fixture = Workspaces.Dawn + """
            //- people.yaml
            redur-khalil:
              name: Redur Khalil
              aliases: [Khalil]

            vladimir-putin:
              name: "Vladimir Putin
              aliases: [Putin]

            //- articles/a.md
            ---
            date: 2019-01-25
            ---
            [“Geographically, the noose is tightening around IS”]{.quote by=redur-khalil src=dawn-2019-01-24}

            """;
        using var fixtureFiles = FixtureWorkspace.Create(fixture);
        var article = fixtureFiles.Snapshot.GetDiagnostics("articles/a.md").Select(d => d.Code).ToList();
        Assert.DoesNotContain("unknown-speaker", article);
        Assert.DoesNotContain("wrong-speaker", article);
        Assert.Contains(fixtureFiles.Snapshot.GetDiagnostics("people.yaml"), d => d.Code == "invalid-yaml");

        // And the broken entry's person is unknown while it is broken.
        using var putin = FixtureWorkspace.Create(fixture.Replace("by=redur-khalil", "by=vladimir-putin", StringComparison.Ordinal));
        Assert.Contains("unknown-speaker", putin.Snapshot.GetDiagnostics("articles/a.md").Select(d => d.Code));
    }
}
