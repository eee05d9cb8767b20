using FactLsp.Core.Diagnostics;
using FactLsp.Core.Text;

namespace FactLsp.Cli;

/// <summary>One diagnostic ready to print: where it is on disk and in lines, and what it says.</summary>
/// <summary>A diagnostic as reported: <see cref="WorkspacePath"/> and its related places' paths are relative to <see cref="WorkspaceRoot"/>.</summary>
internal sealed record ReportedDiagnostic(Diagnostic Diagnostic, string DisplayPath, string WorkspacePath, LineRange Range, IReadOnlyList<ReportedRelated> Related, string WorkspaceRoot)
{
    /// <summary>The absolute path of a file of this diagnostic's workspace: a check may cover several.</summary>
    public string FullPathOf(string workspacePath) => Path.Combine(WorkspaceRoot, workspacePath.Replace('/', Path.DirectorySeparatorChar));
}

internal sealed record ReportedRelated(string DisplayPath, string WorkspacePath, LineRange Range, string Message);

/// <summary>Everything `factlsp check` found, across every workspace it was given.</summary>
internal sealed class CheckReport
{
    public List<ReportedDiagnostic> Diagnostics { get; } = new();

    public List<string> WorkspaceRoots { get; } = new();

    public int FilesChecked { get; set; }

    /// <summary>The share of the articles checked, when the check was one shard of several.</summary>
    public Shard? Shard { get; init; }

    public int Count(Severity severity) => Diagnostics.Count(d => d.Diagnostic.Severity == severity);

    public bool Fails(bool warningsAsErrors) =>
        Count(Severity.Error) > 0 || (warningsAsErrors && Count(Severity.Warning) > 0);

    /// <summary>The rules that appear in the report, in the order of the rules table.</summary>
    public IReadOnlyList<Rule> RulesUsed() => Rules.All.Where(r => Diagnostics.Any(d => d.Diagnostic.Rule == r)).ToList();
}
