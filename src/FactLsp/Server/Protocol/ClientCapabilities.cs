using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactLsp.Server.Protocol;

/// <summary>
/// The parts of the client's capabilities the server reads. Everything else the client sends is
/// kept in <see cref="Other"/> so a feature handler can look at it without a new type here.
/// </summary>
public sealed class ClientCapabilities
{
    [JsonPropertyName("workspace")] public WorkspaceClientCapabilities? Workspace { get; init; }
    [JsonPropertyName("textDocument")] public TextDocumentClientCapabilities? TextDocument { get; init; }
    [JsonPropertyName("window")] public WindowClientCapabilities? Window { get; init; }
    [JsonPropertyName("general")] public GeneralClientCapabilities? General { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Other { get; init; }
}

public sealed class GeneralClientCapabilities
{
    [JsonPropertyName("positionEncodings")] public IReadOnlyList<string>? PositionEncodings { get; init; }
}

public sealed class WindowClientCapabilities
{
    [JsonPropertyName("workDoneProgress")] public bool? WorkDoneProgress { get; init; }
}

public sealed class WorkspaceClientCapabilities
{
    [JsonPropertyName("configuration")] public bool? Configuration { get; init; }
    [JsonPropertyName("didChangeConfiguration")] public DynamicRegistrationCapability? DidChangeConfiguration { get; init; }
    [JsonPropertyName("didChangeWatchedFiles")] public DidChangeWatchedFilesClientCapabilities? DidChangeWatchedFiles { get; init; }
    [JsonPropertyName("workspaceFolders")] public bool? WorkspaceFolders { get; init; }
    [JsonPropertyName("diagnostics")] public RefreshCapability? Diagnostics { get; init; }
    [JsonPropertyName("inlayHint")] public RefreshCapability? InlayHint { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Other { get; init; }
}

public sealed class DidChangeWatchedFilesClientCapabilities
{
    [JsonPropertyName("dynamicRegistration")] public bool? DynamicRegistration { get; init; }
    [JsonPropertyName("relativePatternSupport")] public bool? RelativePatternSupport { get; init; }
}

public sealed class DynamicRegistrationCapability
{
    [JsonPropertyName("dynamicRegistration")] public bool? DynamicRegistration { get; init; }
}

public sealed class RefreshCapability
{
    [JsonPropertyName("refreshSupport")] public bool? RefreshSupport { get; init; }
}

public sealed class TextDocumentClientCapabilities
{
    [JsonPropertyName("synchronization")] public TextDocumentSyncClientCapabilities? Synchronization { get; init; }
    [JsonPropertyName("publishDiagnostics")] public PublishDiagnosticsClientCapabilities? PublishDiagnostics { get; init; }
    [JsonPropertyName("diagnostic")] public DynamicRegistrationCapability? Diagnostic { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Other { get; init; }
}

public sealed class TextDocumentSyncClientCapabilities
{
    [JsonPropertyName("didSave")] public bool? DidSave { get; init; }
}

public sealed class PublishDiagnosticsClientCapabilities
{
    [JsonPropertyName("versionSupport")] public bool? VersionSupport { get; init; }
    [JsonPropertyName("relatedInformation")] public bool? RelatedInformation { get; init; }
}
