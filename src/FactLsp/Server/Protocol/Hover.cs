using System.Text.Json.Serialization;

namespace FactLsp.Server.Protocol;

public sealed record Hover(
    [property: JsonPropertyName("contents")] MarkupContent Contents,
    [property: JsonPropertyName("range")] Range? Range = null);
