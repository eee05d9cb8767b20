using FactLsp.Server.Documents;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;

namespace FactLsp.Server.Handlers.TextSync;

/// <summary>`textDocument/didOpen`: the client's text replaces the disk's for this document (a loose file brings its workspace).</summary>
internal sealed class DidOpenHandler : NotificationHandler<DidOpenTextDocumentParams>
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
        context.Commit(state.WithDocument(document));
        context.MarkChanged(item.Uri);
        return Task.CompletedTask;
    }
}
