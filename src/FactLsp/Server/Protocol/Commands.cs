using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactLsp.Server.Protocol;

public sealed class ExecuteCommandOptions
{
    [JsonPropertyName("commands")] public required IReadOnlyList<string> Commands { get; init; }
}

public sealed record ExecuteCommandParams(
    [property: JsonPropertyName("command")] string Command,
    [property: JsonPropertyName("arguments")] IReadOnlyList<JsonElement>? Arguments = null);

public sealed record ApplyWorkspaceEditParams(
    [property: JsonPropertyName("label")] string? Label,
    [property: JsonPropertyName("edit")] WorkspaceEdit Edit);

public sealed record ApplyWorkspaceEditResult(
    [property: JsonPropertyName("applied")] bool Applied,
    [property: JsonPropertyName("failureReason")] string? FailureReason = null);

/// <summary>The arguments of <c>factlsp.importSource</c>: the article and the id of its <c>sources:</c> entry with a <c>url:</c>.</summary>
public sealed record ImportSourceArguments(
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("sourceId")] string SourceId);

/// <summary>The arguments of <c>factlsp.addSource</c>: a URL or a local file, and optionally the id, the kind, and a document or folder of the workspace.</summary>
public sealed record AddSourceArguments(
    [property: JsonPropertyName("input")] string Input,
    [property: JsonPropertyName("id")] string? Id = null,
    [property: JsonPropertyName("kind")] string? Kind = null,
    [property: JsonPropertyName("uri")] string? Uri = null);

/// <summary>What an import command answers: the id to cite, the new file, and whether the editor applied the edit.</summary>
public sealed record ImportedSourceResult(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("applied")] bool Applied);
