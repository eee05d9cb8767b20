using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;

namespace FactLsp.Server.Handlers.TextSync;

/// <summary>
/// `textDocument/didSave`: the open text is already known, but other documents may read this one
/// from disk (an article quoting a saved source), so it counts as a change.
/// </summary>
internal sealed class DidSaveHandler : NotificationHandler<DidSaveTextDocumentParams>
{
    public override string Method => LspMethods.DidSave;

    public override HandlerKind Kind => HandlerKind.Mutating;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        TextSyncCapability.Of(capabilities).Save = new SaveOptions { IncludeText = false };

    public override Task HandleAsync(DidSaveTextDocumentParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        context.MarkChanged(@params.TextDocument.Uri);
        // Committing the same state records the change for the diagnostics publisher.
        context.Commit(context.State);
        return Task.CompletedTask;
    }
}
