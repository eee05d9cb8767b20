using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactLsp.Server.Protocol;

public sealed record ConfigurationParams(
    [property: JsonPropertyName("items")] IReadOnlyList<ConfigurationItem> Items);

public sealed record ConfigurationItem(
    [property: JsonPropertyName("section")] string? Section = null,
    [property: JsonPropertyName("scopeUri")] string? ScopeUri = null);

public sealed record DidChangeConfigurationParams(
    [property: JsonPropertyName("settings")] JsonElement? Settings = null);

public sealed record DidChangeWatchedFilesParams(
    [property: JsonPropertyName("changes")] IReadOnlyList<FileEvent> Changes);

public enum FileChangeType
{
    Created = 1,
    Changed = 2,
    Deleted = 3,
}

public sealed record FileEvent(
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("type")] FileChangeType Type);

public sealed record RegistrationParams(
    [property: JsonPropertyName("registrations")] IReadOnlyList<Registration> Registrations);

public sealed record Registration(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("registerOptions")] object? RegisterOptions = null);

public sealed record DidChangeWatchedFilesRegistrationOptions(
    [property: JsonPropertyName("watchers")] IReadOnlyList<FileSystemWatcher> Watchers);

public sealed record FileSystemWatcher(
    [property: JsonPropertyName("globPattern")] string GlobPattern,
    [property: JsonPropertyName("kind")] int? Kind = null);

public sealed record DidChangeWorkspaceFoldersParams(
    [property: JsonPropertyName("event")] WorkspaceFoldersChangeEvent Event);

public sealed record WorkspaceFoldersChangeEvent(
    [property: JsonPropertyName("added")] IReadOnlyList<WorkspaceFolder> Added,
    [property: JsonPropertyName("removed")] IReadOnlyList<WorkspaceFolder> Removed);
