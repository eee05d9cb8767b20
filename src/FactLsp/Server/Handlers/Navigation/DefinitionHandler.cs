using FactLsp.Core.Navigation;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;
using FactLsp.Server.Workspace;

namespace FactLsp.Server.Handlers.Navigation;

/// <summary>`textDocument/definition`: a quote to its words in the source, <c>by=</c> to the person, <c>src=</c> to the source.</summary>
internal sealed class DefinitionHandler : RequestHandler<TextDocumentPositionParams, IReadOnlyList<Protocol.Location>>
{
    public override string Method => LspMethods.Definition;

    public override HandlerKind Kind => HandlerKind.ReadOnly;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.DefinitionProvider = true;

    public override Task<IReadOnlyList<Protocol.Location>> HandleAsync(TextDocumentPositionParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        var encoding = context.Client.PositionEncoding;
        if (DocumentPosition.Resolve(context.State, @params.TextDocument.Uri, @params.Position, encoding) is not { } at)
        {
            return Task.FromResult<IReadOnlyList<Protocol.Location>>([]);
        }
        var workspaces = context.State.Workspaces;
        IReadOnlyList<Protocol.Location> locations = DefinitionFinder.Find(at.Snapshot, at.Path, at.Offset)
            .Select(link => LspPositions.ToLocation(workspaces, at.Snapshot, link.Target, encoding))
            .ToList();
        return Task.FromResult(locations);
    }
}
