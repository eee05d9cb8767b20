using FactLsp.Core.Text;
using FactLsp.Core.Workspace;
using FactLsp.Server.Protocol;
using FactLsp.Server.Workspace;
using CoreDiagnostic = FactLsp.Core.Diagnostics.Diagnostic;
using CoreSeverity = FactLsp.Core.Diagnostics.Severity;

namespace FactLsp.Server.Conversions;

/// <summary>Core diagnostics as LSP diagnostics: ranges in the client's encoding, related places as URIs.</summary>
public static class LspDiagnostics
{
    public const string SourceName = "factlsp";

    /// <summary>LSP's DiagnosticTag.Unnecessary: editors fade the text, which suits an unused definition.</summary>
    private const int UnnecessaryTag = 1;

    /// <summary>
    /// The diagnostic as <paramref name="client"/> can take it (null: a client that takes
    /// everything): tags only for a client that declared them, and for a client without
    /// `relatedInformation` the related places told at the end of the message instead.
    /// </summary>
    public static Protocol.Diagnostic Convert(WorkspaceSet workspaces, WorkspaceSnapshot snapshot, CoreDiagnostic diagnostic, PositionEncoding encoding, ClientCapabilities? client = null)
    {
        var related = diagnostic.Related
            .Select(r => new Protocol.DiagnosticRelatedInformation(LspPositions.ToLocation(workspaces, snapshot, r.Location, encoding), r.Message))
            .ToList();
        var relatedSupported = client?.RelatedInformation ?? true;
        return new()
        {
            Range = LspPositions.ToRange(snapshot, diagnostic.Path, diagnostic.Span, encoding),
            Severity = ToSeverity(diagnostic.Severity),
            Code = diagnostic.Code,
            Source = SourceName,
            Message = relatedSupported ? diagnostic.Message : diagnostic.Message + string.Concat(related.Select(Told)),
            Tags = diagnostic.Code == Core.Diagnostics.Rules.UnusedDefinition.Code && (client?.UnnecessaryTag ?? true) ? [UnnecessaryTag] : null,
            RelatedInformation = related.Count == 0 || !relatedSupported ? null : related,
        };
    }

    /// <summary>
    /// The client's own copy of <paramref name="diagnostic"/> when it sent one (same range and
    /// code), so that the editor ties a code action to the squiggle it shows; else the diagnostic.
    /// </summary>
    public static Protocol.Diagnostic AsSent(IReadOnlyList<Protocol.Diagnostic> sent, Protocol.Diagnostic diagnostic) =>
        sent.FirstOrDefault(d => d.Code == diagnostic.Code && d.Range == diagnostic.Range) ?? diagnostic;

    // "\nThe source says: … (dawn.md:3)": the place as a reader finds it, one line each.
    private static string Told(Protocol.DiagnosticRelatedInformation related)
    {
        var name = Uri.TryCreate(related.Location.Uri, UriKind.Absolute, out var uri) ? Path.GetFileName(uri.LocalPath) : related.Location.Uri;
        return $"\n{related.Message} ({name}:{related.Location.Range.Start.Line + 1})";
    }

    public static Protocol.DiagnosticSeverity ToSeverity(CoreSeverity severity) => severity switch
    {
        CoreSeverity.Error => Protocol.DiagnosticSeverity.Error,
        CoreSeverity.Warning => Protocol.DiagnosticSeverity.Warning,
        CoreSeverity.Info => Protocol.DiagnosticSeverity.Information,
        _ => Protocol.DiagnosticSeverity.Hint,
    };
}
