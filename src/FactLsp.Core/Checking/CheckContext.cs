using FactLsp.Core.Attribution;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Model;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Checking;

/// <summary>What every check of one article reads and writes: the snapshot, the people and sources in scope, the diagnostics so far.</summary>
internal sealed class CheckContext
{
    private readonly List<Diagnostic> _diagnostics = new();

    public CheckContext(WorkspaceSnapshot snapshot, ArticleModel article, PeopleRegistry people, SpeakerDirectory directory, IReadOnlyList<SourceModel> declaredSources,
        SourceWork? prepared = null)
    {
        Snapshot = snapshot;
        Article = article;
        People = people;
        Directory = directory;
        DeclaredSources = declaredSources;
        Prepared = prepared;
    }

    /// <summary>The people, directory and declared sources one article is checked with, before any check.</summary>
    public static CheckContext For(WorkspaceSnapshot snapshot, ArticleModel article)
    {
        var front = article.FrontMatter;
        var people = snapshot.Index.Registry.With(front.Speakers);
        // The workspace's directory with the article's speakers after its people, as `people` has them.
        var directory = snapshot.SpeakerDirectory.With(front.Speakers);
        var declared = front.Sources.Select(s => DeclaredSourceLoader.Load(snapshot, article, s)).ToList();
        return new CheckContext(snapshot, article, people, directory, declared);
    }

    /// <summary>What a source-major pass already worked out for this article's annotations (see <see cref="SourceMajorChecker"/>), if any.</summary>
    public SourceWork? Prepared { get; }

    /// <summary>The same article, people and sources, with no diagnostics yet: for one annotation's work done apart.</summary>
    public CheckContext Fork() => new(Snapshot, Article, People, Directory, DeclaredSources);

    /// <summary>Reports again, in order, what a fork reported.</summary>
    public void Replay(IEnumerable<Diagnostic> reported) => _diagnostics.AddRange(reported);

    public WorkspaceSnapshot Snapshot { get; }

    public ArticleModel Article { get; }

    public string Path => Article.Path;

    /// <summary>The registry with the article's own speakers.</summary>
    public PeopleRegistry People { get; }

    public SpeakerDirectory Directory { get; }

    public IReadOnlyList<SourceModel> DeclaredSources { get; }

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>A source id as this article sees it: its own declarations first, then the workspace's.</summary>
    public SourceModel? FindSource(string id) =>
        DeclaredSources.FirstOrDefault(s => s.Id == id) ?? Snapshot.Index.FindSource(id);

    public IEnumerable<string> SourceIds => DeclaredSources.Select(s => s.Id).Concat(Snapshot.Index.SourceDefinitions.Keys).Distinct(StringComparer.Ordinal);

    public void Report(Rule rule, TextSpan span, string message, IReadOnlyList<RelatedLocation>? related = null, IReadOnlyList<SuggestedFix>? fixes = null, Severity? severity = null) =>
        _diagnostics.Add(new Diagnostic(rule, severity ?? rule.DefaultSeverity, new Location(Path, span), message, related ?? [], fixes ?? []));
}
