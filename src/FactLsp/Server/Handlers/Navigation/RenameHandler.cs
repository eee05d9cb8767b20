using FactLsp.Core.Navigation;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;
using FactLsp.Server.Workspace;
using StreamJsonRpc;

namespace FactLsp.Server.Handlers.Navigation;

/// <summary>
/// `textDocument/rename` of a speaker or source id: one WorkspaceEdit over the definition and
/// every use. A refused rename (not an id, an invalid or taken new name) is a RequestFailed error
/// with the reason, which clients show.
/// </summary>
internal sealed class RenameHandler : RequestHandler<RenameParams, WorkspaceEdit?>
{
    public override string Method => LspMethods.Rename;

    public override HandlerKind Kind => HandlerKind.ReadOnly;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.RenameProvider ??= new RenameOptions();

    public override Task<WorkspaceEdit?> HandleAsync(RenameParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        var encoding = context.Client.PositionEncoding;
        if (DocumentPosition.Resolve(context.State, @params.TextDocument.Uri, @params.Position, encoding) is not { } at)
        {
            throw new LocalRpcException("This document is in no FactLsp workspace: there is nothing to rename.") { ErrorCode = LspErrorCodes.RequestFailed };
        }
        if (context.State.Workspaces.Locate(@params.TextDocument.Uri) is { Entry.IsPartial: true })
        {
            // A rename must reach every file; a partial workspace has not read them yet.
            throw new LocalRpcException("FactLsp is still reading the workspace; try the rename again in a moment.") { ErrorCode = LspErrorCodes.RequestFailed };
        }
        var result = Renamer.Rename(at.Snapshot, at.Path, at.Offset, @params.NewName);
        if (result.Refusal is { } refusal)
        {
            throw new LocalRpcException(refusal) { ErrorCode = LspErrorCodes.RequestFailed };
        }
        return Task.FromResult<WorkspaceEdit?>(LspPositions.ToWorkspaceEdit(context.State.Workspaces, at.Snapshot, result.Edits, encoding));
    }
}
