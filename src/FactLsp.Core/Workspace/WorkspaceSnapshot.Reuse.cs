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
    /// An article's findings at their natural severities (the configured ones apply when diagnostics
    /// are read), its suppression comments applied, its file's own problems included: reused ones,
    /// else its check's. Null for a path that is no article.
    /// </summary>
    public IReadOnlyList<Diagnostic>? GetFindings(string path) =>
        GetFile(path) is { Kind: FileKind.Article } file ? ArticleFindings(file) : null;

    /// <summary>Whether an article's findings are known without checking it: reused, or its check has finished.</summary>
    public bool HasFindings(string path) =>
        _reused.ContainsKey(path) || (_analyses.TryGetValue(path, out var lazy) && lazy.IsValueCreated);

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
