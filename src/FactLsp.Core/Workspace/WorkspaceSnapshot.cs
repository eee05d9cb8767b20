using System.Collections.Immutable;
using FactLsp.Core.Checking;
using FactLsp.Core.Configuration;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Yaml;

namespace FactLsp.Core.Workspace;

/// <summary>
/// An immutable view of a whole workspace: its files, their parses, and their checks. An edit
/// makes a new snapshot that shares everything the edit cannot have changed: editing an article
/// re-parses and re-checks that article only; editing a source or a people registry re-checks
/// only the articles that depend on it. Parses and checks are computed on first use, once,
/// whichever thread asks first, so readers can share a snapshot freely.
/// </summary>
public sealed partial class WorkspaceSnapshot
{
    private readonly ImmutableSortedDictionary<string, WorkspaceFile> _files;
    // The editor's texts, by path: of workspace files, and of any other file an article's `file:` may read.
    private readonly ImmutableDictionary<string, string> _overlays;
    private readonly ImmutableDictionary<string, Lazy<ArticleModel>> _articles;
    private readonly ImmutableDictionary<string, Lazy<SourceModel>> _sources;
    private readonly ImmutableDictionary<string, Lazy<PeopleFileModel>> _people;
    private readonly ImmutableDictionary<string, Lazy<ArticleAnalysis>> _analyses;
    private readonly Lazy<WorkspaceIndex> _index;
    // The ids articles declare among their own `speakers:`, asked for only when a source names an unregistered id.
    private readonly Lazy<HashSet<string>> _articleSpeakerIds;
    // The articles in path order, sorted once per snapshot: references and rename walk them all on every request.
    private readonly Lazy<KeyValuePair<string, Lazy<ArticleModel>>[]> _articlesInOrder;

    private WorkspaceSnapshot(
        WorkspaceRoot root,
        FactLspConfig fileConfig,
        IReadOnlyList<YamlProblem> configProblems,
        ConfigOverrides overrides,
        ImmutableSortedDictionary<string, WorkspaceFile> files,
        ImmutableDictionary<string, string> overlays,
        ImmutableDictionary<string, Lazy<ArticleModel>> articles,
        ImmutableDictionary<string, Lazy<SourceModel>> sources,
        ImmutableDictionary<string, Lazy<PeopleFileModel>> people,
        ImmutableDictionary<string, Lazy<ArticleAnalysis>>? analyses,
        Lazy<WorkspaceIndex>? index,
        ImmutableDictionary<string, IReadOnlyList<Diagnostic>>? reused = null)
    {
        Root = root;
        FileConfig = fileConfig;
        ConfigProblems = configProblems;
        Overrides = overrides;
        Config = fileConfig.With(overrides);
        Classifier = new FileClassifier(fileConfig);
        _files = files;
        _overlays = overlays;
        _articles = articles;
        _sources = sources;
        _people = people;
        _index = index ?? new Lazy<WorkspaceIndex>(NewIndex);
        // Checks handed over from an earlier snapshot are kept; every other article gets a check
        // bound to this snapshot, computed when first asked for.
        var checks = ImmutableDictionary.CreateBuilder<string, Lazy<ArticleAnalysis>>(StringComparer.Ordinal);
        foreach (var path in _articles.Keys)
        {
            checks[path] = analyses is not null && analyses.TryGetValue(path, out var kept) ? kept : NewAnalysis(path);
        }
        _analyses = checks.ToImmutable();
        _articlesInOrder = new Lazy<KeyValuePair<string, Lazy<ArticleModel>>[]>(() => _articles.OrderBy(a => a.Key, StringComparer.Ordinal).ToArray());
        _articleSpeakerIds = new Lazy<HashSet<string>>(() => Articles.SelectMany(a => a.FrontMatter.Speakers).Select(p => p.Id).ToHashSet(StringComparer.Ordinal));
        _reused = reused ?? ImmutableDictionary<string, IReadOnlyList<Diagnostic>>.Empty;
    }

    public WorkspaceRoot Root { get; }

    /// <summary>The effective configuration: <c>factlsp.yaml</c> (or the defaults) with the editor's settings over it.</summary>
    public FactLspConfig Config { get; }

    /// <summary>What <c>factlsp.yaml</c> alone says, or the defaults.</summary>
    public FactLspConfig FileConfig { get; }

    public IReadOnlyList<YamlProblem> ConfigProblems { get; }

    public ConfigOverrides Overrides { get; }

    public FileClassifier Classifier { get; }

    public WorkspaceIndex Index => _index.Value;

    public Attribution.SpeakerDirectory SpeakerDirectory => Index.Directory;

    /// <summary>Every file FactLsp reads (articles, sources, registries, the configuration), by path.</summary>
    public IEnumerable<WorkspaceFile> Files => _files.Values;

    public IEnumerable<string> ArticlePaths => _articlesInOrder.Value.Select(a => a.Key);

    public IEnumerable<ArticleModel> Articles => _articlesInOrder.Value.Select(a => a.Value.Value);

    public IEnumerable<SourceModel> Sources => _sources.Values.Select(s => s.Value);

    public IEnumerable<PeopleFileModel> PeopleFiles => _people.Values.Select(p => p.Value);

    public bool IsOpenInEditor(string path) => _overlays.ContainsKey(path);

    /// <summary>The editor's text of a file, if it is open (a workspace file or not).</summary>
    public string? GetEditorText(string path) => _overlays.GetValueOrDefault(path);

    public WorkspaceFile? GetFile(string path) => _files.GetValueOrDefault(path);

    public ArticleModel? GetArticle(string path) => _articles.TryGetValue(path, out var a) ? a.Value : null;

    public SourceModel? GetSourceFile(string path) => _sources.TryGetValue(path, out var s) ? s.Value : null;

    public PeopleFileModel? GetPeopleFile(string path) => _people.TryGetValue(path, out var p) ? p.Value : null;

    /// <summary>The checks of an article: each annotation's verdict and the article's diagnostics.</summary>
    public ArticleAnalysis? GetAnalysis(string path) => _analyses.TryGetValue(path, out var a) ? a.Value : null;

    /// <summary>
    /// Loads every file of the workspace at <paramref name="rootPath"/>, with editor texts over the disk's;
    /// with <paramref name="include"/>, only the workspace files it accepts (a server's first, partial look).
    /// </summary>
    public static WorkspaceSnapshot Load(string rootPath, ConfigOverrides? overrides = null, IReadOnlyDictionary<string, string>? openDocuments = null, CancellationToken cancellationToken = default,
        Func<string, FileKind, bool>? include = null)
    {
        var root = new WorkspaceRoot(rootPath);
        openDocuments ??= new Dictionary<string, string>();
        var configText = openDocuments.TryGetValue(FactLspConfig.FileName, out var open) ? open : root.Exists(FactLspConfig.FileName) ? root.Read(FactLspConfig.FileName).Text : null;
        var (config, problems) = configText is null ? (FactLspConfig.Default, (IReadOnlyList<YamlProblem>)[]) : ConfigLoader.Parse(configText);
        var classifier = new FileClassifier(config);

        var paths = root.EnumerateFiles().Concat(openDocuments.Keys).Distinct(StringComparer.Ordinal).ToList();
        cancellationToken.ThrowIfCancellationRequested();
        var kinds = classifier.ClassifyAll(paths);
        var wanted = new List<(string Path, FileKind Kind)>(paths.Count);
        for (var i = 0; i < paths.Count; i++)
        {
            if (kinds[i] != FileKind.Other && (include is null || openDocuments.ContainsKey(paths[i]) || include(paths[i], kinds[i])))
            {
                wanted.Add((paths[i], kinds[i]));
            }
        }
        // Each file is read, hashed and measured on its own: on every core (a large archive's load was one thread's work).
        var read = new WorkspaceFile[wanted.Count];
        Parallel.For(0, wanted.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (path, kind) = wanted[i];
            read[i] = openDocuments.TryGetValue(path, out var text) ? new WorkspaceFile(path, kind, text, null) : ReadFromDisk(root, path, kind);
        });
        var files = ImmutableSortedDictionary.CreateBuilder<string, WorkspaceFile>(StringComparer.Ordinal);
        foreach (var file in read)
        {
            files[file.Path] = file;
        }
        return Create(root, config, problems, overrides ?? ConfigOverrides.None, files.ToImmutable(), openDocuments.ToImmutableDictionary(StringComparer.Ordinal));
    }

    private static WorkspaceSnapshot Create(WorkspaceRoot root, FactLspConfig config, IReadOnlyList<YamlProblem> problems, ConfigOverrides overrides,
        ImmutableSortedDictionary<string, WorkspaceFile> files, ImmutableDictionary<string, string> overlays)
    {
        var articles = ImmutableDictionary.CreateBuilder<string, Lazy<ArticleModel>>(StringComparer.Ordinal);
        var sources = ImmutableDictionary.CreateBuilder<string, Lazy<SourceModel>>(StringComparer.Ordinal);
        var people = ImmutableDictionary.CreateBuilder<string, Lazy<PeopleFileModel>>(StringComparer.Ordinal);
        foreach (var file in files.Values)
        {
            switch (file.Kind)
            {
                case FileKind.Article: articles[file.Path] = ParseArticle(file); break;
                case FileKind.Source: sources[file.Path] = ParseSource(file); break;
                case FileKind.People: people[file.Path] = ParsePeople(file); break;
            }
        }
        return new WorkspaceSnapshot(root, config, problems, overrides, files, overlays, articles.ToImmutable(), sources.ToImmutable(), people.ToImmutable(), null, null);
    }

    // Sources are held as UTF-8 bytes: they are most of a workspace's text, and read only while being prepared.
    private static WorkspaceFile ReadFromDisk(WorkspaceRoot root, string path, FileKind kind) =>
        root.ReadFile(path, kind, compact: kind == FileKind.Source);

    // The index reads every source's and registry's front matter: parsed on every core first (YAML, 500 sources on the
    // generated archive), not one after the other as the index asks for them.
    private WorkspaceIndex NewIndex()
    {
        var models = _sources.Values.Where(s => !s.IsValueCreated).Select(s => (Action)(() => _ = s.Value))
            .Concat(_people.Values.Where(p => !p.IsValueCreated).Select(p => (Action)(() => _ = p.Value)))
            .ToList();
        if (models.Count > 1)
        {
            Parallel.ForEach(models, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, parse =>
            {
                try
                {
                    parse();
                }
                catch (Exception)
                {
                    // The Lazy keeps it: the index meets it below, as it would have without this pass.
                }
            });
        }
        return new WorkspaceIndex(_people.Values.Select(p => p.Value), _sources.Values.Select(s => s.Value));
    }

    private static Lazy<ArticleModel> ParseArticle(WorkspaceFile file) => new(() => ArticleModel.Parse(file));

    private static Lazy<SourceModel> ParseSource(WorkspaceFile file) => new(() => SourceModel.FromFile(file));

    private static Lazy<PeopleFileModel> ParsePeople(WorkspaceFile file) => new(() => PeopleFileModel.Parse(file));

    // Captures this snapshot: the analysis reads this snapshot's index and files. A later
    // snapshot keeps the Lazy only when nothing the article depends on has changed.
    // During a whole-workspace check, the source-major pass's work stands in for asking the sources (see GetAllDiagnostics).
    private Lazy<ArticleAnalysis> NewAnalysis(string path) => new(() =>
        SourceWorkFor(path) is { } work && ReferenceEquals(work.Context.Article, _articles[path].Value)
            ? ArticleChecker.Check(work.Context)
            : ArticleChecker.Check(this, _articles[path].Value));
}
