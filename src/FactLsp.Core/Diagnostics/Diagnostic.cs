using FactLsp.Core.Text;

namespace FactLsp.Core.Diagnostics;

/// <summary>A place in the workspace: a workspace-relative path ('/' separated) and a span of its text.</summary>
public sealed record Location(string Path, TextSpan Span);

/// <summary>Another place that explains a diagnostic: the source passage of a misquote, the first definition of a duplicate.</summary>
public sealed record RelatedLocation(Location Location, string Message);

/// <summary>One text edit a quick fix makes. An empty span inserts.</summary>
public sealed record SuggestedEdit(string Path, TextSpan Span, string NewText);

/// <summary>A quick fix: a title for the menu and the edits, ready to become an LSP WorkspaceEdit.</summary>
public sealed record SuggestedFix(string Title, IReadOnlyList<SuggestedEdit> Edits, bool IsPreferred = false);

/// <summary>What FactLsp reports: a rule, where, why, and what would fix it.</summary>
public sealed record Diagnostic(
    Rule Rule,
    Severity Severity,
    Location Location,
    string Message,
    IReadOnlyList<RelatedLocation> Related,
    IReadOnlyList<SuggestedFix> Fixes)
{
    public string Code => Rule.Code;

    public string Path => Location.Path;

    public TextSpan Span => Location.Span;
}
