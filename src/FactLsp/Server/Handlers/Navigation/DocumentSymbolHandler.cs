using FactLsp.Core.Navigation;
using FactLsp.Core.Text;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;
using FactLsp.Server.Workspace;

namespace FactLsp.Server.Handlers.Navigation;

/// <summary>
/// `textDocument/documentSymbol`: an article's quotes and claims grouped by speaker, its terms;
/// a people registry's people. Answered as DocumentSymbol trees, which LSP 3.17 clients show as
/// an outline.
/// </summary>
internal sealed class DocumentSymbolHandler : RequestHandler<DocumentSymbolParams, IReadOnlyList<DocumentSymbol>>
{
    public override string Method => LspMethods.DocumentSymbol;

    public override HandlerKind Kind => HandlerKind.ReadOnly;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.DocumentSymbolProvider = new DocumentSymbolOptions { Label = "FactLsp" };

    public override Task<IReadOnlyList<DocumentSymbol>> HandleAsync(DocumentSymbolParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        if (context.State.Workspaces.Locate(@params.TextDocument.Uri) is not { } located || located.Snapshot.GetFile(located.Path) is not { } file)
        {
            return Task.FromResult<IReadOnlyList<DocumentSymbol>>([]);
        }
        var encoding = context.Client.PositionEncoding;
        IReadOnlyList<DocumentSymbol> symbols = DocumentSymbols.For(located.Snapshot, located.Path).Select(s => Convert(file.Lines, s, encoding)).ToList();
        return Task.FromResult(symbols);
    }

    private static DocumentSymbol Convert(LineMap lines, NavigationSymbol symbol, PositionEncoding encoding) => new(
        symbol.Name,
        symbol.Detail,
        SymbolKinds.Of(symbol.Kind),
        LspPositions.ToRange(lines, symbol.Span, encoding),
        LspPositions.ToRange(lines, symbol.SelectionSpan, encoding),
        symbol.Children.Count == 0 ? null : symbol.Children.Select(c => Convert(lines, c, encoding)).ToList());
}
