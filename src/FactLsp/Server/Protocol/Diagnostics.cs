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

/// <summary>
/// A document's report (`textDocument/diagnostic`): "full" with its items, or "unchanged" (no
/// items) when the client's previousResultId is still right. One record for both kinds, so the
/// wire shape never depends on the runtime type.
/// </summary>
public sealed record DocumentDiagnosticReport(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("resultId")] string? ResultId,
    [property: JsonPropertyName("items")] IReadOnlyList<Diagnostic>? Items)
{
    public static DocumentDiagnosticReport Full(IReadOnlyList<Diagnostic> items, string? resultId = null) => new(DocumentDiagnosticReportKind.Full, resultId, items);

    public static DocumentDiagnosticReport Unchanged(string resultId) => new(DocumentDiagnosticReportKind.Unchanged, resultId, null);
}

public static class DocumentDiagnosticReportKind
{
    public const string Full = "full";
    public const string Unchanged = "unchanged";
}

public sealed record PreviousResultId(
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("value")] string Value);

public sealed record WorkspaceDiagnosticParams(
    [property: JsonPropertyName("previousResultIds")] IReadOnlyList<PreviousResultId>? PreviousResultIds = null,
    [property: JsonPropertyName("identifier")] string? Identifier = null,
    [property: JsonPropertyName("partialResultToken")] JsonElement? PartialResultToken = null);

/// <summary>One document of a workspace report, "full" or "unchanged" (see <see cref="DocumentDiagnosticReport"/>).</summary>
public sealed record WorkspaceDocumentDiagnosticReport(
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("version"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Version,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("resultId")] string? ResultId,
    [property: JsonPropertyName("items")] IReadOnlyList<Diagnostic>? Items);

/// <summary>The answer to `workspace/diagnostic`, and the value of each of its partial results.</summary>
public sealed record WorkspaceDiagnosticReport(
    [property: JsonPropertyName("items")] IReadOnlyList<WorkspaceDocumentDiagnosticReport> Items);

/// <summary>`$/progress` carrying a partial result: the token the client gave in the request.</summary>
public sealed record PartialResultParams(
    [property: JsonPropertyName("token")] JsonElement Token,
    [property: JsonPropertyName("value")] WorkspaceDiagnosticReport Value);
