using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactLsp.Server.Protocol;

public enum DiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}

public sealed record Diagnostic
{
    [JsonPropertyName("range")] public required Range Range { get; init; }
    [JsonPropertyName("severity")] public DiagnosticSeverity? Severity { get; init; }
    [JsonPropertyName("code")] public string? Code { get; init; }
    [JsonPropertyName("codeDescription")] public CodeDescription? CodeDescription { get; init; }
    [JsonPropertyName("source")] public string? Source { get; init; }
    [JsonPropertyName("message")] public required string Message { get; init; }
    [JsonPropertyName("tags")] public IReadOnlyList<int>? Tags { get; init; }
    [JsonPropertyName("relatedInformation")] public IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation { get; init; }
    [JsonPropertyName("data")] public JsonElement? Data { get; init; }
}

public sealed record CodeDescription([property: JsonPropertyName("href")] string Href);

public sealed record DiagnosticRelatedInformation(
    [property: JsonPropertyName("location")] Location Location,
    [property: JsonPropertyName("message")] string Message);

public sealed record PublishDiagnosticsParams(
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("diagnostics")] IReadOnlyList<Diagnostic> Diagnostics,
    [property: JsonPropertyName("version")] int? Version = null);

public sealed record DocumentDiagnosticParams(
    [property: JsonPropertyName("textDocument")] TextDocumentIdentifier TextDocument,
    [property: JsonPropertyName("identifier")] string? Identifier = null,
    [property: JsonPropertyName("previousResultId")] string? PreviousResultId = null);

/// <summary>A full report; the server does not compute "unchanged" reports (yet), which LSP allows.</summary>
public sealed record FullDocumentDiagnosticReport(
    [property: JsonPropertyName("items")] IReadOnlyList<Diagnostic> Items,
    [property: JsonPropertyName("resultId")] string? ResultId = null)
{
    [JsonPropertyName("kind")] public string Kind => "full";
}

public sealed record PreviousResultId(
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("value")] string Value);

public sealed record WorkspaceDiagnosticParams(
    [property: JsonPropertyName("previousResultIds")] IReadOnlyList<PreviousResultId>? PreviousResultIds = null,
    [property: JsonPropertyName("identifier")] string? Identifier = null);

public sealed record WorkspaceFullDocumentDiagnosticReport(
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("items")] IReadOnlyList<Diagnostic> Items,
    [property: JsonPropertyName("version"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Version,
    [property: JsonPropertyName("resultId")] string? ResultId = null)
{
    [JsonPropertyName("kind")] public string Kind => "full";
}

public sealed record WorkspaceDiagnosticReport(
    [property: JsonPropertyName("items")] IReadOnlyList<WorkspaceFullDocumentDiagnosticReport> Items);
