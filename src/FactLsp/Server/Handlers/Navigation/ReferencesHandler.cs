using FactLsp.Core.Navigation;
using FactLsp.Server.Protocol;

namespace FactLsp.Server.Handlers.Navigation;

/// <summary>`textDocument/references`: every annotation quoting the person (or citing the source) across the workspace, opened or not.</summary>
internal sealed class ReferencesHandler : DocumentRequestHandler<ReferenceParams, IReadOnlyList<Protocol.Location>>
{
    public override string Method => LspMethods.References;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.ReferencesProvider = true;

    protected override IReadOnlyList<Protocol.Location> Handle(ReferenceParams @params, DocumentRequest document, CancellationToken cancellationToken) =>
        ReferenceFinder.Find(document.Snapshot, document.Path, document.OffsetOf(@params.Position), @params.Context?.IncludeDeclaration ?? false)
            .Select(reference => document.LocationOf(reference.Location))
            .ToList();

    protected override IReadOnlyList<Protocol.Location> Outside() => [];
}
