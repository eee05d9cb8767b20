using System.Text.Json.Serialization;

namespace FactLsp.Server.Protocol;

public enum MessageType
{
    Error = 1,
    Warning = 2,
    Info = 3,
    Log = 4,
    Debug = 5,
}

public sealed record LogMessageParams(
    [property: JsonPropertyName("type")] MessageType Type,
    [property: JsonPropertyName("message")] string Message);

public sealed record WorkDoneProgressCreateParams(
    [property: JsonPropertyName("token")] string Token);

/// <summary>`$/progress`: the value is serialized by its runtime type (a <see cref="WorkDoneProgressValue"/> here).</summary>
public sealed record ProgressParams(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("value")] object Value);

/// <summary>The three `$/progress` payloads of work-done progress, told apart by <see cref="Kind"/>.</summary>
public sealed class WorkDoneProgressValue
{
    [JsonPropertyName("kind")] public required string Kind { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("cancellable")] public bool? Cancellable { get; init; }
    [JsonPropertyName("message")] public string? Message { get; init; }
    [JsonPropertyName("percentage")] public int? Percentage { get; init; }
}
