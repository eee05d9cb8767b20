using FactLsp.Server.Protocol;

namespace FactLsp.Server.Diagnostics;

/// <summary>
/// The seam between the server and the checker: the Core implements it. Both the pushed
/// diagnostics (`textDocument/publishDiagnostics`) and the pulled ones (`textDocument/diagnostic`,
/// `workspace/diagnostic`) come from here, so they can never disagree.
/// </summary>
public interface IDiagnosticsProvider
{
    /// <summary>
    /// Diagnostics computed on <see cref="DiagnosticsRequest.State"/>: one entry per document whose
    /// diagnostics should be (re)published, an empty list to clear a document. Besides the
    /// changed documents, include those whose diagnostics depend on them (an article quoting a
    /// source that changed). Ranges must use <see cref="DiagnosticsRequest.Encoding"/>.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>>> ComputeAsync(DiagnosticsRequest request, CancellationToken cancellationToken);
}
