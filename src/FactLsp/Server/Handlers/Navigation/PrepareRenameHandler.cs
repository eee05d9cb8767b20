using FactLsp.Core.Navigation;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;
using FactLsp.Server.Workspace;
using StreamJsonRpc;

namespace FactLsp.Server.Handlers.Navigation;

/// <summary>
/// `textDocument/prepareRename`: the id under the cursor and its text, or an error
/// (RequestFailed) saying why it cannot be renamed, which clients show as it stands.
/// </summary>
internal sealed class PrepareRenameHandler : RequestHandler<TextDocumentPositionParams, PrepareRenameResult?>
{
    public override string Method => LspMethods.PrepareRename;

    public override HandlerKind Kind => HandlerKind.ReadOnly;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client)
    {
        // Only a client that says it sends prepareRename may be told the server answers it.
        if (client.PrepareRename)
        {
            (capabilities.RenameProvider ??= new RenameOptions()).PrepareProvider = true;
        }
    }

    public override Task<PrepareRenameResult?> HandleAsync(TextDocumentPositionParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        var encoding = context.Client.PositionEncoding;
        if (DocumentPosition.Resolve(context.State, @params.TextDocument.Uri, @params.Position, encoding) is not { } at)
        {
            return Task.FromResult<PrepareRenameResult?>(null);
        }
        var target = Renamer.Prepare(at.Snapshot, at.Path, at.Offset);
        if (target.Refusal is { } refusal)
        {
            throw new LocalRpcException(refusal) { ErrorCode = LspErrorCodes.RequestFailed };
        }
        var range = LspPositions.ToRange(at.Snapshot, at.Path, target.Span, encoding);
        return Task.FromResult<PrepareRenameResult?>(new PrepareRenameResult(range, target.Placeholder));
    }
}
