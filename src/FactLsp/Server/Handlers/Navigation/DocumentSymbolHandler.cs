using FactLsp.Core.Navigation;
using FactLsp.Core.Text;
using FactLsp.Server.Conversions;
using FactLsp.Server.Protocol;

namespace FactLsp.Server.Handlers.Navigation;

/// <summary>
/// `textDocument/documentSymbol`: an article's quotes and claims grouped by speaker, its terms;
/// a people registry's people. Answered as DocumentSymbol trees, which LSP 3.17 clients show as
/// an outline; for a client that did not declare hierarchical symbols, as the flat
/// SymbolInformation list LSP gives them instead (each with its container's name).
/// </summary>
internal sealed class DocumentSymbolHandler : DocumentRequestHandler<DocumentSymbolParams, IReadOnlyList<object>>
{
    public override string Method => LspMethods.DocumentSymbol;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.DocumentSymbolProvider = new DocumentSymbolOptions { Label = "FactLsp" };

    protected override IReadOnlyList<object> Handle(DocumentSymbolParams @params, DocumentRequest document, CancellationToken cancellationToken)
    {
        var symbols = DocumentSymbols.For(document.Snapshot, document.Path).Select(s => Convert(document.Lines, s, document.Encoding)).ToList();
        return document.Client.HierarchicalDocumentSymbols
            ? symbols
            : symbols.SelectMany(s => Flatten(s, null, @params.TextDocument.Uri)).ToList();
    }

    protected override IReadOnlyList<object> Outside() => [];

    private static IEnumerable<SymbolInformation> Flatten(DocumentSymbol symbol, string? container, string uri)
    {
        yield return new SymbolInformation(symbol.Name, symbol.Kind, new Protocol.Location(uri, symbol.Range), container);
        foreach (var child in (symbol.Children ?? []).SelectMany(c => Flatten(c, symbol.Name, uri)))
        {
            yield return child;
        }
    }

    private static DocumentSymbol Convert(LineMap lines, NavigationSymbol symbol, PositionEncoding encoding) => new(
        symbol.Name,
        symbol.Detail,
        SymbolKinds.Of(symbol.Kind),
        LspPositions.ToRange(lines, symbol.Span, encoding),
        LspPositions.ToRange(lines, symbol.SelectionSpan, encoding),
        symbol.Children.Count == 0 ? null : symbol.Children.Select(c => Convert(lines, c, encoding)).ToList());
}
