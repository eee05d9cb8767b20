using FactLsp.Core.Navigation;
using FactLsp.Server.Protocol;
using StreamJsonRpc;

namespace FactLsp.Server.Handlers.Navigation;

/// <summary>
/// `textDocument/prepareRename`: the id under the cursor and its text, or an error
/// (RequestFailed) saying why it cannot be renamed, which clients show as it stands.
/// </summary>
internal sealed class PrepareRenameHandler : DocumentRequestHandler<TextDocumentPositionParams, PrepareRenameResult?>
{
    public override string Method => LspMethods.PrepareRename;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client)
    {
        // Only a client that says it sends prepareRename may be told the server answers it.
        if (client.PrepareRename)
        {
            (capabilities.RenameProvider ??= new RenameOptions()).PrepareProvider = true;
        }
    }

    protected override PrepareRenameResult? Handle(TextDocumentPositionParams @params, DocumentRequest document, CancellationToken cancellationToken)
    {
        var target = Renamer.Prepare(document.Snapshot, document.Path, document.OffsetOf(@params.Position));
        if (target.Refusal is { } refusal)
        {
            throw new LocalRpcException(refusal) { ErrorCode = LspErrorCodes.RequestFailed };
        }
        return new PrepareRenameResult(document.RangeOf(target.Span), target.Placeholder);
    }

    protected override PrepareRenameResult? Outside() => null;
}
