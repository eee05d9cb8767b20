using System.Text.Json.Serialization;

namespace FactLsp.Server.Protocol;

/// <summary>Text for a hover or a completion's documentation: Markdown, or plain text for clients that take nothing else.</summary>
public sealed record MarkupContent(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("value")] string Value)
{
    public const string Markdown = "markdown";
    public const string PlainText = "plaintext";

    /// <summary>
    /// Markdown as the client takes it: itself for a client that declared Markdown first, else
    /// rendered to plain text (a client that reads plain text would show the asterisks).
    /// </summary>
    public static MarkupContent From(string markdown, IReadOnlyList<string> declared) =>
        ClientCapabilities.PreferredMarkup(declared) == Markdown
            ? new MarkupContent(Markdown, markdown)
            : new MarkupContent(PlainText, Markdig.Markdown.ToPlainText(markdown).TrimEnd());
}

/// <summary>A command a code lens shows: its title, and an id the client may run.</summary>
public sealed record Command(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("command")] string CommandId,
    [property: JsonPropertyName("arguments")] IReadOnlyList<object>? Arguments = null);
