using FactLsp.Core.Navigation;
using FactLsp.Server.Protocol;

namespace FactLsp.Server.Handlers.Navigation;

/// <summary>`textDocument/definition`: a quote to its words in the source, <c>by=</c> to the person, <c>src=</c> to the source.</summary>
internal sealed class DefinitionHandler : DocumentRequestHandler<TextDocumentPositionParams, IReadOnlyList<Protocol.Location>>
{
    public override string Method => LspMethods.Definition;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.DefinitionProvider = true;

    protected override IReadOnlyList<Protocol.Location> Handle(TextDocumentPositionParams @params, DocumentRequest document, CancellationToken cancellationToken) =>
        DefinitionFinder.Find(document.Snapshot, document.Path, document.OffsetOf(@params.Position)).Select(link => document.LocationOf(link.Target)).ToList();

    protected override IReadOnlyList<Protocol.Location> Outside() => [];
}
