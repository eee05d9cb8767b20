using FactLsp.Core.Assistance;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Tests.Assistance;

public class CodeActionTests
{
    private const string Front = "---\ntitle: Test\ndate: 2019-01-25\n---\n";
    private const string Article = "articles/a.md";

    private static string Workspace(string article, string? people = null) =>
        (people is null ? Fixture.File("people.yaml", ExampleFiles.People) : people)
        + Fixture.File("sources/dawn-2019-01-24.txt", ExampleFiles.DawnSource)
        + Fixture.File(Article, article);

    private static IReadOnlyList<CodeActionSuggestion> At(FixtureWorkspace w) =>
        CodeActionProvider.For(w.Snapshot, w.CursorPath, new TextSpan(w.CursorOffset, 0));

    private static bool Has(WorkspaceSnapshot snapshot, string code) => snapshot.GetDiagnostics(Article).Any(d => d.Code == code);

    [Fact]
    public void A_misquote_takes_the_sources_words_and_the_diagnostic_goes_away()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + "Khalil said [“Geographically, the noose is $0closing around IS,”]{.quote by=redur-khalil src=dawn-2019-01-24}\n"));
        var fix = At(w).First(a => a.Diagnostic.Code == "misquote").Fix;
        Assert.Equal("Use the source's words", fix.Title);
        Assert.True(fix.IsPreferred);

        var after = FixApplier.Apply(w.Snapshot, fix);
        Assert.Contains("[“Geographically, the noose is tightening around IS,”]", after.GetFile(Article)!.Text);
        Assert.False(Has(after, "misquote"));
    }

    [Fact]
    public void An_unknown_speaker_offers_the_nearest_ids_then_registering_the_person()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + "Khalil said [“Geographically, the noose is tightening around IS,”]{.quote by=redur-ka$0lil src=dawn-2019-01-24}\n"));
        var fixes = At(w).Where(a => a.Diagnostic.Code == "unknown-speaker").Select(a => a.Fix).ToList();
        Assert.Equal(["Change to 'redur-khalil' (Redur Khalil)", "Add 'redur-kalil' to people.yaml", "Suppress 'unknown-speaker' on this line"], fixes.Select(f => f.Title));

        var renamed = FixApplier.Apply(w.Snapshot, fixes[0]);
        Assert.False(Has(renamed, "unknown-speaker"));

        var registered = FixApplier.Apply(w.Snapshot, fixes[1]);
        Assert.False(Has(registered, "unknown-speaker"));
        var people = registered.GetFile("people.yaml")!.Text!;
        Assert.EndsWith("  description: President of Syria\n\nredur-kalil:\n  name: Redur Kalil\n", people);
        Assert.Empty(registered.GetPeopleFile("people.yaml")!.Problems);
    }

    [Fact]
    public void Registering_a_person_keeps_the_registrys_crlf_and_indentation()
    {
        var people = Fixture.File("people.yaml", "# People\nvladimir-putin:\n    name: Vladimir Putin\n");
        using var w = FixtureWorkspace.Create(Workspace(Front + "[“dear friend”]{.quote by=$0true src=dawn-2019-01-24}\n", people), crlf: true);
        var fix = At(w).Single(a => a.Fix.Title.StartsWith("Add", StringComparison.Ordinal)).Fix;
        var edit = Assert.Single(fix.Edits);
        Assert.Equal("people.yaml", edit.Path);
        // "true" would be a boolean key in YAML: it is quoted.
        Assert.Equal("\r\n\"true\":\r\n    name: \"True\"\r\n", edit.NewText);

        var after = FixApplier.Apply(w.Snapshot, fix);
        Assert.Equal("True", after.Index.Registry.Find("true")!.DisplayName);
        Assert.False(Has(after, "unknown-speaker"));
    }

    [Fact]
    public void Without_a_registry_the_fix_creates_people_yaml()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + "[“dear friend”]{.quote by=$0vladimir-putin src=dawn-2019-01-24}\n", people: string.Empty));
        var fix = At(w).Single(a => a.Fix.Title.StartsWith("Create", StringComparison.Ordinal)).Fix;
        Assert.Equal("Create people.yaml with 'vladimir-putin'", fix.Title);
        Assert.Null(w.Snapshot.GetFile("people.yaml"));

        var after = FixApplier.Apply(w.Snapshot, fix);
        Assert.Equal("vladimir-putin:\n  name: Vladimir Putin\n", after.GetFile("people.yaml")!.Text);
        Assert.False(Has(after, "unknown-speaker"));
    }

    [Fact]
    public void A_registry_written_as_a_flow_mapping_is_not_appended_to()
    {
        var people = Fixture.File("people.yaml", "{vladimir-putin: {name: Vladimir Putin}}\n");
        using var w = FixtureWorkspace.Create(Workspace(Front + "[“x”]{.quote by=$0nobody src=dawn-2019-01-24}\n", people));
        Assert.DoesNotContain(At(w), a => a.Fix.Title.StartsWith("Add", StringComparison.Ordinal));
        Assert.Contains(At(w), a => a.Diagnostic.Code == "unknown-speaker");
    }

    [Fact]
    public void An_unknown_source_offers_the_nearest_ids()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + "[“dear friend”]{.quote by=vladimir-putin src=dawn-2019-$001-42}\n"));
        var fix = At(w).First(a => a.Diagnostic.Code == "unknown-source").Fix;
        Assert.Equal("Change to 'dawn-2019-01-24'", fix.Title);
        Assert.False(Has(FixApplier.Apply(w.Snapshot, fix), "unknown-source"));
    }

    [Fact]
    public void An_unattributed_quote_is_wrapped_with_the_inferred_speaker_and_the_likely_source()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + """
Putin greeted Erdogan as a [“dear friend”]{.quote by=vladimir-putin src=dawn-2019-01-24}.

Erdogan answered that "our solidarity makes a $0weighty contribution to the security of the region".
"""));
        var fix = At(w).First(a => a.Diagnostic.Code == "unattributed-quote").Fix;
        Assert.True(fix.IsPreferred);
        var after = FixApplier.Apply(w.Snapshot, fix);
        Assert.Contains("[\"our solidarity makes a weighty contribution to the security of the region\"]{.quote by=recep-tayyip-erdogan src=dawn-2019-01-24}", after.GetFile(Article)!.Text);
        Assert.False(Has(after, "unattributed-quote"));
        Assert.DoesNotContain(after.GetDiagnostics(Article), d => d.Severity <= Severity.Warning);
    }

    [Fact]
    public void Suppression_on_the_first_line_of_a_paragraph_is_a_line_above_with_its_indentation()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + "- item\n\n  [“the organisation is $0finished”]{.quote by=redur-khalil src=dawn-2019-01-24}\n"));
        var fix = At(w).Single(a => a.Diagnostic.Code == "quote-not-found" && a.Fix.Title.StartsWith("Suppress", StringComparison.Ordinal)).Fix;
        Assert.Equal("Suppress 'quote-not-found' on this line", fix.Title);
        Assert.Equal("  <!-- factlsp-disable-next-line quote-not-found -->\n", Assert.Single(fix.Edits).NewText);

        var after = FixApplier.Apply(w.Snapshot, fix);
        Assert.Contains("- item\n\n  <!-- factlsp-disable-next-line quote-not-found -->\n  [“the organisation", after.GetFile(Article)!.Text);
        Assert.False(Has(after, "quote-not-found"));
    }

    [Fact]
    public void Suppression_keeps_crlf_and_block_quote_markers()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + "Intro.\n\n> [“the organisation is $0finished”]{.quote by=redur-khalil src=dawn-2019-01-24}\n"), crlf: true);
        var fix = At(w).Single(a => a.Diagnostic.Code == "quote-not-found" && a.Fix.Title.StartsWith("Suppress", StringComparison.Ordinal)).Fix;
        Assert.Equal("> <!-- factlsp-disable-next-line quote-not-found -->\r\n", Assert.Single(fix.Edits).NewText);
        Assert.False(Has(FixApplier.Apply(w.Snapshot, fix), "quote-not-found"));
    }

    [Fact]
    public void Suppression_inside_a_paragraph_ends_the_previous_line_so_the_paragraph_stays_whole()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + "Khalil spoke at length,  \nand [“the organisation is $0finished”]{.quote by=redur-khalil src=dawn-2019-01-24}.\n"));
        var fix = At(w).Single(a => a.Diagnostic.Code == "quote-not-found" && a.Fix.Title.StartsWith("Suppress", StringComparison.Ordinal)).Fix;
        var after = FixApplier.Apply(w.Snapshot, fix);
        var text = after.GetFile(Article)!.Text!;
        // Before the hard break's two spaces, which must stay at the end of the line.
        Assert.Contains("Khalil spoke at length, <!-- factlsp-disable-next-line quote-not-found -->  \nand [“the", text);
        Assert.False(Has(after, "quote-not-found"));
        Assert.Single(Markdig.Syntax.MarkdownObjectExtensions.Descendants<Markdig.Syntax.ParagraphBlock>(after.GetArticle(Article)!.Document.Document));
    }

    [Fact]
    public void Suppression_adds_the_rule_to_a_comment_already_above()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + "<!-- factlsp-disable-next-line misquote -->\n[“the organisation is $0finished”]{.quote by=redur-khalil src=dawn-2019-01-24}\n"));
        var fix = At(w).Single(a => a.Diagnostic.Code == "quote-not-found" && a.Fix.Title.StartsWith("Suppress", StringComparison.Ordinal)).Fix;
        var after = FixApplier.Apply(w.Snapshot, fix);
        Assert.Contains("<!-- factlsp-disable-next-line misquote quote-not-found -->\n[“the", after.GetFile(Article)!.Text);
        Assert.False(Has(after, "quote-not-found"));
    }

    [Fact]
    public void Every_diagnostic_of_an_article_body_can_be_suppressed_but_not_in_the_front_matter()
    {
        using var w = FixtureWorkspace.Create(Workspace("---\ndate: 2019-01-25\nspeakers:\n  $0nobody: {name: No Body}\n---\n[it]{.claim}\n"));
        Assert.Contains(w.Snapshot.GetDiagnostics(Article), d => d.Code == "unused-definition");
        Assert.DoesNotContain(At(w), a => a.Fix.Title.StartsWith("Suppress", StringComparison.Ordinal));

        var all = CodeActionProvider.For(w.Snapshot, Article, new TextSpan(0, w.Text(Article).Length));
        var claim = all.Single(a => a.Diagnostic.Code == "claim-without-source");
        Assert.Equal("Suppress 'claim-without-source' on this line", claim.Fix.Title);
        Assert.False(Has(FixApplier.Apply(w.Snapshot, claim.Fix), "claim-without-source"));
    }

    [Fact]
    public void A_range_away_from_every_diagnostic_has_no_actions()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + "Fine $0prose.\n\n[“the organisation is finished”]{.quote by=redur-khalil src=dawn-2019-01-24}\n"));
        Assert.Empty(At(w));
    }
}
