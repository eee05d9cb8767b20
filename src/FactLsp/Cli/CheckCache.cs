using FactLsp.Core.Caching;
using FactLsp.Core.Workspace;

namespace FactLsp.Cli;

/// <summary>
/// <c>check --cache</c>: the Core's <see cref="FindingsCache"/> for one workspace, with what the
/// user should hear about it on standard error (a cache ignored or not written is a note, never a
/// failure: the check is whole either way).
/// </summary>
internal sealed class CheckCache(FindingsCache cache, CliConsole console)
{
    /// <summary>The workspace's cache, when <c>--cache</c> asks for one: <c>--cache-location</c>'s folder, else the workspace's <c>.factlsp/cache/</c>.</summary>
    public static CheckCache? For(CheckOptions options, string rootPath, CliConsole console)
    {
        if (!options.Cache)
        {
            return null;
        }
        var file = options.CacheLocation is { } folder ? FindingsCache.FileIn(folder, rootPath) : FindingsCache.DefaultFile(rootPath);
        return new CheckCache(FindingsCache.Open(file, ProductVersion.Value), console);
    }

    public async Task<WorkspaceSnapshot> ReuseAsync(WorkspaceSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (cache.Ignored is { } why)
        {
            await console.Error.WriteLineAsync($"factlsp: ignoring the cache {cache.FilePath}: {why}; it will be rewritten.");
        }
        return cache.Reuse(snapshot, cancellationToken).Snapshot;
    }

    public async Task SaveAsync(WorkspaceSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (cache.Save(snapshot, cancellationToken) is { } problem)
        {
            await console.Error.WriteLineAsync($"factlsp: the cache {cache.FilePath} could not be written ({problem}); the check itself is complete.");
        }
    }
}
