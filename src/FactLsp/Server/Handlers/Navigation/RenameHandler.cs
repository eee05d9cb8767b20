using FactLsp.Core.Navigation;
using FactLsp.Server.Conversions;
using FactLsp.Server.Protocol;
using StreamJsonRpc;

namespace FactLsp.Server.Handlers.Navigation;

/// <summary>
/// `textDocument/rename` of a speaker or source id: one WorkspaceEdit over the definition and
/// every use. A refused rename (not an id, an invalid or taken new name) is a RequestFailed error
/// with the reason, which clients show.
/// </summary>
internal sealed class RenameHandler : DocumentRequestHandler<RenameParams, WorkspaceEdit?>
{
    public override string Method => LspMethods.Rename;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.RenameProvider ??= new RenameOptions();

    protected override WorkspaceEdit? Handle(RenameParams @params, DocumentRequest document, CancellationToken cancellationToken)
    {
        if (document.Located is { Entry.IsPartial: true })
        {
            // A rename must reach every file; a partial workspace has not read them yet.
            throw new LocalRpcException("FactLsp is still reading the workspace; try the rename again in a moment.") { ErrorCode = LspErrorCodes.RequestFailed };
        }
        var result = Renamer.Rename(document.Snapshot, document.Path, document.OffsetOf(@params.Position), @params.NewName);
        if (result.Refusal is { } refusal)
        {
            throw new LocalRpcException(refusal) { ErrorCode = LspErrorCodes.RequestFailed };
        }
        return LspPositions.ToWorkspaceEdit(document.Workspaces, document.Snapshot, result.Edits, document.Encoding);
    }

    protected override WorkspaceEdit? Outside() =>
        throw new LocalRpcException("This document is in no FactLsp workspace: there is nothing to rename.") { ErrorCode = LspErrorCodes.RequestFailed };
}
