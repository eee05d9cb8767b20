using System.Collections.Concurrent;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Caching;

/// <summary>
/// The on-disk cache of article findings, as ESLint's <c>--cache</c>: an article whose text, and
/// every file its findings depend on (see <see cref="ArticleKey"/>), hash the same as when it was
/// last checked, with the same FactLsp build and settings, reuses its findings without its sources
/// being parsed or the article checked. One file per workspace, written whole to a temporary name
/// and renamed over the old one, so a reader never sees half a file. Anything wrong with the file
/// (damaged, truncated, another version, another workspace's settings) makes it count as empty; it
/// is rewritten by the next save. Deleting it is always safe.
/// </summary>
public sealed class FindingsCache
{
    /// <summary>The folder FactLsp keeps in a workspace's root (it holds a <c>.gitignore</c> of <c>*</c>).</summary>
    public const string FolderName = ".factlsp";

    public const string FileName = "findings.bin";

    private readonly Dictionary<string, CacheFileFormat.Entry> _entries;
    private CacheFileFormat.Header? _header;
    private readonly string _toolVersion;
    // The snapshot the last Reuse made, whose reused entries' keys it tested: they hold on it for good (a snapshot never
    // changes), so a save of that very snapshot (the CLI's, right after the check) need not test them again.
    private WorkspaceSnapshot? _reusedOn;
    private IReadOnlySet<CacheFileFormat.Entry> _heldOn = new HashSet<CacheFileFormat.Entry>();

    private FindingsCache(string filePath, string toolVersion, CacheFileFormat.Header? header, Dictionary<string, CacheFileFormat.Entry> entries, string? ignored)
    {
        FilePath = filePath;
        _toolVersion = toolVersion;
        _header = header;
        _entries = entries;
        Ignored = ignored;
    }

    /// <summary>The cache file.</summary>
    public string FilePath { get; }

    /// <summary>Why the file's contents are not used (damaged, another version), or null: read, or no file yet.</summary>
    public string? Ignored { get; }

    /// <summary>How many articles the file holds findings for.</summary>
    public int Count => _entries.Count;

    /// <summary>The default cache file of the workspace at <paramref name="rootPath"/>: <c>.factlsp/cache/findings.bin</c>.</summary>
    public static string DefaultFile(string rootPath) => Path.Combine(rootPath, FolderName, "cache", FileName);

    /// <summary>
    /// The cache file of the workspace at <paramref name="rootPath"/> in a folder of the user's choice
    /// (<c>--cache-location</c>), named for the workspace so several can share the folder.
    /// </summary>
    public static string FileIn(string directory, string rootPath)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootPath));
        var name = Path.GetFileName(full);
        var tag = ContentHash.OfStrings([full]).ToString()[..8];
        return Path.Combine(directory, $"{(name.Length == 0 ? "root" : name)}-{tag}.bin");
    }

    /// <summary>
    /// Reads the cache file for a FactLsp of version <paramref name="toolVersion"/>. Never throws
    /// for the file's sake: a missing file is an empty cache, an unreadable or foreign one is
    /// ignored (see <see cref="Ignored"/>).
    /// </summary>
    public static FindingsCache Open(string filePath, string toolVersion)
    {
        var entries = new Dictionary<string, CacheFileFormat.Entry>(StringComparer.Ordinal);
        byte[] bytes;
        try
        {
            if (!File.Exists(filePath))
            {
                return new FindingsCache(filePath, toolVersion, null, entries, null);
            }
            bytes = File.ReadAllBytes(filePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return new FindingsCache(filePath, toolVersion, null, entries, $"it could not be read ({e.Message})");
        }
        if (CacheFileFormat.Read(bytes) is not { } read)
        {
            return new FindingsCache(filePath, toolVersion, null, entries, "it is damaged, truncated or not a FactLsp cache");
        }
        if (read.Header.ToolVersion != toolVersion || read.Header.Build != Build)
        {
            return new FindingsCache(filePath, toolVersion, null, entries, $"it was written by another FactLsp ({read.Header.ToolVersion})");
        }
        foreach (var entry in read.Entries)
        {
            entries[entry.Key.Path] = entry;
        }
        return new FindingsCache(filePath, toolVersion, read.Header, entries, null);
    }

    /// <summary>
    /// <paramref name="snapshot"/> with the findings of every article whose key still holds; the
    /// others are checked as usual when asked for. Reads hashes and the sources' front matter only.
    /// </summary>
    /// <param name="allSourceIds">
    /// Every source id of the workspace, for a snapshot that holds only some of its sources: an article
    /// citing an unknown source is reused only if the ids (its suggestions' candidates) are the same.
    /// Asked for only when such an article's key is tested; null from it: no such article is reused.
    /// </param>
    public CacheReuse Reuse(WorkspaceSnapshot snapshot, CancellationToken cancellationToken = default, Func<IEnumerable<string>?>? allSourceIds = null)
    {
        var articles = snapshot.ArticlePaths.ToList();
        if (_header is null || _header.Settings != ArticleKeys.Settings(snapshot))
        {
            return new CacheReuse(snapshot, 0, articles.Count);
        }
        var keys = new ArticleKeys(snapshot, allSourceIds);
        var reused = new ConcurrentDictionary<string, IReadOnlyList<Diagnostic>>(StringComparer.Ordinal);
        var held = new ConcurrentBag<CacheFileFormat.Entry>();
        Parallel.ForEach(articles, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, path =>
        {
            if (_entries.TryGetValue(path, out var entry) && keys.Holds(entry.Key))
            {
                reused[path] = entry.Findings;
                held.Add(entry);
            }
        });
        var result = snapshot.WithReusedFindings(reused);
        _reusedOn = result;
        _heldOn = new HashSet<CacheFileFormat.Entry>(held, ReferenceEqualityComparer.Instance);
        return new CacheReuse(result, reused.Count, articles.Count - reused.Count);
    }

    /// <summary>
    /// Writes the findings of every article of <paramref name="snapshot"/> whose check has finished
    /// (or that reused its findings), with their keys, replacing the file; any other article keeps the
    /// entry it had. Not to be called while <see cref="Reuse"/> or another save runs on this cache. Returns null when written,
    /// else why not (a read-only folder, a full disk): a cache that cannot be written costs speed, never the check.
    /// </summary>
    public string? Save(WorkspaceSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        var keys = new ArticleKeys(snapshot);
        var entries = new ConcurrentBag<CacheFileFormat.Entry>();
        Parallel.ForEach(snapshot.ArticlePaths.Where(snapshot.HasFindings).ToList(),
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, path =>
            {
                var findings = snapshot.GetFindings(path)!;
                // A reused entry whose key still holds is kept as it is: no need to parse its article again.
                if (_entries.TryGetValue(path, out var old) && ReferenceEquals(old.Findings, findings)
                    && ((ReferenceEquals(snapshot, _reusedOn) && _heldOn.Contains(old)) || keys.Holds(old.Key)))
                {
                    entries.Add(old);
                    return;
                }
                entries.Add(new CacheFileFormat.Entry(keys.Compute(path, findings), findings));
            });
        var header = new CacheFileFormat.Header(_toolVersion, Build, ArticleKeys.Settings(snapshot));
        if (_header is not null && _header.Settings == header.Settings)
        {
            // An article not checked on this snapshot (an edit elsewhere reset its check) keeps its
            // last entry: its key is tested when read, so an entry gone stale costs a check, never a finding.
            var written = entries.Select(e => e.Key.Path).ToHashSet(StringComparer.Ordinal);
            foreach (var path in snapshot.ArticlePaths.Where(p => !written.Contains(p)))
            {
                if (_entries.TryGetValue(path, out var kept))
                {
                    entries.Add(kept);
                }
            }
        }
        var ordered = entries.OrderBy(e => e.Key.Path, StringComparer.Ordinal).ToList();
        if (_header == header && ordered.Count == _entries.Count && ordered.All(e => _entries.TryGetValue(e.Key.Path, out var same) && ReferenceEquals(same, e)))
        {
            // Every entry is the one read from the file, under the same header (an unchanged workspace checked again):
            // the file already says all this.
            return null;
        }
        var problem = AtomicFile.Write(FilePath, CacheFileFormat.Write(header, ordered), IgnoreFolder(FilePath));
        if (problem is null)
        {
            // What the file now holds is what the next save keeps or compares with.
            _header = header;
            _entries.Clear();
            foreach (var entry in ordered)
            {
                _entries[entry.Key.Path] = entry;
            }
        }
        return problem;
    }

    // This build of the checks: a FactLsp built from other code (even with the same version number) never reads another's findings.
    private static Guid Build { get; } = typeof(FindingsCache).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>The <c>.factlsp</c> folder that holds the file, when it is the default place: it gets a <c>.gitignore</c>.</summary>
    private static string? IgnoreFolder(string filePath)
    {
        var cache = Path.GetDirectoryName(filePath);
        var folder = cache is null ? null : Path.GetDirectoryName(cache);
        return folder is not null && Path.GetFileName(folder) == FolderName ? folder : null;
    }
}

/// <summary>The snapshot with reused findings, and how many articles reused theirs and how many must be checked.</summary>
public sealed record CacheReuse(WorkspaceSnapshot Snapshot, int Reused, int Stale);
