using FactLsp.Core.Workspace;
using FactLsp.Testing;

namespace FactLsp.Core.Tests.Workspace;

/// <summary>
/// While a whole-workspace check runs, a server publishing every file takes each article as soon as the
/// source-by-source pass has done its sources (<see cref="WorkspaceSnapshot.InReadyOrder"/>), not in path order.
/// </summary>
public class ReadyOrderTests
{
    private static FixtureWorkspace Newsroom()
    {
        var dir = FixtureWorkspace.Empty();
        dir.Write("people.yaml", "khalil: {name: Redur Khalil, aliases: [Khalil]}\n");
        // The pass does sources in path order: a.txt first, z.txt last.
        dir.Write("sources/a.txt", "Khalil said: “The noose is tightening around IS.”\n");
        dir.Write("sources/z.txt", "Khalil said: “The fight goes on, and we will not negotiate.”\n");
        dir.Write("articles/1-late.md", "[“The fight goes on”]{.quote by=khalil src=z}\n");
        dir.Write("articles/2-early.md", "[“The noose is tightening”]{.quote by=khalil src=a}\n");
        return dir;
    }

    /// <summary>Holds the pass at its first report (a.txt done, z.txt not yet) until released.</summary>
    private sealed class HeldProgress : IProgress<int>
    {
        public ManualResetEventSlim Reached { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public void Report(int value)
        {
            if (!Reached.IsSet)
            {
                Reached.Set();
                Release.Wait(TimeSpan.FromMinutes(1));
            }
        }
    }

    [Fact]
    public void Without_a_whole_workspace_check_the_paths_come_in_the_order_given()
    {
        using var dir = Newsroom();
        var snapshot = WorkspaceSnapshot.Load(dir.Root);
        var paths = snapshot.Files.Select(f => f.Path).Reverse().ToList();

        Assert.Equal(paths, snapshot.InReadyOrder(paths, CancellationToken.None).ToList());
    }

    [Fact]
    public async Task During_a_whole_workspace_check_an_article_comes_once_its_sources_are_done_and_every_path_comes_once()
    {
        using var dir = Newsroom();
        var snapshot = WorkspaceSnapshot.Load(dir.Root);
        var paths = snapshot.Files.Select(f => f.Path).ToList();
        var progress = new HeldProgress();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2)); // against a hang only
        var check = Task.Run(() => snapshot.GetAllDiagnostics(parallelism: 1, progress, guard.Token));
        Assert.True(progress.Reached.Wait(TimeSpan.FromMinutes(1)), "the pass never reported");

        // a.txt is done, z.txt is not: the early article comes before the late one it follows in path order.
        var seen = new List<string>();
        using (var order = snapshot.InReadyOrder(paths, guard.Token).GetEnumerator())
        {
            while (order.MoveNext())
            {
                seen.Add(order.Current);
                if (order.Current == "articles/2-early.md")
                {
                    Assert.DoesNotContain("articles/1-late.md", seen);
                    progress.Release.Set();
                }
            }
        }
        progress.Release.Set();
        var all = await check.WaitAsync(guard.Token);

        Assert.Equal(paths.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "articles/2-early.md", "articles/1-late.md" }, seen.Where(p => p.StartsWith("articles/", StringComparison.Ordinal)));
        Assert.False(guard.IsCancellationRequested);
        // The articles' checks took the pass's work: the findings are those of each checked alone.
        var alone = WorkspaceSnapshot.Load(dir.Root);
        Assert.Equal(SourceMajorCheckTests.Describe(alone, SourceMajorCheckTests.OneByOne(alone)), SourceMajorCheckTests.Describe(snapshot, all));
    }

    [Fact]
    public async Task A_cancelled_ordering_ends_without_the_articles_still_waiting()
    {
        using var dir = Newsroom();
        var snapshot = WorkspaceSnapshot.Load(dir.Root);
        var paths = snapshot.Files.Select(f => f.Path).ToList();
        var progress = new HeldProgress();
        using var cancel = new CancellationTokenSource();
        var check = Task.Run(() => snapshot.GetAllDiagnostics(parallelism: 1, progress));
        Assert.True(progress.Reached.Wait(TimeSpan.FromMinutes(1)), "the pass never reported");

        var seen = new List<string>();
        foreach (var path in snapshot.InReadyOrder(paths, cancel.Token))
        {
            seen.Add(path);
            if (path == "articles/2-early.md")
            {
                cancel.Cancel();
            }
        }
        progress.Release.Set();
        await check;

        Assert.Contains("articles/2-early.md", seen);
        Assert.DoesNotContain("articles/1-late.md", seen);
    }

    [Fact]
    public async Task An_ordering_begun_after_the_check_is_announced_but_before_it_runs_waits_for_its_pass()
    {
        using var dir = Newsroom();
        var snapshot = WorkspaceSnapshot.Load(dir.Root);
        var paths = snapshot.Files.Select(f => f.Path).ToList();
        var progress = new HeldProgress();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2)); // against a hang only
        using var announced = snapshot.AnnounceAllDiagnostics();

        // A publication starts before the check does (a server's hand-over schedules one): it takes what waits for
        // nothing, then waits for the pass instead of taking the articles in path order and checking each alone.
        var seen = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var ordering = Task.Run(() =>
        {
            foreach (var path in snapshot.InReadyOrder(paths, guard.Token))
            {
                seen.Enqueue(path);
                if (path == "articles/2-early.md")
                {
                    progress.Release.Set();
                }
            }
        });
        await Task.Delay(200, guard.Token);
        Assert.DoesNotContain(seen, p => p.StartsWith("articles/", StringComparison.Ordinal));

        var check = Task.Run(() => announced.Run(parallelism: 1, progress, guard.Token));
        await ordering.WaitAsync(guard.Token);
        progress.Release.Set();
        var all = await check.WaitAsync(guard.Token);

        Assert.Equal(new[] { "articles/2-early.md", "articles/1-late.md" }, seen.Where(p => p.StartsWith("articles/", StringComparison.Ordinal)));
        Assert.Equal(paths.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.False(guard.IsCancellationRequested);
        var alone = WorkspaceSnapshot.Load(dir.Root);
        Assert.Equal(SourceMajorCheckTests.Describe(alone, SourceMajorCheckTests.OneByOne(alone)), SourceMajorCheckTests.Describe(snapshot, all));
        Assert.Throws<InvalidOperationException>(() => announced.Run(parallelism: 1));
    }

    [Fact]
    public async Task A_withdrawn_announcement_lets_the_waiting_ordering_go_on_in_the_order_given()
    {
        using var dir = Newsroom();
        var snapshot = WorkspaceSnapshot.Load(dir.Root);
        var paths = snapshot.Files.Select(f => f.Path).ToList();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2)); // against a hang only
        var announced = snapshot.AnnounceAllDiagnostics();
        var ordering = Task.Run(() => snapshot.InReadyOrder(paths, guard.Token).ToList());
        await Task.Delay(200, guard.Token);
        Assert.False(ordering.IsCompleted);

        announced.Dispose();

        var seen = await ordering.WaitAsync(guard.Token);
        Assert.Equal(paths.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.Equal(paths.Where(p => p.StartsWith("articles/", StringComparison.Ordinal)), seen.Where(p => p.StartsWith("articles/", StringComparison.Ordinal)));
        Assert.False(guard.IsCancellationRequested);
        // Nothing waits any more: a later ordering has no pass to wait for, and the withdrawn check cannot be run.
        Assert.Equal(paths, snapshot.InReadyOrder(paths, guard.Token).ToList());
        Assert.Throws<InvalidOperationException>(() => announced.Run(parallelism: 1));
    }
}
