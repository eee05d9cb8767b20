using System.Text.Json.Serialization;

namespace FactLsp.Server.Protocol;

// Definition, references, rename, document links, document and workspace symbols.

public sealed record ReferenceContext(
    [property: JsonPropertyName("includeDeclaration")] bool IncludeDeclaration);

public sealed record ReferenceParams(
    [property: JsonPropertyName("textDocument")] TextDocumentIdentifier TextDocument,
    [property: JsonPropertyName("position")] Position Position,
    [property: JsonPropertyName("context")] ReferenceContext? Context = null) : ITextDocumentParams;

public sealed record RenameParams(
    [property: JsonPropertyName("textDocument")] TextDocumentIdentifier TextDocument,
    [property: JsonPropertyName("position")] Position Position,
    [property: JsonPropertyName("newName")] string NewName) : ITextDocumentParams;

/// <summary>The `{ range, placeholder }` form of prepareRename's answer.</summary>
public sealed record PrepareRenameResult(
    [property: JsonPropertyName("range")] Range Range,
    [property: JsonPropertyName("placeholder")] string Placeholder);

public sealed class RenameOptions
{
    [JsonPropertyName("prepareProvider")] public bool? PrepareProvider { get; set; }
}

public sealed record DocumentLinkParams(
    [property: JsonPropertyName("textDocument")] TextDocumentIdentifier TextDocument) : ITextDocumentParams;

public sealed record DocumentLink(
    [property: JsonPropertyName("range")] Range Range,
    [property: JsonPropertyName("target")] string? Target,
    [property: JsonPropertyName("tooltip")] string? Tooltip);

public sealed class DocumentLinkOptions
{
    [JsonPropertyName("resolveProvider")] public bool ResolveProvider { get; set; }
}

public sealed record DocumentSymbolParams(
    [property: JsonPropertyName("textDocument")] TextDocumentIdentifier TextDocument) : ITextDocumentParams;

/// <summary>LSP's SymbolKind: only the members the server answers with.</summary>
public enum SymbolKind
{
    File = 1,
    Namespace = 3,
    Class = 5,
    String = 15,
    Boolean = 17,
    Key = 20,
}

public sealed record DocumentSymbol(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("detail")] string? Detail,
    [property: JsonPropertyName("kind")] SymbolKind Kind,
    [property: JsonPropertyName("range")] Range Range,
    [property: JsonPropertyName("selectionRange")] Range SelectionRange,
    [property: JsonPropertyName("children")] IReadOnlyList<DocumentSymbol>? Children);

public sealed class DocumentSymbolOptions
{
    [JsonPropertyName("label")] public string? Label { get; set; }
}

public sealed record WorkspaceSymbolParams(
    [property: JsonPropertyName("query")] string? Query);

/// <summary>A workspace symbol with its full location: valid both as 3.17's WorkspaceSymbol and as the older SymbolInformation.</summary>
public sealed record SymbolInformation(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] SymbolKind Kind,
    [property: JsonPropertyName("location")] Location Location,
    [property: JsonPropertyName("containerName")] string? ContainerName);
