using System.Collections.Immutable;
using FactLsp.Core.Caching;
using FactLsp.Core.Configuration;
using FactLsp.Core.Workspace;

namespace FactLsp.Server.Workspace;

/// <summary>
/// A workspace as the server first holds it, while the whole is read in the background: the
/// configuration and the people registries, then each document the editor opens with only the
/// sources it cites or declares (and, when it names an id no file is named for, the front matter of
/// every source). Its diagnostics for an open article are the whole workspace's (the same sources,
/// the same people, the same source ids); what needs every file's text (a duplicate source id in an
/// unopened file's diagnostics) is right once the whole workspace replaces it.
/// With the on-disk cache on, an opened article whose cache key holds here answers with its cached
/// findings, without its sources being prepared or the article checked (a warm restart).
/// </summary>
public sealed record PartialWorkspace(IReadOnlyList<string> SourcePaths, ImmutableHashSet<string> DiskChanges)
{
    /// <summary>The workspace's on-disk cache, read in the background from the start (null: the cache is off); opened documents and the whole workspace's read reuse it.</summary>
    public Lazy<FindingsCache>? Cache { get; init; }

    // Every source file's id, from its first lines, read only if a cached article that names an unknown source is opened.
    private Lazy<IReadOnlyList<string>?> SourceIds { get; init; } = new(() => null);

    /// <summary>Reads the configuration and people registries of <paramref name="root"/>, and lists its source files.</summary>
    public static (WorkspaceSnapshot Snapshot, PartialWorkspace Partial) Load(string root, ConfigOverrides overrides, bool cache, CancellationToken cancellationToken)
    {
        var findings = cache ? new Lazy<FindingsCache>(() => FindingsCache.Open(FindingsCache.DefaultFile(root), ProductVersion.Value)) : null;
        if (findings is not null)
        {
            // Read beside the listing of the workspace below: on a warm restart the first opened article is answered from it.
            _ = Task.Run(() => findings.Value, CancellationToken.None);
        }
        var sources = new List<string>();
        var snapshot = WorkspaceSnapshot.Load(root, overrides, cancellationToken: cancellationToken, include: (path, kind) =>
        {
            if (kind == FileKind.Source)
            {
                sources.Add(path);
            }
            return kind is FileKind.Config or FileKind.People;
        });
        var partial = new PartialWorkspace(sources, ImmutableHashSet<string>.Empty.WithComparer(StringComparer.Ordinal))
        {
            Cache = findings,
        };
        partial = partial with { SourceIds = new Lazy<IReadOnlyList<string>?>(() => partial.ReadSourceIds(snapshot.Root)) };
        return (snapshot, partial);
    }

    /// <summary>A file changed on disk before the whole workspace is in: it is read again when the whole replaces this.</summary>
    public PartialWorkspace WithDiskChange(string path) => this with { DiskChanges = DiskChanges.Add(path) };

    /// <summary>
    /// <paramref name="snapshot"/> with the source files that the article at <paramref name="path"/>
    /// (if it is one) cites or declares: a file named for the id, else one whose front matter says
    /// <c>id:</c> it (read from the first lines only).
    /// </summary>
    public WorkspaceSnapshot WithSourcesFor(WorkspaceSnapshot snapshot, string path)
    {
        if (snapshot.GetArticle(path) is not { } article)
        {
            return snapshot;
        }
        var ids = article.CitedSourceIds.Concat(article.FrontMatter.Sources.Select(s => s.Metadata.Id)).ToHashSet(StringComparer.Ordinal);
        var wanted = SourcePaths.Where(p => ids.Contains(SourceModel.DefaultId(p))).ToList();
        var named = wanted.Select(SourceModel.DefaultId).ToHashSet(StringComparer.Ordinal);
        if (!ids.IsSubsetOf(named))
        {
            // An id no file is named for: it may be in the front matter of another, or be unknown, and then the nearest
            // ids of every source are suggested. The front matter of every source is read (the bodies are not), so the
            // index and those suggestions are the whole workspace's: the check is the one the whole workspace would make,
            // published once, and carried over to it at the hand-over instead of being made again there.
            snapshot = snapshot.WithSourceHeads(SourcePaths);
            wanted.AddRange(SourcePaths.Where(p => !named.Contains(SourceModel.DefaultId(p)) && snapshot.GetSourceFile(p) is { } source && ids.Contains(source.Id)));
        }
        foreach (var source in wanted.Where(p => snapshot.GetFile(p) is null || snapshot.HoldsHeadOnly(p)))
        {
            snapshot = snapshot.WithDiskChange(source);
        }
        // Only the hashes of the article and of what it reads are compared: nothing is prepared or checked.
        // An article naming an unknown source was checked against every source id (the nearest are suggested): those
        // are the snapshot's once it holds every source (their front matter read above), else they are read then.
        var root = snapshot.Root;
        var holdsAll = DiskChanges.IsEmpty && SourcePaths.All(p => snapshot.GetFile(p) is not null);
        Func<IEnumerable<string>?>? allIds = holdsAll ? null : () => DiskChanges.IsEmpty ? SourceIds.Value : ReadSourceIds(root);
        if (Cache is not { } cache || snapshot.HasFindings(path))
        {
            return snapshot;
        }
        if (!cache.IsValueCreated)
        {
            // A warm restart: the lookup below waits for the cache file. The check that hovers read (or, if the cache
            // does not hold the article, the one its diagnostics need) starts now, beside that wait, not after it.
            var looked = snapshot;
            _ = Task.Run(() => StartCheck(looked, path), CancellationToken.None);
        }
        return cache.Value.Reuse(snapshot, CancellationToken.None, allIds) is { Reused: > 0 } reuse ? reuse.Snapshot.WithCheckOf(snapshot, path) : snapshot;
    }

    private static void StartCheck(WorkspaceSnapshot snapshot, string path)
    {
        try
        {
            snapshot.GetAnalysis(path);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Its diagnostics say so when asked (the file is reported as unreadable).
        }
    }

    /// <summary>
    /// The id of every source file, as the whole workspace's index has them (from each file's front
    /// matter, else its name), reading only the files' first lines; null if one cannot be read so.
    /// </summary>
    private IReadOnlyList<string>? ReadSourceIds(WorkspaceRoot root)
    {
        try
        {
            return SourcePaths.AsParallel()
                .Select(path => root.Exists(path) ? SourceModel.FromFile(SourceHeadReader.Read(root, path, validateWhole: false).File).Id : null)
                .OfType<string>()
                .ToList();
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            return null;
        }
    }
}
