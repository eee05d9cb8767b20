using FactLsp.Core.Text;

namespace FactLsp.Core.Navigation;

/// <summary>What a symbol stands for; the server maps it onto the LSP's SymbolKind.</summary>
public enum NavigationSymbolKind
{
    Person,
    Source,
    Quote,
    Claim,
    Term,
    /// <summary>A heading over symbols that belong to no person: terms, claims without a speaker.</summary>
    Group,
}

/// <summary>
/// A document symbol: <see cref="Span"/> is all it covers (a parent covers its children),
/// <see cref="SelectionSpan"/> the part to select when it is picked, always inside <see cref="Span"/>.
/// </summary>
public sealed record NavigationSymbol(
    string Name,
    string? Detail,
    NavigationSymbolKind Kind,
    TextSpan Span,
    TextSpan SelectionSpan,
    IReadOnlyList<NavigationSymbol> Children);
