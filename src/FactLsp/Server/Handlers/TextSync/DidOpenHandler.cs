using FactLsp.Server.Documents;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;

namespace FactLsp.Server.Handlers.TextSync;

/// <summary>
/// `textDocument/didOpen`: the client's text replaces the disk's for this document (a loose file
/// brings its workspace), and an article's check starts at once (its diagnostics are still sent
/// after the publisher's quiet delay, which then finds the check done or under way).
/// </summary>
internal sealed class DidOpenHandler(ServerServices services) : NotificationHandler<DidOpenTextDocumentParams>
{
    public override string Method => LspMethods.DidOpen;

    public override HandlerKind Kind => HandlerKind.Mutating;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        TextSyncCapability.Of(capabilities).OpenClose = true;

    public override Task HandleAsync(DidOpenTextDocumentParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        var item = @params.TextDocument;
        var document = new TextDocument(item.Uri, item.Version, item.Text);
        var state = context.State.WithWorkspaces(context.State.Workspaces.WithWorkspaceFor(item.Uri, context.State.Settings.Overrides));
        state = state.WithDocument(document);
        context.Commit(state);
        context.MarkChanged(item.Uri);
        // A client that pulls diagnostics is sent none: the check alone is waited for.
        services.OpenChecks.Start(state, item.Uri, services.Stopping, context.Client.Capabilities.PullDiagnostics ? null : services.DiagnosticsPublisher);
        return Task.CompletedTask;
    }
}
