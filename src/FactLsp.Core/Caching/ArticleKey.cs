namespace FactLsp.Core.Caching;

/// <summary>
/// What an article's findings were computed from, recorded with them: the article's own text, the
/// people registries, each source id it cites or declares (which file defined it, and that file's
/// content), the files its front matter's <c>file:</c> entries read, and, when it names a source
/// that does not exist, every source id of the workspace (the nearest ones are suggested). The
/// configuration and FactLsp's build are checked once for the whole cache.
/// </summary>
internal sealed record ArticleKey(
    string Path,
    ContentHash Article,
    ContentHash People,
    IReadOnlyList<SourceBinding> Sources,
    IReadOnlyList<FileBinding> Files,
    ContentHash? AllSourceIds);

/// <summary>A source id and the file the workspace resolves it to (null: no source file defines it) with that file's content.</summary>
internal sealed record SourceBinding(string Id, string? Path, ContentHash Content);

/// <summary>A file an article reads directly (a declared source's <c>file:</c>) and its content.</summary>
internal sealed record FileBinding(string Path, ContentHash Content);
