using System.Text.Json.Serialization;

namespace FactLsp.Server.Protocol;

/// <summary>Text for a hover or a completion's documentation: Markdown, or plain text for clients that take nothing else.</summary>
public sealed record MarkupContent(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("value")] string Value)
{
    public const string Markdown = "markdown";
    public const string PlainText = "plaintext";
}

/// <summary>A command a code lens shows: its title, and an id the client may run.</summary>
public sealed record Command(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("command")] string CommandId,
    [property: JsonPropertyName("arguments")] IReadOnlyList<object>? Arguments = null);
