using FactLsp.Core.Caching;
using FactLsp.Core.Configuration;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Workspace;
using FactLsp.Server.Workspace;

namespace FactLsp.Server.Tests.Workspace;

/// <summary>
/// The pieces of the partial start, on the Core's snapshots: an opened article answered from the
/// cache on the partial workspace (a warm restart), and the hand-over carrying the partial
/// workspace's prepared sources and finished check into the whole workspace only when the check's
/// inputs are the same there.
/// </summary>
public class PartialWorkspaceTests
{
    private const string FirstDraft = "articles/first-draft.md";
    private const string Dawn = "sources/dawn-2019-01-24.txt";

    private static List<(string, int, int, string)> Shown(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => (d.Code, d.Span.Start, d.Span.Length, d.Message)).ToList();

    /// <summary>The partial workspace as the server holds it once the editor opened <paramref name="path"/>.</summary>
    private static WorkspaceSnapshot Opened(TestWorkspace workspace, string path, string text, bool cache)
    {
        var (snapshot, partial) = PartialWorkspace.Load(workspace.Root, ConfigOverrides.None, cache, CancellationToken.None);
        // The cache file read first: an article opened while it is still being read is also checked at once (a later test).
        _ = partial.Cache?.Value;
        return partial.WithSourcesFor(snapshot.WithText(path, text), path);
    }

    // The server holds no source's bytes between uses (ServerProcessSettings): once collected, what a partial snapshot
    // read of a source is no longer in memory, and a hand-over must not need it.
    private static void LetGoOfUnusedBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static void WriteCache(TestWorkspace workspace)
    {
        var whole = WorkspaceSnapshot.Load(workspace.Root);
        foreach (var article in whole.ArticlePaths)
        {
            whole.GetDiagnostics(article);
        }
        Assert.Null(FindingsCache.Open(FindingsCache.DefaultFile(workspace.Root), ProductVersion.Value).Save(whole));
    }

    [Fact]
    public void An_opened_article_whose_cache_key_holds_answers_from_the_cache_without_a_check()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        var expected = Shown(WorkspaceSnapshot.Load(workspace.Root).GetDiagnostics(FirstDraft));
        WriteCache(workspace);

        var opened = Opened(workspace, FirstDraft, workspace.Read(FirstDraft), cache: true);
        Assert.True(opened.HasFindings(FirstDraft));
        Assert.False(opened.HasFinishedCheck(FirstDraft));
        Assert.Equal(expected, Shown(opened.GetDiagnostics(FirstDraft)));
    }

    [Fact]
    public void On_a_warm_restart_the_opened_article_is_checked_beside_the_cache_read()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        var expected = Shown(WorkspaceSnapshot.Load(workspace.Root).GetDiagnostics(FirstDraft));
        WriteCache(workspace);
        var (snapshot, partial) = PartialWorkspace.Load(workspace.Root, ConfigOverrides.None, cache: false, CancellationToken.None);
        // The cache file is still to be read when the article is opened.
        partial = partial with { Cache = new Lazy<FindingsCache>(() => FindingsCache.Open(FindingsCache.DefaultFile(workspace.Root), ProductVersion.Value)) };

        var opened = partial.WithSourcesFor(snapshot.WithText(FirstDraft, workspace.Read(FirstDraft)), FirstDraft);

        // Answered from the cache, or by the check if it finished before the lookup: the same either way.
        Assert.True(opened.HasFindings(FirstDraft));
        Assert.Equal(expected, Shown(opened.GetDiagnostics(FirstDraft)));
        // Nobody asks this snapshot for the check: the one started before the lookup finishes on its own, and is this snapshot's.
        Assert.True(SpinWait.SpinUntil(() => opened.HasFinishedCheck(FirstDraft), TimeSpan.FromMinutes(1)), "the check was not started");
        Assert.Equal(Shown(WorkspaceSnapshot.Load(workspace.Root).GetAnalysis(FirstDraft)!.Diagnostics), Shown(opened.GetAnalysis(FirstDraft)!.Diagnostics));
    }

    [Fact]
    public void A_snapshot_with_reused_findings_takes_the_check_its_own_earlier_self_started_and_no_other()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        var before = WorkspaceSnapshot.Load(workspace.Root);
        var cached = WorkspaceSnapshot.Load(workspace.Root);
        var reused = before.WithReusedFindings(new Dictionary<string, IReadOnlyList<Diagnostic>> { [FirstDraft] = cached.GetFindings(FirstDraft)! });
        Assert.True(reused.HasReusedFindings(FirstDraft));
        var check = before.GetAnalysis(FirstDraft);

        var carried = reused.WithCheckOf(before, FirstDraft);

        Assert.Same(check, carried.GetAnalysis(FirstDraft));
        Assert.True(carried.HasReusedFindings(FirstDraft));
        Assert.Equal(Shown(cached.GetDiagnostics(FirstDraft)), Shown(carried.GetDiagnostics(FirstDraft)));
        Assert.False(reused.HasFinishedCheck(FirstDraft));
        // Another snapshot's check (other files, other index) is not taken.
        Assert.Same(reused, reused.WithCheckOf(cached, FirstDraft));
        Assert.Same(reused, reused.WithCheckOf(before.WithText(FirstDraft, workspace.Read(FirstDraft) + "\nMore.\n"), FirstDraft));
    }

    [Fact]
    public void An_opened_article_with_other_text_than_the_cached_one_is_checked()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        WriteCache(workspace);

        var opened = Opened(workspace, FirstDraft, workspace.Read(FirstDraft) + "\nA new line.\n", cache: true);
        Assert.False(opened.HasFindings(FirstDraft));
        Assert.NotEmpty(opened.GetDiagnostics(FirstDraft));
        Assert.True(opened.HasFinishedCheck(FirstDraft));
    }

    [Fact]
    public void The_hand_over_carries_the_prepared_sources_and_the_check_of_an_unchanged_article()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        var text = workspace.Read(FirstDraft);
        var opened = Opened(workspace, FirstDraft, text, cache: false);
        var expected = Shown(opened.GetDiagnostics(FirstDraft));
        var check = opened.GetAnalysis(FirstDraft);

        var whole = WorkspaceSnapshot.Load(workspace.Root).WithText(FirstDraft, text);
        LetGoOfUnusedBytes();
        var holding = CarriedChecks.Holding(opened, whole, [FirstDraft]);
        Assert.Contains(FirstDraft, holding);
        var carried = whole.WithPreparedFrom(opened, holding);

        Assert.Same(check, carried.GetAnalysis(FirstDraft));
        Assert.Same(opened.GetSourceFile(Dawn), carried.GetSourceFile(Dawn));
        Assert.Equal(expected, Shown(carried.GetDiagnostics(FirstDraft)));
        // The other article, never opened, is checked on the whole workspace as usual.
        Assert.False(carried.HasFinishedCheck("articles/baghouz-falls.md"));
        Assert.Equal(Shown(WorkspaceSnapshot.Load(workspace.Root).GetDiagnostics("articles/baghouz-falls.md")), Shown(carried.GetDiagnostics("articles/baghouz-falls.md")));
    }

    [Fact]
    public void The_hand_over_does_not_carry_a_check_whose_source_changed_meanwhile()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        var text = workspace.Read(FirstDraft);
        var opened = Opened(workspace, FirstDraft, text, cache: false);
        var check = opened.GetAnalysis(FirstDraft);

        // The source changes on disk while the whole workspace is read: the quote "closing" is now the source's word.
        var source = Path.Combine(workspace.Root, Dawn);
        File.WriteAllText(source, File.ReadAllText(source).Replace("noose is tightening", "noose is closing", StringComparison.Ordinal));
        var whole = WorkspaceSnapshot.Load(workspace.Root).WithText(FirstDraft, text);
        LetGoOfUnusedBytes();
        var holding = CarriedChecks.Holding(opened, whole, [FirstDraft]);
        Assert.Empty(holding);
        var carried = whole.WithPreparedFrom(opened, holding);

        Assert.NotSame(check, carried.GetAnalysis(FirstDraft));
        Assert.NotSame(opened.GetSourceFile(Dawn), carried.GetSourceFile(Dawn));
        Assert.Equal(Shown(WorkspaceSnapshot.Load(workspace.Root).GetDiagnostics(FirstDraft)), Shown(carried.GetDiagnostics(FirstDraft)));
        Assert.NotEqual(Shown(opened.GetDiagnostics(FirstDraft)), Shown(carried.GetDiagnostics(FirstDraft)));
    }

    [Fact]
    public void An_opened_article_naming_an_unknown_source_answers_from_the_cache_while_every_source_id_is_as_cached()
    {
        // first-draft.md cites reuters-2019-01-24, which no file defines: its findings suggest the
        // nearest ids, so they hold only for the same set of ids, read here from every source's head.
        using var workspace = TestWorkspace.CopyOfExamples();
        File.WriteAllText(Path.Combine(workspace.Root, "sources", "uncited-2019-02-01.txt"), "A source no article cites.\n");
        WriteCache(workspace);

        var opened = Opened(workspace, FirstDraft, workspace.Read(FirstDraft), cache: true);
        // Its front matter was read for its id, not its text.
        Assert.True(opened.HoldsHeadOnly("sources/uncited-2019-02-01.txt"));
        Assert.True(opened.HasFindings(FirstDraft));
        Assert.False(opened.HasFinishedCheck(FirstDraft));
    }

    [Fact]
    public void An_opened_article_naming_an_unknown_source_is_checked_when_a_source_id_appeared_since()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        WriteCache(workspace);
        // A source named almost as the unknown id: the suggestion changes, so the cached findings must not be used.
        File.WriteAllText(Path.Combine(workspace.Root, "sources", "reuters-2019-01-25.txt"), "Another report.\n");

        var opened = Opened(workspace, FirstDraft, workspace.Read(FirstDraft), cache: true);
        Assert.False(opened.HasFindings(FirstDraft));
        var expected = Shown(WorkspaceSnapshot.Load(workspace.Root).GetDiagnostics(FirstDraft));
        Assert.Contains(expected, d => d.Item4.Contains("reuters-2019-01-25", StringComparison.Ordinal));
    }

    [Fact]
    public void An_opened_article_naming_an_unknown_source_is_checked_against_every_source_id_and_its_check_carried_over()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        // A source no article cites, named almost as first-draft.md's unknown reuters-2019-01-24: the whole workspace suggests it.
        const string Near = "sources/reuters-2019-01-25.txt";
        File.WriteAllText(Path.Combine(workspace.Root, Near), "Another report.\n");
        var text = workspace.Read(FirstDraft);
        var expected = Shown(WorkspaceSnapshot.Load(workspace.Root).GetDiagnostics(FirstDraft));
        Assert.Contains(expected, d => d.Item4.Contains("reuters-2019-01-25", StringComparison.Ordinal));

        var opened = Opened(workspace, FirstDraft, text, cache: false);

        // Published once and right: the partial workspace knows every source id (from their front matter only).
        Assert.Equal(expected, Shown(opened.GetDiagnostics(FirstDraft)));
        Assert.True(opened.HoldsHeadOnly(Near));
        Assert.False(opened.HoldsHeadOnly(Dawn));
        // So the check's key holds on the whole workspace: carried, not made again. The source read in part is not carried.
        var whole = WorkspaceSnapshot.Load(workspace.Root).WithText(FirstDraft, text);
        LetGoOfUnusedBytes();
        var holding = CarriedChecks.Holding(opened, whole, [FirstDraft]);
        Assert.Contains(FirstDraft, holding);
        var carried = whole.WithPreparedFrom(opened, holding);
        Assert.Same(opened.GetAnalysis(FirstDraft), carried.GetAnalysis(FirstDraft));
        Assert.Equal(expected, Shown(carried.GetDiagnostics(FirstDraft)));
        Assert.Same(whole.GetFile(Near), carried.GetFile(Near));
        Assert.False(carried.HoldsHeadOnly(Near));
        Assert.Same(opened.GetSourceFile(Dawn), carried.GetSourceFile(Dawn));
    }

    [Fact]
    public void An_opened_article_citing_only_sources_named_for_their_ids_reads_no_other_source()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        File.WriteAllText(Path.Combine(workspace.Root, "sources", "uncited-2019-02-01.txt"), "A source no article cites.\n");
        const string Baghouz = "articles/baghouz-falls.md";

        var opened = Opened(workspace, Baghouz, workspace.Read(Baghouz), cache: false);

        Assert.Null(opened.GetFile("sources/uncited-2019-02-01.txt"));
        Assert.False(opened.HoldsHeadOnly(Dawn));
        Assert.Equal(Shown(WorkspaceSnapshot.Load(workspace.Root).GetDiagnostics(Baghouz)), Shown(opened.GetDiagnostics(Baghouz)));
    }

    [Fact]
    public void An_opened_article_citing_a_source_by_the_id_in_its_front_matter_reads_that_source_whole()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        // The file is named otherwise than the id its front matter declares (and the articles cite).
        const string Renamed = "sources/dawn-report.txt";
        File.Move(Path.Combine(workspace.Root, Dawn), Path.Combine(workspace.Root, Renamed));
        const string Baghouz = "articles/baghouz-falls.md";
        var expected = Shown(WorkspaceSnapshot.Load(workspace.Root).GetDiagnostics(Baghouz));

        var opened = Opened(workspace, Baghouz, workspace.Read(Baghouz), cache: false);

        Assert.False(opened.HoldsHeadOnly(Renamed));
        Assert.Equal(workspace.Read(Renamed), opened.GetFile(Renamed)!.Text);
        Assert.Equal(expected, Shown(opened.GetDiagnostics(Baghouz)));
    }
}
