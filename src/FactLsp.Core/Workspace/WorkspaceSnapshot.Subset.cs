using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using FactLsp.Core.Configuration;
using FactLsp.Core.Yaml;

namespace FactLsp.Core.Workspace;

/// <summary>A snapshot of some of the workspace's articles and what their checks read: one CI shard's share.</summary>
public sealed partial class WorkspaceSnapshot
{
    /// <summary>
    /// Loads the articles <paramref name="includeArticle"/> accepts (others are not even read), with
    /// what their checks read: the configuration, every people registry (a source's speaker inference
    /// may recognise anyone in it), the whole text of each source they cite or name in a
    /// <c>file:</c>, and only the front matter of every other source (the index, duplicate ids and
    /// "did you mean" need every source id, not its words). The included articles' diagnostics are
    /// those <see cref="Load"/> gives. So are the other files' own diagnostics when
    /// <paramref name="readSourcesThrough"/>: every source is then read to its end, to find bad UTF-8,
    /// though only its front matter is kept.
    /// </summary>
    public static WorkspaceSnapshot LoadArticles(string rootPath, Func<string, bool> includeArticle, bool readSourcesThrough, CancellationToken cancellationToken = default)
    {
        var root = new WorkspaceRoot(rootPath);
        var configText = root.Exists(FactLspConfig.FileName) ? root.Read(FactLspConfig.FileName).Text : null;
        var (config, problems) = configText is null ? (FactLspConfig.Default, (IReadOnlyList<YamlProblem>)[]) : ConfigLoader.Parse(configText);
        var classifier = new FileClassifier(config);

        var files = ImmutableSortedDictionary.CreateBuilder<string, WorkspaceFile>(StringComparer.Ordinal);
        var sourcePaths = new List<string>();
        foreach (var path in root.EnumerateFiles())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (classifier.Classify(path))
            {
                case FileKind.Other:
                case FileKind.Article when !includeArticle(path):
                    break;
                case FileKind.Source:
                    sourcePaths.Add(path);
                    break;
                case var kind:
                    files[path] = ReadFromDisk(root, path, kind);
                    break;
            }
        }

        // The articles are parsed now, to learn what they cite; one that fails to parse is parsed
        // again when checked, and fails there as it would in a whole load.
        var articleFiles = files.Values.Where(f => f.Kind == FileKind.Article).ToList();
        var parsed = articleFiles.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(TryParseArticle).ToList();
        var cited = parsed.OfType<ArticleModel>().SelectMany(a => a.CitedSourceIds).ToHashSet(StringComparer.Ordinal);
        var referenced = parsed.OfType<ArticleModel>().SelectMany(a => a.ReferencedFiles).ToHashSet(StringComparer.Ordinal);

        var articles = ImmutableDictionary.CreateBuilder<string, Lazy<ArticleModel>>(StringComparer.Ordinal);
        for (var i = 0; i < articleFiles.Count; i++)
        {
            articles[articleFiles[i].Path] = parsed[i] is { } model ? new Lazy<ArticleModel>(() => model) : ParseArticle(articleFiles[i]);
        }

        var sources = ImmutableDictionary.CreateBuilder<string, Lazy<SourceModel>>(StringComparer.Ordinal);
        // A source is usually named for its id: one cited by that name is read whole at once, not twice.
        var heads = sourcePaths.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(path => cited.Contains(SourceModel.DefaultId(path)) || referenced.Contains(path)
                ? (ReadFromDisk(root, path, FileKind.Source), true)
                : SourceHeadReader.Read(root, path, readSourcesThrough))
            .ToList();
        foreach (var (head, isWhole) in heads)
        {
            var path = head.Path;
            var model = TryReadSource(head);
            var needsText = model is null || cited.Contains(model.Id) || referenced.Contains(path);
            if (needsText && !isWhole)
            {
                files[path] = ReadFromDisk(root, path, FileKind.Source);
                sources[path] = ParseSource(files[path]);
            }
            else
            {
                files[path] = head;
                sources[path] = model is null ? ParseSource(head) : new Lazy<SourceModel>(() => model);
            }
        }

        var people = ImmutableDictionary.CreateBuilder<string, Lazy<PeopleFileModel>>(StringComparer.Ordinal);
        foreach (var file in files.Values.Where(f => f.Kind == FileKind.People))
        {
            people[file.Path] = ParsePeople(file);
        }
        return new WorkspaceSnapshot(root, config, problems, ConfigOverrides.None, files.ToImmutable(), ImmutableDictionary<string, string>.Empty,
            articles.ToImmutable(), sources.ToImmutable(), people.ToImmutable(), null, null);
    }

    // The source files held only as far as their front matter by WithSourceHeads (the rest of the file unread).
    private static readonly ConditionalWeakTable<WorkspaceFile, object> HeadsOnly = new();

    /// <summary>
    /// This snapshot with the front matter of each source file of <paramref name="paths"/> it does not hold yet (read as
    /// <see cref="LoadArticles"/> reads an uncited source, the body left unread): their ids join the index. A server's
    /// partial start reads them when an opened article names an id no file is named for: the id's file is found by its
    /// front matter, and if there is none, the nearest ids suggested are the whole workspace's, so the article's check
    /// is the one the whole workspace would make and carries over to it. <see cref="HoldsHeadOnly"/> tells such files
    /// apart; one whose text a check needs is read whole with <see cref="WithDiskChange"/>.
    /// </summary>
    public WorkspaceSnapshot WithSourceHeads(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var missing = paths.Where(p => !_files.ContainsKey(p) && Classifier.Classify(p) == FileKind.Source && Root.Exists(p)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return this;
        }
        var heads = missing.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(path => SourceHeadReader.Read(Root, path, validateWhole: false))
            .ToList();
        var files = _files.ToBuilder();
        var sources = _sources.ToBuilder();
        var added = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (head, isWhole) in heads)
        {
            if (!isWhole)
            {
                HeadsOnly.AddOrUpdate(head, head);
            }
            files[head.Path] = head;
            var model = TryReadSource(head);
            sources[head.Path] = model is null ? ParseSource(head) : new Lazy<SourceModel>(() => model);
            added.Add(model?.Id ?? SourceModel.DefaultId(head.Path));
        }
        // New ids change the nearest ids suggested for an unknown `src`, and an id defined twice may now resolve to
        // another file: a finished check that could read either is made again; the others are kept.
        var kept = _articles.Keys.Where(p => HasFindings(p) && !HasUnknownSource(p) && !_articles[p].Value.CitedSourceIds.Overlaps(added)
            && !_articles[p].Value.FrontMatter.Sources.Any(s => added.Contains(s.Metadata.Id))).ToList();
        return new WorkspaceSnapshot(Root, FileConfig, ConfigProblems, Overrides, files.ToImmutable(), _overlays, _articles, sources.ToImmutable(), _people,
            Finished(kept), null, Reused(kept));
    }

    /// <summary>Whether the file at <paramref name="path"/> is a source held only as far as its front matter (<see cref="WithSourceHeads"/>).</summary>
    public bool HoldsHeadOnly(string path) => _files.TryGetValue(path, out var file) && IsHeadOnly(file);

    private static bool IsHeadOnly(WorkspaceFile file) => HeadsOnly.TryGetValue(file, out _);

    private static ArticleModel? TryParseArticle(WorkspaceFile file)
    {
        try
        {
            return ArticleModel.Parse(file);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            return null;
        }
    }

    private static SourceModel? TryReadSource(WorkspaceFile file)
    {
        try
        {
            return SourceModel.FromFile(file);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            return null;
        }
    }
}
