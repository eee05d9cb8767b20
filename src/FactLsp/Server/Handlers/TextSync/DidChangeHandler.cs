using FactLsp.Server.Documents;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;

namespace FactLsp.Server.Handlers.TextSync;

/// <summary>
/// `textDocument/didChange`, incremental: ranged edits applied in order, in the negotiated
/// position encoding; a change without a range replaces the whole text.
/// </summary>
internal sealed class DidChangeHandler : NotificationHandler<DidChangeTextDocumentParams>
{
    public override string Method => LspMethods.DidChange;

    public override HandlerKind Kind => HandlerKind.Mutating;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        TextSyncCapability.Of(capabilities).Change = TextDocumentSyncKind.Incremental;

    public override async Task HandleAsync(DidChangeTextDocumentParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        var uri = @params.TextDocument.Uri;
        if (!context.State.Documents.TryGet(uri, out var document))
        {
            // A client bug or a race with didClose; there is no text to apply the edit to.
            await context.Client.LogAsync(MessageType.Warning, $"Ignored a change to {uri}: the document is not open.").ConfigureAwait(false);
            return;
        }

        var text = TextChangeApplier.Apply(document.Text, @params.ContentChanges, context.Client.PositionEncoding);
        context.Commit(context.State.WithDocument(document.WithText(text, @params.TextDocument.Version)));
        context.MarkChanged(uri);
    }
}
