using FactLsp.Core.Navigation;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;
using FactLsp.Server.Workspace;

namespace FactLsp.Server.Handlers.Navigation;

/// <summary>`textDocument/references`: every annotation quoting the person (or citing the source) across the workspace, opened or not.</summary>
internal sealed class ReferencesHandler : RequestHandler<ReferenceParams, IReadOnlyList<Protocol.Location>>
{
    public override string Method => LspMethods.References;

    public override HandlerKind Kind => HandlerKind.ReadOnly;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.ReferencesProvider = true;

    public override Task<IReadOnlyList<Protocol.Location>> HandleAsync(ReferenceParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        var encoding = context.Client.PositionEncoding;
        if (DocumentPosition.Resolve(context.State, @params.TextDocument.Uri, @params.Position, encoding) is not { } at)
        {
            return Task.FromResult<IReadOnlyList<Protocol.Location>>([]);
        }
        var workspaces = context.State.Workspaces;
        var includeDeclaration = @params.Context?.IncludeDeclaration ?? false;
        IReadOnlyList<Protocol.Location> locations = ReferenceFinder.Find(at.Snapshot, at.Path, at.Offset, includeDeclaration)
            .Select(reference => LspPositions.ToLocation(workspaces, at.Snapshot, reference.Location, encoding))
            .ToList();
        return Task.FromResult(locations);
    }
}
