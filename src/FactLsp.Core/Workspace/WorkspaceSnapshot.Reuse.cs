using System.Collections.Immutable;
using FactLsp.Core.Diagnostics;

namespace FactLsp.Core.Workspace;

/// <summary>
/// Findings reused from earlier work (the on-disk cache, <see cref="Caching.FindingsCache"/>): an
/// article whose findings are given here is not checked to answer its diagnostics. Its analysis
/// (verdicts for hovers and lenses) is still computed, lazily, if something asks for it.
/// </summary>
public sealed partial class WorkspaceSnapshot
{
    private readonly ImmutableDictionary<string, IReadOnlyList<Diagnostic>> _reused;

    /// <summary>
    /// This snapshot with <paramref name="findings"/> (as <see cref="GetFindings"/> gives them)
    /// standing for the articles' checks, suppression comments included.
    /// The caller vouches that they are what the checks would find on this snapshot. Articles
    /// already checked keep their own.
    /// </summary>
    public WorkspaceSnapshot WithReusedFindings(IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>> findings)
    {
        var reused = _reused.ToBuilder();
        foreach (var (path, diagnostics) in findings)
        {
            if (_articles.ContainsKey(path) && !(_analyses.TryGetValue(path, out var lazy) && lazy.IsValueCreated))
            {
                reused[path] = diagnostics;
            }
        }
        return new WorkspaceSnapshot(Root, FileConfig, ConfigProblems, Overrides, _files, _overlays, _articles, _sources, _people, Finished(_articles.Keys), _index, reused.ToImmutable());
    }

    /// <summary>
    /// This snapshot with <paramref name="earlier"/>'s check of the article at <paramref name="path"/>, finished or still
    /// running, when this snapshot is earlier with reused findings (<see cref="WithReusedFindings"/>: the same files,
    /// texts and index, so the same check). A server starts an opened article's check before it looks the article up in
    /// the on-disk cache, which may wait for the cache file; the check then serves hovers sooner. Else this snapshot.
    /// </summary>
    public WorkspaceSnapshot WithCheckOf(WorkspaceSnapshot earlier, string path)
    {
        if (ReferenceEquals(earlier, this) || !ReferenceEquals(_files, earlier._files) || !ReferenceEquals(_overlays, earlier._overlays)
            || !ReferenceEquals(_index, earlier._index) || !ReferenceEquals(_articles, earlier._articles)
            || !earlier._analyses.TryGetValue(path, out var check) || !_analyses.ContainsKey(path))
        {
            return this;
        }
        return new WorkspaceSnapshot(Root, FileConfig, ConfigProblems, Overrides, _files, _overlays, _articles, _sources, _people, _analyses.SetItem(path, check), _index, _reused);
    }

    /// <summary>
    /// An article's findings at their natural severities (the configured ones apply when diagnostics
    /// are read), its suppression comments applied, its file's own problems included: reused ones,
    /// else its check's. Null for a path that is no article.
    /// </summary>
    public IReadOnlyList<Diagnostic>? GetFindings(string path) =>
        GetFile(path) is { Kind: FileKind.Article } file ? ArticleFindings(file) : null;

    /// <summary>Whether an article's findings are known without checking it: reused, or its check has finished.</summary>
    public bool HasFindings(string path) =>
        _reused.ContainsKey(path) || (_analyses.TryGetValue(path, out var lazy) && lazy.IsValueCreated);

    /// <summary>Whether an article's diagnostics come from reused findings (which are read before any check of it).</summary>
    public bool HasReusedFindings(string path) => _reused.ContainsKey(path);

    /// <summary>Whether an article's own check has finished on this snapshot (reused findings aside).</summary>
    public bool HasFinishedCheck(string path) => _analyses.TryGetValue(path, out var lazy) && lazy.IsValueCreated;

    /// <summary>
    /// This snapshot with the work already done by <paramref name="earlier"/>, another snapshot of the
    /// same workspace (the server's partial one, which the whole replaces): each file whose kind and
    /// text are the same here keeps earlier's file and parse (a source's prepared text with it), and
    /// each article in <paramref name="checkedArticles"/> whose check has finished there keeps that
    /// check. The caller vouches that those checks read the same inputs here (their cache keys hold).
    /// </summary>
    public WorkspaceSnapshot WithPreparedFrom(WorkspaceSnapshot earlier, IReadOnlySet<string> checkedArticles)
    {
        var files = _files;
        var articles = _articles;
        var sources = _sources;
        var people = _people;
        var carried = new List<string>();
        foreach (var (path, theirs) in earlier._files)
        {
            // A source earlier held only as far as its front matter is not this one (and comparing their texts would read this one whole).
            if (!_files.TryGetValue(path, out var mine) || ReferenceEquals(mine, theirs) || mine.Kind != theirs.Kind || IsHeadOnly(theirs)
                || !mine.SameTextAs(theirs) || !Equals(mine.Problem, theirs.Problem))
            {
                continue;
            }
            switch (mine.Kind)
            {
                case FileKind.Article when earlier._articles.TryGetValue(path, out var article):
                    articles = articles.SetItem(path, article);
                    break;
                case FileKind.Source when earlier._sources.TryGetValue(path, out var source):
                    sources = sources.SetItem(path, source);
                    break;
                case FileKind.People when earlier._people.TryGetValue(path, out var registry):
                    people = people.SetItem(path, registry);
                    break;
                default:
                    continue;
            }
            files = files.SetItem(path, theirs);
            carried.Add(path);
        }
        if (carried.Count == 0)
        {
            return this;
        }
        var analyses = Finished(_articles.Keys).ToBuilder();
        foreach (var path in checkedArticles)
        {
            if (ReferenceEquals(files.GetValueOrDefault(path), earlier._files.GetValueOrDefault(path)) && earlier.HasFinishedCheck(path))
            {
                analyses[path] = earlier._analyses[path];
            }
        }
        // The index holds the sources' models: made again over the carried ones (their prepared texts are what checks read).
        var indexKept = !carried.Any(p => files[p].Kind is FileKind.Source or FileKind.People);
        return new WorkspaceSnapshot(Root, FileConfig, ConfigProblems, Overrides, files, _overlays, articles, sources, people,
            analyses.ToImmutable(), indexKept ? _index : null, _reused);
    }

    /// <summary>How many articles answer with reused findings.</summary>
    public int ReusedCount => _reused.Count;

    private ImmutableDictionary<string, IReadOnlyList<Diagnostic>> Reused(IEnumerable<string> paths)
    {
        var kept = ImmutableDictionary.CreateBuilder<string, IReadOnlyList<Diagnostic>>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (_reused.TryGetValue(path, out var diagnostics))
            {
                kept[path] = diagnostics;
            }
        }
        return kept.ToImmutable();
    }
}
