using FactLsp.Core.Assistance;
using FactLsp.Server.Protocol;

namespace FactLsp.Server.Handlers.Assistance;

/// <summary>`textDocument/hover`: a quote's verdict, speaker, source and passage; a person or a source and how often the workspace uses it.</summary>
internal sealed class HoverHandler : DocumentRequestHandler<TextDocumentPositionParams, Hover?>
{
    public override string Method => LspMethods.Hover;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.HoverProvider = true;

    protected override Hover? Handle(TextDocumentPositionParams @params, DocumentRequest document, CancellationToken cancellationToken) =>
        HoverProvider.Find(document.Snapshot, document.Path, document.OffsetOf(@params.Position)) is { } hover
            ? new Hover(MarkupContent.From(hover.Markdown, document.Client.HoverFormats), document.RangeOf(hover.Span))
            : null;

    protected override Hover? Outside() => null;
}
