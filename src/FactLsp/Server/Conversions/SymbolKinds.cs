using FactLsp.Core.Navigation;
using FactLsp.Server.Protocol;

namespace FactLsp.Server.Conversions;

/// <summary>The LSP icon for each kind of FactLsp symbol: LSP has no person or quote, so the nearest look.</summary>
internal static class SymbolKinds
{
    public static SymbolKind Of(NavigationSymbolKind kind) => kind switch
    {
        NavigationSymbolKind.Person => SymbolKind.Class,
        NavigationSymbolKind.Source => SymbolKind.File,
        NavigationSymbolKind.Quote => SymbolKind.String,
        // A claim is judged true or not: its status.
        NavigationSymbolKind.Claim => SymbolKind.Boolean,
        NavigationSymbolKind.Term => SymbolKind.Key,
        _ => SymbolKind.Namespace,
    };
}
