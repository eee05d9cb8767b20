using System.Runtime.CompilerServices;
using FactLsp.Core.Configuration;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Caching;

/// <summary>
/// Computes and checks <see cref="ArticleKey"/>s against one snapshot. Checking a key reads only
/// hashes and the workspace's id index (the sources' front matter), never a source's text, so an
/// article whose key holds costs no parse of its sources and no check.
/// </summary>
internal sealed class ArticleKeys
{
    // Shared by every snapshot: an unchanged file keeps its WorkspaceFile, so it is hashed once per process.
    private static readonly ConditionalWeakTable<WorkspaceFile, StrongBox<ContentHash>> FileHashes = new();

    private readonly WorkspaceSnapshot _snapshot;
    private readonly Lazy<ContentHash> _people;
    private readonly Lazy<ContentHash> _sourceIds;

    /// <param name="allSourceIds">Every source id of the workspace, when <paramref name="snapshot"/> holds only some of its sources (the server's partial start); asked for only by a key that needs it.</param>
    public ArticleKeys(WorkspaceSnapshot snapshot, Func<IEnumerable<string>?>? allSourceIds = null)
    {
        _snapshot = snapshot;
        _people = new Lazy<ContentHash>(() => ContentHash.OfStrings(snapshot.Files
            .Where(f => f.Kind == FileKind.People)
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .SelectMany(f => new[] { f.Path, Hash(f).ToString() })));
        _sourceIds = new Lazy<ContentHash>(() => allSourceIds is null ? ContentHash.OfStrings(snapshot.Index.SourceDefinitions.Keys.Order(StringComparer.Ordinal))
            : allSourceIds() is { } ids ? ContentHash.OfStrings(ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)) : ContentHash.None);
    }

    /// <summary>What the cached findings depend on beyond single articles: the configuration that classifies files and sets the misquote similarity.</summary>
    public static ContentHash Settings(WorkspaceSnapshot snapshot) => ContentHash.OfStrings(
    [
        snapshot.GetFile(FactLspConfig.FileName)?.Text ?? snapshot.GetEditorText(FactLspConfig.FileName),
        snapshot.Config.MisquoteSimilarity.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
    ]);

    public static ContentHash Hash(WorkspaceFile file) =>
        FileHashes.GetValue(file, f => new StrongBox<ContentHash>(ContentHash.Of(f))).Value;

    /// <summary>The key of an article's findings on this snapshot (parses the article, if not yet parsed).</summary>
    public ArticleKey Compute(string path, IReadOnlyList<Diagnostic> findings)
    {
        var article = _snapshot.GetArticle(path) ?? throw new ArgumentException($"'{path}' is no article.", nameof(path));
        var ids = article.CitedSourceIds
            .Concat(article.FrontMatter.Sources.Select(s => s.Metadata.Id))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(Bind)
            .ToList();
        var files = article.ReferencedFiles.Order(StringComparer.Ordinal).Select(p => new FileBinding(p, Read(p))).ToList();
        var unknown = findings.Any(d => d.Rule == Rules.UnknownSource);
        return new ArticleKey(path, Hash(article.File), _people.Value, ids, files, unknown ? _sourceIds.Value : null);
    }

    /// <summary>Whether findings recorded under <paramref name="key"/> are what the checks would find on this snapshot.</summary>
    public bool Holds(ArticleKey key)
    {
        if (_snapshot.GetFile(key.Path) is not { Kind: FileKind.Article } file || Hash(file) != key.Article || key.People != _people.Value)
        {
            return false;
        }
        if (key.AllSourceIds is { } ids && ids != _sourceIds.Value)
        {
            return false;
        }
        return key.Sources.All(s => Bind(s.Id) == s) && key.Files.All(f => Read(f.Path) == f.Content);
    }

    private SourceBinding Bind(string id)
    {
        if (_snapshot.Index.FindSource(id) is not { } source)
        {
            return new SourceBinding(id, null, ContentHash.None);
        }
        var path = source.Definition.Path;
        return new SourceBinding(id, path, _snapshot.GetFile(path) is { } file ? Hash(file) : ContentHash.None);
    }

    // A file as an article's declared source reads it (see Checking.DeclaredSourceLoader): the workspace's, the editor's, or the disk's.
    private ContentHash Read(string path)
    {
        if (_snapshot.GetFile(path) is { } file)
        {
            return Hash(file);
        }
        if (_snapshot.GetEditorText(path) is { } open)
        {
            return ContentHash.Of(open, null);
        }
        var read = _snapshot.Root.Read(path);
        return ContentHash.Of(read.Text, read.Problem);
    }
}
