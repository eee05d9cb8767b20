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

    public CheckContext(WorkspaceSnapshot snapshot, ArticleModel article, PeopleRegistry people, SpeakerDirectory directory, IReadOnlyList<SourceModel> declaredSources)
    {
        Snapshot = snapshot;
        Article = article;
        People = people;
        Directory = directory;
        DeclaredSources = declaredSources;
    }

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
