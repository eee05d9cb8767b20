using System.Text.Json.Serialization;

namespace FactLsp.Server.Protocol;

public sealed record CompletionParams(
    [property: JsonPropertyName("textDocument")] TextDocumentIdentifier TextDocument,
    [property: JsonPropertyName("position")] Position Position,
    [property: JsonPropertyName("context")] CompletionContext? Context = null) : ITextDocumentParams;

public sealed record CompletionContext(
    [property: JsonPropertyName("triggerKind")] int TriggerKind,
    [property: JsonPropertyName("triggerCharacter")] string? TriggerCharacter = null);

/// <summary>The kinds FactLsp's items use, numbered as LSP's CompletionItemKind.</summary>
public enum CompletionItemKind
{
    Variable = 6,
    Class = 7,
    Property = 10,
    File = 17,
    EnumMember = 20,
}

public sealed record CompletionItem
{
    [JsonPropertyName("label")] public required string Label { get; init; }
    [JsonPropertyName("kind")] public CompletionItemKind? Kind { get; init; }
    [JsonPropertyName("detail")] public string? Detail { get; init; }
    [JsonPropertyName("documentation")] public MarkupContent? Documentation { get; init; }
    [JsonPropertyName("sortText")] public string? SortText { get; init; }
    [JsonPropertyName("filterText")] public string? FilterText { get; init; }
    [JsonPropertyName("preselect")] public bool? Preselect { get; init; }
    [JsonPropertyName("textEdit")] public TextEdit? TextEdit { get; init; }
}

public sealed record CompletionList(
    [property: JsonPropertyName("isIncomplete")] bool IsIncomplete,
    [property: JsonPropertyName("items")] IReadOnlyList<CompletionItem> Items);

public sealed class CompletionOptions
{
    [JsonPropertyName("triggerCharacters")] public IReadOnlyList<string>? TriggerCharacters { get; set; }
    [JsonPropertyName("resolveProvider")] public bool ResolveProvider { get; set; }
}
