using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;

namespace FactLsp.Server.Handlers.TextSync;

/// <summary>`textDocument/didClose`: the disk's text counts again for this document.</summary>
internal sealed class DidCloseHandler : NotificationHandler<DidCloseTextDocumentParams>
{
    public override string Method => LspMethods.DidClose;

    public override HandlerKind Kind => HandlerKind.Mutating;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        TextSyncCapability.Of(capabilities).OpenClose = true;

    public override Task HandleAsync(DidCloseTextDocumentParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        var uri = @params.TextDocument.Uri;
        context.Commit(context.State.WithoutDocument(uri));
        context.MarkChanged(uri);
        return Task.CompletedTask;
    }
}
