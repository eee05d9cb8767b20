using FactLsp.Core.Diagnostics;
using FactLsp.Core.Model;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Checking;

/// <summary>
/// The checks of one article: a verdict per annotation and the diagnostics, each at its natural
/// severity (the configured severities and suppression comments apply when they are read).
/// </summary>
public sealed record ArticleAnalysis(
    string Path,
    IReadOnlyList<AnnotationResult> Results,
    IReadOnlyList<Diagnostic> Diagnostics,
    PeopleRegistry People,
    IReadOnlyList<SourceModel> DeclaredSources)
{
    public AnnotationResult? ResultFor(AnnotationModel annotation) => Results.FirstOrDefault(r => ReferenceEquals(r.Annotation, annotation));
}
