using System.Text.Json.Serialization;

namespace FactLsp.Server.Protocol;

public sealed record TextEdit(
    [property: JsonPropertyName("range")] Range Range,
    [property: JsonPropertyName("newText")] string NewText);

/// <summary>
/// Edits by document URI: the `changes` form, which every client understands. An edit that must
/// create a file also carries `documentChanges` (CreateFile, TextDocumentEdit), which clients that
/// support resource operations prefer over `changes`.
/// </summary>
public sealed record WorkspaceEdit(
    [property: JsonPropertyName("changes")] IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes)
{
    [JsonPropertyName("documentChanges")] public IReadOnlyList<object>? DocumentChanges { get; init; }
}
