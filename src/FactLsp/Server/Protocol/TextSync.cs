using System.Text.Json.Serialization;

namespace FactLsp.Server.Protocol;

public sealed record DidOpenTextDocumentParams(
    [property: JsonPropertyName("textDocument")] TextDocumentItem TextDocument);

public sealed record DidChangeTextDocumentParams(
    [property: JsonPropertyName("textDocument")] VersionedTextDocumentIdentifier TextDocument,
    [property: JsonPropertyName("contentChanges")] IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

/// <summary>An edit: with a range it replaces that range, without one it replaces the whole text.</summary>
public sealed record TextDocumentContentChangeEvent(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("range")] Range? Range = null);

public sealed record DidCloseTextDocumentParams(
    [property: JsonPropertyName("textDocument")] TextDocumentIdentifier TextDocument);

public sealed record DidSaveTextDocumentParams(
    [property: JsonPropertyName("textDocument")] TextDocumentIdentifier TextDocument,
    [property: JsonPropertyName("text")] string? Text = null);
