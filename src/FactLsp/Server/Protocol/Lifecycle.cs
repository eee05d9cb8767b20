using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactLsp.Server.Protocol;

public sealed class InitializeParams
{
    [JsonPropertyName("processId")] public int? ProcessId { get; init; }
    [JsonPropertyName("clientInfo")] public ClientInfo? ClientInfo { get; init; }
    [JsonPropertyName("locale")] public string? Locale { get; init; }
    [JsonPropertyName("rootPath")] public string? RootPath { get; init; }
    [JsonPropertyName("rootUri")] public string? RootUri { get; init; }
    [JsonPropertyName("initializationOptions")] public JsonElement? InitializationOptions { get; init; }
    /// <summary>Kept as JSON: <see cref="ClientCapabilities.Read"/> reads it, tolerating what it does not understand.</summary>
    [JsonPropertyName("capabilities")] public JsonElement? Capabilities { get; init; }
    [JsonPropertyName("trace")] public string? Trace { get; init; }
    [JsonPropertyName("workspaceFolders")] public IReadOnlyList<WorkspaceFolder>? WorkspaceFolders { get; init; }
}

public sealed record ClientInfo(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("version")] string? Version = null);

public sealed record ServerInfo(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("version")] string? Version = null);

public sealed record WorkspaceFolder(
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("name")] string Name);

public sealed class InitializeResult
{
    [JsonPropertyName("capabilities")] public required ServerCapabilities Capabilities { get; init; }
    [JsonPropertyName("serverInfo")] public ServerInfo? ServerInfo { get; init; }
}

/// <summary>`initialized` carries an empty object; accepting any object keeps odd clients working.</summary>
public sealed class InitializedParams
{
}

public sealed record SetTraceParams([property: JsonPropertyName("value")] string Value);

public sealed record LogTraceParams(
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("verbose")] string? Verbose = null);

/// <summary>The `trace` values of LSP.</summary>
public static class TraceValue
{
    public const string Off = "off";
    public const string Messages = "messages";
    public const string Verbose = "verbose";
}
