using FactLsp.Core.Diagnostics;
using FactLsp.Core.Workspace;
using DiagnosticRules = FactLsp.Core.Diagnostics.Rules;

namespace FactLsp.Core.Tests.Rules;

/// <summary>
/// What diagnostics carry for quick fixes: each fix, applied to the files it edits, makes its
/// diagnostic go away and brings no new error.
/// </summary>
public class QuickFixTests
{
    private const string Workspace = """
        //- people.yaml
        redur-khalil: {name: Redur Khalil, aliases: [Khalil]}
        vladimir-putin: {name: Vladimir Putin, aliases: [Putin]}
        donald-trump: {name: Donald Trump, aliases: [Trump]}

        //- sources/dawn-2019-01-24.txt
        Redur Khalil said: “Geographically, the noose is tightening around IS.”

        Putin said their countries “work on issues of regional security”.

        Trump said “we have won against ISIS in Syria” last month.

        //- article.md
        """;

    [Fact]
    public void A_misquote_is_fixed_with_the_sources_words()
    {
        var (fix, after) = ApplyPreferred("[“Geographically, the noose is closing around IS,”]{.quote by=redur-khalil src=dawn-2019-01-24}", DiagnosticRules.Misquote);
        Assert.Equal("Use the source's words", fix.Title);
        Assert.Equal("[“Geographically, the noose is tightening around IS,”]{.quote by=redur-khalil src=dawn-2019-01-24}\n", after);
    }

    [Fact]
    public void An_unknown_speaker_is_offered_the_nearest_ids_first()
    {
        using var workspace = Write("[“Geographically, the noose is tightening around IS.”]{.quote by=redur-kalil src=dawn-2019-01-24}");
        var diagnostic = Single(workspace.Load(), DiagnosticRules.UnknownSpeaker);
        Assert.Equal("Change to 'redur-khalil' (Redur Khalil)", diagnostic.Fixes[0].Title);
        Assert.True(diagnostic.Fixes[0].IsPreferred);
        Assert.Equal("Add 'redur-kalil' to people.yaml", diagnostic.Fixes[^1].Title);

        var (_, after) = ApplyPreferred("[“Geographically, the noose is tightening around IS.”]{.quote by=redur-kalil src=dawn-2019-01-24}", DiagnosticRules.UnknownSpeaker);
        Assert.Contains("by=redur-khalil", after);
    }

    [Fact]
    public void Adding_an_unknown_speaker_to_the_registry_makes_it_known()
    {
        using var workspace = Write("[“Geographically, the noose is tightening around IS.”]{.quote by=sdc-spokesman src=dawn-2019-01-24}");
        var add = Single(workspace.Load(), DiagnosticRules.UnknownSpeaker).Fixes.Single(f => f.Title.StartsWith("Add", StringComparison.Ordinal));
        Apply(workspace, add);
        var snapshot = workspace.Load();
        Assert.DoesNotContain(snapshot.GetDiagnostics("article.md"), d => d.Rule == DiagnosticRules.UnknownSpeaker);
        Assert.Empty(snapshot.GetDiagnostics("people.yaml"));
        Assert.Equal("Sdc Spokesman", snapshot.Index.Registry.Find("sdc-spokesman")?.DisplayName);
    }

    [Fact]
    public void An_unknown_source_is_offered_the_nearest_ids()
    {
        var (fix, after) = ApplyPreferred("[“Geographically, the noose is tightening around IS.”]{.quote by=redur-khalil src=dawn-2019-01-42}", DiagnosticRules.UnknownSource);
        Assert.Equal("Change to 'dawn-2019-01-24'", fix.Title);
        Assert.Contains("src=dawn-2019-01-24}", after);
    }

    [Fact]
    public void A_wrong_speaker_is_fixed_with_the_sources_speaker()
    {
        var (fix, after) = ApplyFirst("[“work on issues of regional security”]{.quote by=redur-khalil src=dawn-2019-01-24}", DiagnosticRules.WrongSpeaker);
        Assert.Equal("Attribute to Vladimir Putin", fix.Title);
        Assert.Contains("by=vladimir-putin", after);
    }

    [Fact]
    public void An_unattributed_quote_is_wrapped_in_a_quote_by_the_speaker_the_article_names()
    {
        var (fix, after) = ApplyPreferred(
            "[“Geographically, the noose is tightening around IS.”]{.quote by=redur-khalil src=dawn-2019-01-24}\n\nTrump said “we have won against ISIS in Syria” in December.",
            DiagnosticRules.UnattributedQuote);
        Assert.Equal("Annotate as a quote by Donald Trump from 'dawn-2019-01-24'", fix.Title);
        Assert.Contains("Trump said [“we have won against ISIS in Syria”]{.quote by=donald-trump src=dawn-2019-01-24} in December.", after);
    }

    [Fact]
    public void An_unattributed_quote_may_be_marked_as_a_term()
    {
        using var workspace = Write("A “tiny rump of a caliphate” remains.");
        var term = Single(workspace.Load(), DiagnosticRules.UnattributedQuote).Fixes.Single(f => f.Title.Contains("term", StringComparison.Ordinal));
        Apply(workspace, term);
        var snapshot = workspace.Load();
        Assert.Equal("A [“tiny rump of a caliphate”]{.term} remains.\n", snapshot.GetFile("article.md")!.Text);
        Assert.Empty(snapshot.GetDiagnostics("article.md"));
    }

    private static FixtureWorkspace Write(string article) => FixtureWorkspace.Create(FixtureRunner.Parse(Workspace + "\n" + article + "\n", "quick-fix"));

    private static Diagnostic Single(WorkspaceSnapshot snapshot, Rule rule) => Assert.Single(snapshot.GetDiagnostics("article.md"), d => d.Rule == rule);

    private static (SuggestedFix Fix, string Article) ApplyPreferred(string article, Rule rule) => ApplyWhere(article, rule, fixes => fixes.Single(f => f.IsPreferred));

    private static (SuggestedFix Fix, string Article) ApplyFirst(string article, Rule rule) => ApplyWhere(article, rule, fixes => fixes[0]);

    /// <summary>Applies one fix of the article's only diagnostic of <paramref name="rule"/>; the diagnostic must be gone and no error come.</summary>
    private static (SuggestedFix Fix, string Article) ApplyWhere(string article, Rule rule, Func<IReadOnlyList<SuggestedFix>, SuggestedFix> choose)
    {
        using var workspace = Write(article);
        var fix = choose(Single(workspace.Load(), rule).Fixes);
        Apply(workspace, fix);
        var after = workspace.Load();
        var diagnostics = after.GetDiagnostics("article.md");
        Assert.DoesNotContain(diagnostics, d => d.Rule == rule);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        return (fix, after.GetFile("article.md")!.Text!);
    }

    /// <summary>Applies a fix's edits to the files on disk, last edit first so earlier offsets hold.</summary>
    private static void Apply(FixtureWorkspace workspace, SuggestedFix fix)
    {
        foreach (var group in fix.Edits.GroupBy(e => e.Path))
        {
            var path = workspace.PathOf(group.Key);
            var text = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
            foreach (var edit in group.OrderByDescending(e => e.Span.Start))
            {
                text = text[..edit.Span.Start] + edit.NewText + text[edit.Span.End..];
            }
            workspace.Write(group.Key, text);
        }
    }
}
