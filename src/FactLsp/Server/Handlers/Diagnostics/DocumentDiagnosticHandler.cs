using FactLsp.Server.Diagnostics;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;

namespace FactLsp.Server.Handlers.Diagnostics;

/// <summary>`textDocument/diagnostic` (pull model): always a full report on the request's snapshot.</summary>
internal sealed class DocumentDiagnosticHandler(IDiagnosticsProvider provider) : RequestHandler<DocumentDiagnosticParams, FullDocumentDiagnosticReport>
{
    public override string Method => LspMethods.DocumentDiagnostic;

    public override HandlerKind Kind => HandlerKind.ReadOnly;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client)
    {
        var options = capabilities.DiagnosticProvider ??= new DiagnosticOptions { Identifier = "factlsp" };
        // An article's diagnostics depend on its sources and on people.yaml.
        options.InterFileDependencies = true;
    }

    public override async Task<FullDocumentDiagnosticReport> HandleAsync(DocumentDiagnosticParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        var uri = @params.TextDocument.Uri;
        var request = new DiagnosticsRequest(context.State, new HashSet<string>(StringComparer.Ordinal) { uri }, context.Client.PositionEncoding, Client: context.Client.Capabilities);
        var results = await provider.ComputeAsync(request, cancellationToken).ConfigureAwait(false);
        return new FullDocumentDiagnosticReport(results.TryGetValue(uri, out var items) ? items : []);
    }
}
