using FactLsp.Core.Caching;
using FactLsp.Core.Workspace;
using FactLsp.Server.Client;
using FactLsp.Server.Handlers;
using FactLsp.Server.Protocol;
using FactLsp.Server.State;
using Humanizer;

namespace FactLsp.Server.Workspace;

/// <summary>
/// The server's start: <c>initialized</c> commits partial workspaces (see <see cref="PartialWorkspace"/>)
/// at once, so the documents the editor opens are checked with only what they need; this reads each
/// whole workspace off the request queue (requests are answered meanwhile; the read pauses while an
/// opened article is being checked, see <see cref="OpenArticleChecks"/>), reuses the on-disk cache's
/// findings when it is on, hands the whole workspace over through the queue (the editor's texts and any
/// disk change seen meanwhile applied to it, and the partial workspace's prepared sources and finished
/// checks of open articles carried into it, so nothing is checked twice), checks everything on all
/// cores, then saves the cache.
/// </summary>
public static class BackgroundIndexing
{
    /// <summary>The method name the hand-over runs under in the request queue (never sent by a client).</summary>
    public const string HandOverMethod = "factlsp/workspaceRead";

    /// <summary>The method name of the mark the background read waits behind: the messages that came with `initialized` go first.</summary>
    public const string StartReadingMethod = "factlsp/startReading";

    /// <summary>Partial workspaces for <paramref name="roots"/>: their configuration and people registries.</summary>
    public static WorkspaceSet LoadPartial(WorkspaceSet set, IReadOnlyList<string> roots, ServerSettings settings, CancellationToken cancellationToken)
    {
        foreach (var root in roots)
        {
            var (snapshot, partial) = PartialWorkspace.Load(root, settings.Overrides, settings.Cache, cancellationToken);
            set = set.With(snapshot, partial);
        }
        return set;
    }

    /// <summary>
    /// Whether the workspaces are large enough to start partially: together over <paramref name="threshold"/>
    /// bytes of files (a small one is read whole at once, in less time than a partial start saves).
    /// </summary>
    public static bool IsLarge(IReadOnlyList<string> roots, long threshold)
    {
        long total = 0;
        foreach (var root in roots)
        {
            foreach (var file in new DirectoryInfo(root).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
            {
                total += file.Length;
                if (total > threshold)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// Reads each workspace whole, with the cache's findings when it is on (the cache a partial workspace
    /// of <paramref name="partials"/> already read, if any). With <paramref name="openChecks"/>, the reading
    /// pauses before each file while an opened article is being checked (for <paramref name="patience"/> in all at most).
    /// </summary>
    public static IReadOnlyList<(WorkspaceSnapshot Snapshot, FindingsCache? Cache)> ReadWhole(IReadOnlyList<string> roots, ServerSettings settings, WorkDoneProgress progress, ClientSession client, CancellationToken cancellationToken,
        WorkspaceSet? partials = null, OpenArticleChecks? openChecks = null, TimeSpan patience = default)
    {
        Func<string, FileKind, bool>? pause = null;
        if (openChecks is not null)
        {
            var paused = System.Diagnostics.Stopwatch.StartNew();
            pause = (_, _) =>
            {
                if (openChecks.Running > 0 && paused.Elapsed < patience)
                {
                    openChecks.WaitWhileBusy(patience - paused.Elapsed, cancellationToken);
                }
                return true;
            };
        }
        return roots.Select(root => Read(root, settings, progress, client, cancellationToken, partials, pause)).ToList();
    }

    /// <summary>Reads, hands over, checks and caches every workspace in <paramref name="roots"/>; ends <paramref name="progress"/>.</summary>
    public static async Task RunAsync(IReadOnlyList<string> roots, ServerServices services, ServerSettings settings, WorkDoneProgress progress)
    {
        var client = services.Client;
        var stopping = services.Stopping;
        IReadOnlyList<(WorkspaceSnapshot Snapshot, FindingsCache? Cache)> read;
        WorkspaceSet? committed = null;
        IReadOnlyList<WorkspaceSnapshot.AnnouncedCheck>? announced = null;
        try
        {
            // The editor's tabs are opened right after `initialized`: their checks start first, and the read waits for them.
            await services.Queue.EnqueueAsync(StartReadingMethod, HandlerKind.Mutating, (_, _) => Task.FromResult(true), stopping).ConfigureAwait(false);
            var partials = services.Queue.CurrentState.Workspaces;
            var patience = services.Options.OpenArticlePatience;
            read = await Task.Run(() => ReadWhole(roots, settings, progress, client, stopping, partials, services.OpenChecks, patience), stopping).ConfigureAwait(false);
            // Handing over before the open articles' checks end would start them again on the whole workspace.
            await services.OpenChecks.WhenIdleAsync(patience, stopping).ConfigureAwait(false);
            // The hand-over is composed off the queue (applying an open document re-parses every
            // article to see which depend on it: seconds on a large workspace, which requests must
            // not wait for), then committed only if nothing changed meanwhile; else composed again,
            // and after a few tries composed in the queue.
            for (var attempt = 0; ; attempt++)
            {
                var seen = services.Queue.CurrentState;
                var composed = attempt < 3 ? await Task.Run(() => HandOver(seen, read.Select(r => r.Snapshot)), stopping).ConfigureAwait(false) : ((WorkspaceSet, int)?)null;
                var carried = await services.Queue.EnqueueAsync(HandOverMethod, HandlerKind.Mutating, (context, _) =>
                {
                    if (composed is not null && !ReferenceEquals(context.State.Workspaces, seen.Workspaces))
                    {
                        return Task.FromResult(-1);
                    }
                    var (set, count) = composed ?? HandOver(context.State, read.Select(r => r.Snapshot));
                    context.Commit(context.State.WithWorkspaces(set));
                    context.MarkEverythingChanged();
                    // Announced with the commit, before the publication it schedules can start: that publication
                    // waits for the check's pass instead of checking articles one by one beside it.
                    announced = WorkspaceIndexer.Announce(set);
                    committed = set;
                    return Task.FromResult(count);
                }, stopping).ConfigureAwait(false);
                if (carried >= 0)
                {
                    _ = client.LogAsync(MessageType.Info, $"The whole workspace is in: {"open article's check".ToQuantity(carried, "N0")} carried over from the first look.");
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            Withdraw(announced);
            await progress.EndAsync("Indexing stopped").ConfigureAwait(false);
            return;
        }
        catch (Exception ex)
        {
            Withdraw(announced);
            await progress.EndAsync("Indexing failed").ConfigureAwait(false);
            await client.LogAsync(MessageType.Error, $"Reading the workspace failed: {ex}").ConfigureAwait(false);
            return;
        }
        await CheckAndSaveAsync(committed!, read.Select(r => r.Cache), services, progress, announced).ConfigureAwait(false);
    }

    // Committed, but its check will not run: whoever waits for it checks on their own.
    private static void Withdraw(IReadOnlyList<WorkspaceSnapshot.AnnouncedCheck>? announced)
    {
        foreach (var check in announced ?? [])
        {
            check.Dispose();
        }
    }

    /// <summary>Checks every file of the workspaces in <paramref name="current"/> that have a cache or were just read, then writes their caches.</summary>
    /// <param name="announced">The checks announced when <paramref name="current"/> was committed (see <see cref="WorkspaceIndexer.Announce"/>), if any.</param>
    public static async Task CheckAndSaveAsync(WorkspaceSet current, IEnumerable<FindingsCache?> caches, ServerServices services, WorkDoneProgress progress,
        IReadOnlyList<WorkspaceSnapshot.AnnouncedCheck>? announced = null)
    {
        var client = services.Client;
        var stopping = services.Stopping;
        foreach (var cache in caches.OfType<FindingsCache>())
        {
            if (current.Entries.FirstOrDefault(e => FindingsCache.DefaultFile(e.RootPath) == cache.FilePath) is { IsPartial: false } entry)
            {
                services.Caches.Register(entry.RootPath, cache);
            }
        }
        // Indexed means shown: the progress ends once the publisher has sent what the check found (it
        // publishes each article as its sources are done), so no edit after it waits behind the workspace's tail.
        var patience = services.Options.OpenArticlePatience;
        // Few prepared sources kept until the pass and its save end, then the memory it no longer needs let go.
        using var pass = Memory.IndexingMemory.Enter(services);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var prepared = PreparedSources.Built;
        var paused = GC.GetTotalPauseDuration();
        var fullCollections = GC.CollectionCount(2);
        await WorkspaceIndexer.CheckAllAsync(current, progress, stopping, token => services.DiagnosticsPublisher.WhenIdleAsync(patience, token), announced).ConfigureAwait(false);
        if (stopping.IsCancellationRequested)
        {
            return;
        }
        // How many sources the indexing prepared (each source once when nothing checks an article beside the pass): a figure to watch.
        _ = client.LogAsync(MessageType.Info, $"Indexed in {clock.Elapsed.TotalSeconds:N1} s: {"source".ToQuantity(PreparedSources.Built - prepared, "N0")} prepared; "
            + $"{(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:N0} ms paused for {"full collection".ToQuantity(GC.CollectionCount(2) - fullCollections, "N0")} and the younger ones.");
        try
        {
            // Saved from the snapshot that was checked; `shutdown` saves again what was checked later.
            foreach (var (message, failed) in await services.Caches.SaveAsync(current, stopping).ConfigureAwait(false))
            {
                await client.LogAsync(failed ? MessageType.Warning : MessageType.Info, message).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static (WorkspaceSnapshot Snapshot, FindingsCache? Cache) Read(string root, ServerSettings settings, WorkDoneProgress progress, ClientSession client, CancellationToken cancellationToken,
        WorkspaceSet? partials, Func<string, FileKind, bool>? pause)
    {
        _ = progress.ReportAsync($"Reading {root}");
        // The include hook is called before each file is read: it takes every file, pausing first when asked to.
        var snapshot = WorkspaceSnapshot.Load(root, settings.Overrides, cancellationToken: cancellationToken, include: pause);
        var articles = snapshot.Files.Count(f => f.Kind == FileKind.Article);
        if (!settings.Cache)
        {
            _ = client.LogAsync(MessageType.Info, $"Workspace {root}: {"article".ToQuantity(articles, "N0")}, {"source".ToQuantity(snapshot.Sources.Count(), "N0")}.");
            return (snapshot, null);
        }
        var cache = partials?.Entries.FirstOrDefault(e => e.RootPath == snapshot.Root.FullPath)?.Partial?.Cache?.Value
            ?? FindingsCache.Open(FindingsCache.DefaultFile(root), ProductVersion.Value);
        if (cache.Ignored is { } why)
        {
            _ = client.LogAsync(MessageType.Info, $"Ignoring the cache {cache.FilePath}: {why}; it will be rewritten.");
        }
        var reuse = cache.Reuse(snapshot, cancellationToken);
        _ = client.LogAsync(MessageType.Info, $"Workspace {root}: {"article".ToQuantity(articles, "N0")} ({reuse.Reused:N0} from the cache), {"source".ToQuantity(snapshot.Sources.Count(), "N0")}.");
        return (reuse.Snapshot, cache);
    }

    /// <summary>
    /// The whole workspaces in place of the partial ones, with what changed while they were read, and
    /// the partial ones' prepared sources and finished checks of open articles carried into them (a
    /// check only when its cache key holds on the whole: the same text, people and source files).
    /// Returns the set and how many checks were carried.
    /// </summary>
    private static (WorkspaceSet Set, int Carried) HandOver(ServerState state, IEnumerable<WorkspaceSnapshot> read)
    {
        var set = state.Workspaces;
        var partials = new List<WorkspaceSnapshot>();
        foreach (var whole in read)
        {
            var partial = set.Entries.FirstOrDefault(e => e.RootPath == whole.Root.FullPath);
            if (partial is null || !partial.IsPartial)
            {
                continue; // The folder was closed (or replaced) meanwhile.
            }
            partials.Add(partial.Snapshot);
            var snapshot = whole.WithOverrides(state.Settings.Overrides);
            foreach (var path in partial.Partial!.DiskChanges)
            {
                snapshot = snapshot.Root.Exists(path) ? snapshot.WithDiskChange(path) : snapshot.WithDiskDeletion(path);
            }
            set = set.With(snapshot);
        }
        // The editor's texts win over the disk's, as every later edit will.
        foreach (var document in state.Documents.All)
        {
            if (set.Locate(document.Uri) is { Entry.IsPartial: false } located && partials.Any(p => p.Root.FullPath == located.Entry.RootPath))
            {
                set = set.WithText(document.Uri, document.Text);
            }
        }
        var carried = 0;
        foreach (var partial in partials)
        {
            if (set.Entries.FirstOrDefault(e => e.RootPath == partial.Root.FullPath) is not { } entry)
            {
                continue;
            }
            var open = state.Documents.All
                .Select(d => set.Locate(d.Uri))
                .Where(l => l is not null && ReferenceEquals(l.Entry, entry))
                .Select(l => l!.Path)
                .ToList();
            var holding = CarriedChecks.Holding(partial, entry.Snapshot, open);
            carried += holding.Count;
            set = set.With(entry.Snapshot.WithPreparedFrom(partial, holding));
        }
        return (set, carried);
    }
}
