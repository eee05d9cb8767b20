using System.Text.Json.Serialization;

namespace FactLsp.Server.Protocol;

public sealed record InlayHintParams(
    [property: JsonPropertyName("textDocument")] TextDocumentIdentifier TextDocument,
    [property: JsonPropertyName("range")] Range Range) : ITextDocumentParams;

public sealed record InlayHint
{
    [JsonPropertyName("position")] public required Position Position { get; init; }
    [JsonPropertyName("label")] public required string Label { get; init; }
    [JsonPropertyName("tooltip")] public string? Tooltip { get; init; }
    [JsonPropertyName("paddingLeft")] public bool? PaddingLeft { get; init; }
    [JsonPropertyName("paddingRight")] public bool? PaddingRight { get; init; }
}

public sealed class InlayHintOptions
{
    [JsonPropertyName("resolveProvider")] public bool ResolveProvider { get; set; }
}
