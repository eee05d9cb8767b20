using System.Text.Json.Serialization;

namespace FactLsp.Server.Protocol;

public sealed record SemanticTokensParams(
    [property: JsonPropertyName("textDocument")] TextDocumentIdentifier TextDocument) : ITextDocumentParams;

/// <summary>Five integers per token: line delta, start delta, length, type index, modifier bits.</summary>
public sealed record SemanticTokens(
    [property: JsonPropertyName("data")] IReadOnlyList<int> Data);

public sealed record SemanticTokensLegend(
    [property: JsonPropertyName("tokenTypes")] IReadOnlyList<string> TokenTypes,
    [property: JsonPropertyName("tokenModifiers")] IReadOnlyList<string> TokenModifiers);

public sealed class SemanticTokensOptions
{
    [JsonPropertyName("legend")] public required SemanticTokensLegend Legend { get; set; }
    [JsonPropertyName("full")] public bool Full { get; set; }
    [JsonPropertyName("range")] public bool Range { get; set; }
}
