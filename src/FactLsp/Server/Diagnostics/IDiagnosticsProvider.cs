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
    /// diagnostics were asked for, an empty list to clear a document. A function of the request
    /// alone: the caller decides which documents a change reaches, and remembers what it sent.
    /// A document handed to <see cref="DiagnosticsRequest.OnDocument"/> may be left out of the result.
    /// Ranges must use <see cref="DiagnosticsRequest.Encoding"/>.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>>> ComputeAsync(DiagnosticsRequest request, CancellationToken cancellationToken);
}
