using FactLsp.Core.Diagnostics;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Assistance;

/// <summary>A quick fix and the diagnostic it fixes.</summary>
public sealed record CodeActionSuggestion(Diagnostic Diagnostic, SuggestedFix Fix);

/// <summary>
/// The quick fixes for the diagnostics that touch a range of a file, recomputed from the snapshot
/// (never taken from what a client sends back): each diagnostic's own fixes (the source's words
/// for a misquote, the nearest ids, registering a person, annotating a quotation), then, in an
/// article, the comment that suppresses it.
/// </summary>
public static class CodeActionProvider
{
    public static IReadOnlyList<CodeActionSuggestion> For(WorkspaceSnapshot snapshot, string path, TextSpan range)
    {
        var article = snapshot.GetArticle(path);
        var suggestions = new List<CodeActionSuggestion>();
        foreach (var diagnostic in snapshot.GetDiagnostics(path).Where(d => Touches(d.Span, range)))
        {
            suggestions.AddRange(diagnostic.Fixes.Select(f => new CodeActionSuggestion(diagnostic, f)));
            if (article is not null && SuppressionFix.Create(article, diagnostic) is { } suppress)
            {
                suggestions.Add(new CodeActionSuggestion(diagnostic, suppress));
            }
        }
        return suggestions;
    }

    /// <summary>Overlap, with edges counting: a cursor at either end of a diagnostic is on it.</summary>
    private static bool Touches(TextSpan diagnostic, TextSpan range) => diagnostic.Start <= range.End && range.Start <= diagnostic.End;
}
