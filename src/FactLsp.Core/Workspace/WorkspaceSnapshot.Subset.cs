using System.Collections.Immutable;
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
