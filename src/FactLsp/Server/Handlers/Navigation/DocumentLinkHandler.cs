using FactLsp.Core.Navigation;
using FactLsp.Server.Protocol;

namespace FactLsp.Server.Handlers.Navigation;

/// <summary>`textDocument/documentLink`: each <c>src=</c> (and front matter <c>file:</c>) of an article to the source's file.</summary>
internal sealed class DocumentLinkHandler : DocumentRequestHandler<DocumentLinkParams, IReadOnlyList<Protocol.DocumentLink>>
{
    public override string Method => LspMethods.DocumentLink;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.DocumentLinkProvider = new DocumentLinkOptions { ResolveProvider = false };

    protected override IReadOnlyList<Protocol.DocumentLink> Handle(DocumentLinkParams @params, DocumentRequest document, CancellationToken cancellationToken)
    {
        var tooltips = document.Client.DocumentLinkTooltip;
        return DocumentLinks.For(document.Snapshot, document.Path)
            .Select(link => new Protocol.DocumentLink(
                document.RangeOf(link.Span),
                document.Workspaces.UriOf(document.Snapshot, link.TargetPath),
                tooltips ? link.Tooltip : null))
            .ToList();
    }

    protected override IReadOnlyList<Protocol.DocumentLink> Outside() => [];
}
