using FactLsp.Core.Text;
using FactLsp.Core.Workspace;
using FactLsp.Server.Workspace;
using CoreDiagnostic = FactLsp.Core.Diagnostics.Diagnostic;
using CoreSeverity = FactLsp.Core.Diagnostics.Severity;

namespace FactLsp.Server.Diagnostics;

/// <summary>Core diagnostics as LSP diagnostics: ranges in the client's encoding, related places as URIs.</summary>
public static class LspDiagnostics
{
    public const string SourceName = "factlsp";

    /// <summary>LSP's DiagnosticTag.Unnecessary: editors fade the text, which suits an unused definition.</summary>
    private const int UnnecessaryTag = 1;

    public static Protocol.Diagnostic Convert(WorkspaceSet workspaces, WorkspaceSnapshot snapshot, CoreDiagnostic diagnostic, PositionEncoding encoding) => new()
    {
        Range = LspPositions.ToRange(snapshot, diagnostic.Path, diagnostic.Span, encoding),
        Severity = ToSeverity(diagnostic.Severity),
        Code = diagnostic.Code,
        Source = SourceName,
        Message = diagnostic.Message,
        Tags = diagnostic.Code == Core.Diagnostics.Rules.UnusedDefinition.Code ? [UnnecessaryTag] : null,
        RelatedInformation = diagnostic.Related.Count == 0
            ? null
            : diagnostic.Related.Select(r => new Protocol.DiagnosticRelatedInformation(LspPositions.ToLocation(workspaces, snapshot, r.Location, encoding), r.Message)).ToList(),
    };

    public static Protocol.DiagnosticSeverity ToSeverity(CoreSeverity severity) => severity switch
    {
        CoreSeverity.Error => Protocol.DiagnosticSeverity.Error,
        CoreSeverity.Warning => Protocol.DiagnosticSeverity.Warning,
        CoreSeverity.Info => Protocol.DiagnosticSeverity.Information,
        _ => Protocol.DiagnosticSeverity.Hint,
    };
}
