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
/// whole workspace off the request queue (requests are answered meanwhile), reuses the on-disk cache's
/// findings when it is on, hands the whole workspace over through the queue (the editor's texts and any
/// disk change seen meanwhile applied to it), checks everything on all cores, then saves the cache.
/// </summary>
public static class BackgroundIndexing
{
    /// <summary>The method name the hand-over runs under in the request queue (never sent by a client).</summary>
    public const string HandOverMethod = "factlsp/workspaceRead";

    /// <summary>Partial workspaces for <paramref name="roots"/>: their configuration and people registries.</summary>
    public static WorkspaceSet LoadPartial(WorkspaceSet set, IReadOnlyList<string> roots, ServerSettings settings, CancellationToken cancellationToken)
    {
        foreach (var root in roots)
        {
            var (snapshot, partial) = PartialWorkspace.Load(root, settings.Overrides, cancellationToken);
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

    /// <summary>Reads each workspace whole, with the cache's findings when it is on.</summary>
    public static IReadOnlyList<(WorkspaceSnapshot Snapshot, FindingsCache? Cache)> ReadWhole(IReadOnlyList<string> roots, ServerSettings settings, WorkDoneProgress progress, ClientSession client, CancellationToken cancellationToken) =>
        roots.Select(root => Read(root, settings, progress, client, cancellationToken)).ToList();

    /// <summary>Reads, hands over, checks and caches every workspace in <paramref name="roots"/>; ends <paramref name="progress"/>.</summary>
    public static async Task RunAsync(IReadOnlyList<string> roots, ServerServices services, ServerSettings settings, WorkDoneProgress progress)
    {
        var client = services.Client;
        var stopping = services.Stopping;
        IReadOnlyList<(WorkspaceSnapshot Snapshot, FindingsCache? Cache)> read;
        try
        {
            read = await Task.Run(() => ReadWhole(roots, settings, progress, client, stopping), stopping).ConfigureAwait(false);
            await OpenArticlesCheckedAsync(services, stopping).ConfigureAwait(false);
            // The hand-over is composed off the queue (applying an open document re-parses every
            // article to see which depend on it: seconds on a large workspace, which requests must
            // not wait for), then committed only if nothing changed meanwhile; else composed again,
            // and after a few tries composed in the queue.
            for (var attempt = 0; ; attempt++)
            {
                var seen = services.Queue.CurrentState;
                var composed = attempt < 3 ? await Task.Run(() => HandOver(seen, read.Select(r => r.Snapshot)), stopping).ConfigureAwait(false) : null;
                var done = await services.Queue.EnqueueAsync(HandOverMethod, HandlerKind.Mutating, (context, _) =>
                {
                    if (composed is not null && !ReferenceEquals(context.State.Workspaces, seen.Workspaces))
                    {
                        return Task.FromResult(false);
                    }
                    context.Commit(context.State.WithWorkspaces(composed ?? HandOver(context.State, read.Select(r => r.Snapshot))));
                    context.MarkEverythingChanged();
                    return Task.FromResult(true);
                }, stopping).ConfigureAwait(false);
                if (done)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            await progress.EndAsync("Indexing stopped").ConfigureAwait(false);
            return;
        }
        catch (Exception ex)
        {
            await progress.EndAsync("Indexing failed").ConfigureAwait(false);
            await client.LogAsync(MessageType.Error, $"Reading the workspace failed: {ex}").ConfigureAwait(false);
            return;
        }
        await CheckAndSaveAsync(services.Queue.CurrentState.Workspaces, read.Select(r => r.Cache), services, progress).ConfigureAwait(false);
    }

    /// <summary>Checks every file of the workspaces in <paramref name="current"/> that have a cache or were just read, then writes their caches.</summary>
    public static async Task CheckAndSaveAsync(WorkspaceSet current, IEnumerable<FindingsCache?> caches, ServerServices services, WorkDoneProgress progress)
    {
        var client = services.Client;
        var stopping = services.Stopping;
        await WorkspaceIndexer.CheckAllAsync(current, progress, stopping).ConfigureAwait(false);
        if (stopping.IsCancellationRequested)
        {
            return;
        }
        foreach (var cache in caches.OfType<FindingsCache>())
        {
            if (current.Entries.FirstOrDefault(e => FindingsCache.DefaultFile(e.RootPath) == cache.FilePath) is not { IsPartial: false } entry)
            {
                continue;
            }
            try
            {
                // Saved from the snapshot that was checked: later edits are the editor's texts, not the disk's.
                var problem = await Task.Run(() => cache.Save(entry.Snapshot, stopping), stopping).ConfigureAwait(false);
                await client.LogAsync(problem is null ? MessageType.Info : MessageType.Warning, problem is null
                    ? $"Cache written: {cache.FilePath}."
                    : $"The cache {cache.FilePath} could not be written ({problem}); the next start checks everything again.").ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Waits (a few seconds at most) until the open articles of the partial workspaces are checked:
    /// handing over first would start their checks again on the whole workspace, against every other
    /// file's check, and the writer would wait for those instead of seeing the first diagnostics.
    /// </summary>
    private static async Task OpenArticlesCheckedAsync(ServerServices services, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + HandOverPatience;
        while (DateTime.UtcNow < deadline)
        {
            var state = services.Queue.CurrentState;
            var waiting = state.Documents.All
                .Select(d => state.Workspaces.Locate(d.Uri))
                .Any(l => l is { Entry.IsPartial: true } && l.Snapshot.GetFile(l.Path)?.Kind == FileKind.Article && !l.Snapshot.HasFindings(l.Path));
            if (!waiting)
            {
                return;
            }
            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }
    }

    private static readonly TimeSpan HandOverPatience = TimeSpan.FromSeconds(5);

    private static (WorkspaceSnapshot Snapshot, FindingsCache? Cache) Read(string root, ServerSettings settings, WorkDoneProgress progress, ClientSession client, CancellationToken cancellationToken)
    {
        _ = progress.ReportAsync($"Reading {root}");
        var snapshot = WorkspaceSnapshot.Load(root, settings.Overrides, cancellationToken: cancellationToken);
        var articles = snapshot.Files.Count(f => f.Kind == FileKind.Article);
        if (!settings.Cache)
        {
            _ = client.LogAsync(MessageType.Info, $"Workspace {root}: {"article".ToQuantity(articles, "N0")}, {"source".ToQuantity(snapshot.Sources.Count(), "N0")}.");
            return (snapshot, null);
        }
        var cache = FindingsCache.Open(FindingsCache.DefaultFile(root), ProductVersion.Value);
        if (cache.Ignored is { } why)
        {
            _ = client.LogAsync(MessageType.Info, $"Ignoring the cache {cache.FilePath}: {why}; it will be rewritten.");
        }
        var reuse = cache.Reuse(snapshot, cancellationToken);
        _ = client.LogAsync(MessageType.Info, $"Workspace {root}: {"article".ToQuantity(articles, "N0")} ({reuse.Reused:N0} from the cache), {"source".ToQuantity(snapshot.Sources.Count(), "N0")}.");
        return (reuse.Snapshot, cache);
    }

    /// <summary>The whole workspaces in place of the partial ones, with what changed while they were read.</summary>
    private static WorkspaceSet HandOver(ServerState state, IEnumerable<WorkspaceSnapshot> read)
    {
        var set = state.Workspaces;
        foreach (var whole in read)
        {
            var partial = set.Entries.FirstOrDefault(e => e.RootPath == whole.Root.FullPath);
            if (partial is null || !partial.IsPartial)
            {
                continue; // The folder was closed (or replaced) meanwhile.
            }
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
            if (set.Locate(document.Uri) is { Entry.IsPartial: false } located && read.Any(r => r.Root.FullPath == located.Entry.RootPath))
            {
                set = set.WithText(document.Uri, document.Text);
            }
        }
        return set;
    }
}
