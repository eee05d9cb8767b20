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
        try
        {
            return cache.Reuse(snapshot, cancellationToken).Snapshot;
        }
        catch (Exception e) when (ChangedFile(e) is { } changed)
        {
            // The check that follows meets the same file and reports it; nothing is reused meanwhile.
            await console.Error.WriteLineAsync($"factlsp: the cache was not used: {changed.Message}");
            return snapshot;
        }
    }

    public async Task SaveAsync(WorkspaceSnapshot snapshot, CancellationToken cancellationToken)
    {
        string? problem;
        try
        {
            problem = cache.Save(snapshot, cancellationToken);
        }
        catch (Exception e) when (ChangedFile(e) is { } changed)
        {
            // Findings keyed by a file that is no longer what was checked must not be kept.
            problem = changed.Message;
        }
        if (problem is not null)
        {
            await console.Error.WriteLineAsync($"factlsp: the cache {cache.FilePath} could not be written ({problem}); the check itself is complete.");
        }
    }

    // A source read again during the check (a batch check holds no source's bytes) that changed on disk since its first read.
    private static FileChangedException? ChangedFile(Exception e) => e switch
    {
        FileChangedException changed => changed,
        AggregateException all => all.Flatten().InnerExceptions.OfType<FileChangedException>().FirstOrDefault(),
        _ => null,
    };
}
