using FactLsp.Core.Assistance;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;
using FactLsp.Server.Workspace;

namespace FactLsp.Server.Handlers.Assistance;

/// <summary>`textDocument/hover`: a quote's verdict, speaker, source and passage; a person or a source and how often the workspace uses it.</summary>
internal sealed class HoverHandler : RequestHandler<TextDocumentPositionParams, Hover?>
{
    public override string Method => LspMethods.Hover;

    public override HandlerKind Kind => HandlerKind.ReadOnly;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.HoverProvider = true;

    public override Task<Hover?> HandleAsync(TextDocumentPositionParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        var encoding = context.Client.PositionEncoding;
        if (DocumentPosition.Resolve(context.State, @params.TextDocument.Uri, @params.Position, encoding) is not { } at
            || HoverProvider.Find(at.Snapshot, at.Path, at.Offset) is not { } hover)
        {
            return Task.FromResult<Hover?>(null);
        }
        var contents = MarkupContent.From(hover.Markdown, context.Client.Capabilities.HoverFormats);
        return Task.FromResult<Hover?>(new Hover(contents, LspPositions.ToRange(at.Snapshot, at.Path, hover.Span, encoding)));
    }
}
