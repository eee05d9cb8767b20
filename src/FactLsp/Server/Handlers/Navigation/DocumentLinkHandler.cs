using FactLsp.Core.Navigation;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;
using FactLsp.Server.Workspace;

namespace FactLsp.Server.Handlers.Navigation;

/// <summary>`textDocument/documentLink`: each <c>src=</c> (and front matter <c>file:</c>) of an article to the source's file.</summary>
internal sealed class DocumentLinkHandler : RequestHandler<DocumentLinkParams, IReadOnlyList<Protocol.DocumentLink>>
{
    public override string Method => LspMethods.DocumentLink;

    public override HandlerKind Kind => HandlerKind.ReadOnly;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.DocumentLinkProvider = new DocumentLinkOptions { ResolveProvider = false };

    public override Task<IReadOnlyList<Protocol.DocumentLink>> HandleAsync(DocumentLinkParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        var workspaces = context.State.Workspaces;
        if (workspaces.Locate(@params.TextDocument.Uri) is not { } located)
        {
            return Task.FromResult<IReadOnlyList<Protocol.DocumentLink>>([]);
        }
        var encoding = context.Client.PositionEncoding;
        var tooltips = context.Client.Capabilities.DocumentLinkTooltip;
        var snapshot = located.Snapshot;
        IReadOnlyList<Protocol.DocumentLink> links = DocumentLinks.For(snapshot, located.Path)
            .Select(link => new Protocol.DocumentLink(
                LspPositions.ToRange(snapshot, located.Path, link.Span, encoding),
                workspaces.UriOf(snapshot, link.TargetPath),
                tooltips ? link.Tooltip : null))
            .ToList();
        return Task.FromResult(links);
    }
}
