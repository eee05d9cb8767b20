using System.Text.Json.Serialization;

namespace FactLsp.Server.Protocol;

public sealed record CodeActionParams(
    [property: JsonPropertyName("textDocument")] TextDocumentIdentifier TextDocument,
    [property: JsonPropertyName("range")] Range Range,
    [property: JsonPropertyName("context")] CodeActionContext? Context = null) : ITextDocumentParams;

public sealed record CodeActionContext(
    [property: JsonPropertyName("diagnostics")] IReadOnlyList<Diagnostic>? Diagnostics = null,
    [property: JsonPropertyName("only")] IReadOnlyList<string>? Only = null);

public static class CodeActionKinds
{
    public const string QuickFix = "quickfix";
}

public sealed record CodeAction
{
    [JsonPropertyName("title")] public required string Title { get; init; }
    [JsonPropertyName("kind")] public string? Kind { get; init; }
    [JsonPropertyName("diagnostics")] public IReadOnlyList<Diagnostic>? Diagnostics { get; init; }
    [JsonPropertyName("isPreferred")] public bool? IsPreferred { get; init; }
    [JsonPropertyName("edit")] public WorkspaceEdit? Edit { get; init; }

    /// <summary>Run after the edit, or alone: an import, which needs the network, runs when chosen, not when listed.</summary>
    [JsonPropertyName("command")] public Command? Command { get; init; }
}

public sealed class CodeActionOptions
{
    [JsonPropertyName("codeActionKinds")] public IReadOnlyList<string>? CodeActionKinds { get; set; }
    [JsonPropertyName("resolveProvider")] public bool ResolveProvider { get; set; }
}

/// <summary>A resource operation of a WorkspaceEdit's documentChanges: create a file (people.yaml).</summary>
public sealed record CreateFile(
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("options")] CreateFileOptions? Options = null)
{
    [JsonPropertyName("kind")] public string Kind => "create";
}

public sealed record CreateFileOptions(
    [property: JsonPropertyName("overwrite")] bool? Overwrite = null,
    [property: JsonPropertyName("ignoreIfExists")] bool? IgnoreIfExists = null);

/// <summary>Edits to one document inside documentChanges; a null version means "whatever the client has".</summary>
public sealed record TextDocumentEdit(
    [property: JsonPropertyName("textDocument")] OptionalVersionedTextDocumentIdentifier TextDocument,
    [property: JsonPropertyName("edits")] IReadOnlyList<TextEdit> Edits);

public sealed record OptionalVersionedTextDocumentIdentifier(
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("version"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Version = null);
