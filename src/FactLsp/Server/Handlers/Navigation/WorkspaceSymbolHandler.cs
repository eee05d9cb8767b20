using FactLsp.Core.Navigation;
using FactLsp.Server.Conversions;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;

namespace FactLsp.Server.Handlers.Navigation;

/// <summary>`workspace/symbol`: the people and sources of every workspace whose id or name matches the query.</summary>
internal sealed class WorkspaceSymbolHandler : RequestHandler<WorkspaceSymbolParams, IReadOnlyList<SymbolInformation>>
{
    private const int Limit = 500;

    public override string Method => LspMethods.WorkspaceSymbol;

    public override HandlerKind Kind => HandlerKind.ReadOnly;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.WorkspaceSymbolProvider = true;

    public override Task<IReadOnlyList<SymbolInformation>> HandleAsync(WorkspaceSymbolParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        var workspaces = context.State.Workspaces;
        var encoding = context.Client.PositionEncoding;
        IReadOnlyList<SymbolInformation> symbols = workspaces.Entries
            .SelectMany(entry => WorkspaceSymbols.Search(entry.Snapshot, @params.Query, Limit).Select(match => (entry.Snapshot, Match: match)))
            .Take(Limit)
            .Select(x => new SymbolInformation(
                // Clients filter the answer again by its name: both the name and the id must be in it.
                x.Match.Name == x.Match.Id ? x.Match.Id : $"{x.Match.Name} ({x.Match.Id})",
                SymbolKinds.Of(x.Match.Kind),
                LspPositions.ToLocation(workspaces, x.Snapshot, x.Match.Location, encoding),
                x.Match.Container))
            .ToList();
        return Task.FromResult(symbols);
    }
}
