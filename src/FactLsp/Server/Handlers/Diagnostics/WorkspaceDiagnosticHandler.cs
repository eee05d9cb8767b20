using FactLsp.Server.Diagnostics;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;

namespace FactLsp.Server.Handlers.Diagnostics;

/// <summary>`workspace/diagnostic` (pull model): full reports for every document the provider knows.</summary>
internal sealed class WorkspaceDiagnosticHandler(IDiagnosticsProvider provider) : RequestHandler<WorkspaceDiagnosticParams, WorkspaceDiagnosticReport>
{
    public override string Method => LspMethods.WorkspaceDiagnostic;

    public override HandlerKind Kind => HandlerKind.ReadOnly;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client)
    {
        var options = capabilities.DiagnosticProvider ??= new DiagnosticOptions { Identifier = "factlsp" };
        options.InterFileDependencies = true;
        options.WorkspaceDiagnostics = true;
    }

    public override async Task<WorkspaceDiagnosticReport> HandleAsync(WorkspaceDiagnosticParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        var request = new DiagnosticsRequest(context.State, null, context.Client.PositionEncoding, Client: context.Client.Capabilities);
        var results = await provider.ComputeAsync(request, cancellationToken).ConfigureAwait(false);
        return new WorkspaceDiagnosticReport(results
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new WorkspaceFullDocumentDiagnosticReport(r.Key, r.Value, context.State.Documents.Get(r.Key)?.Version))
            .ToArray());
    }
}
