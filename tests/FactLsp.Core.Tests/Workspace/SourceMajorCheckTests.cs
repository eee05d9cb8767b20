using FactLsp.Core.Assistance;
using FactLsp.Core.Checking;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Navigation;
using FactLsp.Core.Workspace;
using FactLsp.Testing;

namespace FactLsp.Core.Tests.Workspace;

/// <summary>
/// A whole-workspace check goes source by source (each source prepared once, then let go); each article asked
/// for alone is checked article by article. Both must say the same, and a source let go must be rebuilt to
/// answer hovers and definitions exactly as before.
/// </summary>
public class SourceMajorCheckTests
{
    private static string Examples => Path.Combine(TestPaths.RepositoryRoot(), "examples");

    /// <summary>Every diagnostic, field by field, and every annotation's verdict, passage and standing.</summary>
    internal static List<string> Describe(WorkspaceSnapshot snapshot, IEnumerable<(WorkspaceFile File, IReadOnlyList<Diagnostic> Diagnostics)> all)
    {
        var lines = new List<string>();
        foreach (var (file, diagnostics) in all.OrderBy(x => x.File.Path, StringComparer.Ordinal))
        {
            foreach (var d in diagnostics)
            {
                lines.Add($"{d.Path} {d.Span} {d.Code} {d.Severity} {d.Message} | "
                    + string.Join("; ", d.Related.Select(r => $"{r.Location} {r.Message}")) + " | "
                    + string.Join("; ", d.Fixes.Select(f => $"{f.Title} {f.IsPreferred} " + string.Join(",", f.Edits))));
            }
            if (snapshot.GetArticle(file.Path) is { Document.Unparsed: null } && snapshot.GetAnalysis(file.Path) is { } analysis)
            {
                foreach (var r in analysis.Results)
                {
                    lines.Add($"{file.Path} {r.Annotation.Syntax.Span} {r.Verdict} {r.Standing} {r.Passage} {r.Source?.Id} {r.Speaker?.Id} "
                        + $"{r.Attribution} {r.Match?.Outcome} {r.Match?.Similarity} {r.Match?.PassageText} {string.Join(",", r.SpeakerFindings.Select(f => f.Code))}");
                }
            }
        }
        return lines;
    }

    /// <summary>Each file's diagnostics asked for one at a time, articles in reverse order: every article checked alone.</summary>
    internal static List<(WorkspaceFile, IReadOnlyList<Diagnostic>)> OneByOne(WorkspaceSnapshot snapshot) =>
        snapshot.Files.Reverse().Select(f => (f, snapshot.GetDiagnostics(f.Path))).ToList();

    [Fact]
    public void Source_major_findings_equal_article_major_findings_on_the_examples()
    {
        var whole = WorkspaceSnapshot.Load(Examples);
        var alone = WorkspaceSnapshot.Load(Examples);

        var expected = Describe(alone, OneByOne(alone));
        var actual = Describe(whole, whole.GetAllDiagnostics());

        Assert.NotEmpty(expected);
        Assert.Contains(expected, l => l.Contains("wrong-speaker", StringComparison.Ordinal));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Source_major_findings_equal_article_major_findings_with_declared_sources_unattributed_quotes_and_own_speakers()
    {
        using var dir = FixtureWorkspace.Empty();
        dir.Write("people.yaml", "khalil: {name: Redur Khalil, aliases: [Khalil]}\nputin: {name: Vladimir Putin, aliases: [Putin]}\n");
        dir.Write("sources/s1.txt", "Khalil said: “The noose is tightening around IS.”\n\nPutin said: “We work on issues of regional security.”\n");
        dir.Write("sources/s2.md", "---\nkind: transcript\nspeakers:\n  KHALIL: khalil\n---\nKHALIL: The fight goes on, and we will not negotiate.\n\nQUESTION: And then?\n\nKHALIL: The fight goes on.\n");
        dir.Write("extra/wire.txt", "The spokesman said: “Nobody leaves the zone before dawn tomorrow.”\n");
        dir.Write("a1.md", "---\nspeakers:\n  sdc: {name: SDC spokesman}\nsources:\n  wire: {file: extra/wire.txt}\n---\n"
            + "[“Nobody leaves the zone before dawn”]{.quote by=sdc src=wire} and "
            + "[“The noose is tightening around IS”]{.quote by=putin src=s1}. He added “we work on issues of regional security” today.\n\n"
            + "[Khalil fights on]{.claim src=s2 evidence=\"The fight goes on, and we will not negotiate.\"}\n");
        dir.Write("a2.md", "[“The fight goes on”]{.quote by=khalil src=s2}, [“The noose is tightening”]{.quote by=khalil src=s1}, "
            + "[“unclosed words]{.quote by=khalil src=s1\n\nA writer said “this is not in any source at all” and [“We work on issues of regional securty”]{.quote by=putin src=s1}.\n");

        var whole = WorkspaceSnapshot.Load(dir.Root);
        var alone = WorkspaceSnapshot.Load(dir.Root);
        var expected = Describe(alone, OneByOne(alone));

        Assert.Contains(expected, l => l.Contains("unattributed-quote", StringComparison.Ordinal));
        Assert.Contains(expected, l => l.Contains("misquote", StringComparison.Ordinal));
        Assert.Equal(expected, Describe(whole, whole.GetAllDiagnostics(parallelism: 1)));
    }

    [Fact]
    public void A_whole_workspace_check_prepares_each_cited_source_once_and_lets_it_go()
    {
        var snapshot = WorkspaceSnapshot.Load(Examples);
        snapshot.GetAllDiagnostics();
        var sources = snapshot.Sources.Where(s => s.File is not null).ToList();
        Assert.NotEmpty(sources);

        PreparedSources.Clear();
        Collect();

        Assert.All(sources, s => Assert.False(s.IsPrepared, $"{s.Id} is still prepared"));
    }

    [Fact]
    public void A_source_let_go_is_rebuilt_and_answers_hover_and_definition_exactly_as_before()
    {
        var snapshot = WorkspaceSnapshot.Load(Examples);
        snapshot.GetAllDiagnostics();
        const string path = "articles/baghouz-falls.md";
        var text = snapshot.GetFile(path)!.Text!;
        var quotes = snapshot.GetArticle(path)!.Annotations.Where(a => a.IsQuote && a.Src is not null).ToList();
        Assert.NotEmpty(quotes);
        // Inside each quote's words, and on its src value (definition jumps to the source).
        var offsets = quotes.SelectMany(a => new[] { a.Syntax.ContentSpan.Start + 1, a.Src!.ValueSpan.Start + 1 }).ToList();
        string Answers() => string.Join("\n", offsets.Select(o =>
            $"{o}: {HoverProvider.Find(snapshot, path, o)} => {string.Join(", ", DefinitionFinder.Find(snapshot, path, o))}"));

        var before = Answers();
        PreparedSources.Clear();
        Collect();
        Assert.All(snapshot.Sources.Where(s => s.File is not null), s => Assert.False(s.IsPrepared));
        var after = Answers();

        Assert.Contains("dawn", before, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, after);
        Assert.Contains(snapshot.Sources, s => s.IsPrepared);
        Assert.NotNull(text);
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
