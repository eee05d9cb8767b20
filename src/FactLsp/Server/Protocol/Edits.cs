using System.Text.Json.Serialization;

namespace FactLsp.Server.Protocol;

public sealed record TextEdit(
    [property: JsonPropertyName("range")] Range Range,
    [property: JsonPropertyName("newText")] string NewText);

/// <summary>Edits by document URI: the `changes` form, which every client understands.</summary>
public sealed record WorkspaceEdit(
    [property: JsonPropertyName("changes")] IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);
