using FactLsp.Core.Caching;
using FactLsp.Core.Workspace;

namespace FactLsp.Server.Workspace;

/// <summary>
/// The server's on-disk caches, one per whole workspace, and their saving: after the first
/// indexing, and again at `shutdown` (within a bounded time), so that what was checked after the
/// first save (edits, files changed on disk) is reused by the next start. One save at a time;
/// a snapshot already saved is not written again.
/// </summary>
public sealed class CacheSaver
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly object _gate = new();
    private readonly Dictionary<string, FindingsCache> _caches = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WorkspaceSnapshot> _saved = new(StringComparer.Ordinal);
    // Set by the last save (at `shutdown`): an indexing that ends after it would write an older snapshot over it.
    private bool _closed;

    /// <summary>The cache of the workspace at <paramref name="rootPath"/> from now on.</summary>
    public void Register(string rootPath, FindingsCache cache)
    {
        lock (_gate)
        {
            _caches[rootPath] = cache;
        }
    }

    /// <summary>
    /// Saves the cache of each whole workspace of <paramref name="workspaces"/> that has one (the
    /// findings finished by then; others keep their entries). Returns one line per cache: written,
    /// or why not. A cancelled save writes nothing. After the <paramref name="last"/> one, nothing is saved.
    /// </summary>
    public async Task<IReadOnlyList<(string Message, bool Failed)>> SaveAsync(WorkspaceSet workspaces, CancellationToken cancellationToken, bool last = false)
    {
        var results = new List<(string, bool)>();
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_closed)
            {
                return results;
            }
            _closed = last;
            foreach (var entry in workspaces.Entries.Where(e => !e.IsPartial))
            {
                FindingsCache? cache;
                lock (_gate)
                {
                    if (!_caches.TryGetValue(entry.RootPath, out cache)
                        || (_saved.TryGetValue(entry.RootPath, out var saved) && ReferenceEquals(saved, entry.Snapshot)))
                    {
                        continue;
                    }
                }
                // Keys are content hashes: findings of an editor's unsaved text are keyed by that text,
                // so the next start reuses them only if the disk then holds the same.
                var problem = await Task.Run(() => cache.Save(entry.Snapshot, cancellationToken), cancellationToken).ConfigureAwait(false);
                if (problem is null)
                {
                    lock (_gate)
                    {
                        _saved[entry.RootPath] = entry.Snapshot;
                    }
                }
                results.Add(problem is null
                    ? ($"Cache written: {cache.FilePath}.", false)
                    : ($"The cache {cache.FilePath} could not be written ({problem}); the next start checks everything again.", true));
            }
        }
        finally
        {
            _oneAtATime.Release();
        }
        return results;
    }
}
