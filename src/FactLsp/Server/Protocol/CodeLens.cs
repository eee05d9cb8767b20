using System.Text.Json.Serialization;

namespace FactLsp.Server.Protocol;

public sealed record CodeLensParams(
    [property: JsonPropertyName("textDocument")] TextDocumentIdentifier TextDocument) : ITextDocumentParams;

public sealed record CodeLens(
    [property: JsonPropertyName("range")] Range Range,
    [property: JsonPropertyName("command")] Command? Command = null);

public sealed class CodeLensOptions
{
    [JsonPropertyName("resolveProvider")] public bool ResolveProvider { get; set; }
}
