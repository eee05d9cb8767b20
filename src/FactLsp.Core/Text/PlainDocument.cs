namespace FactLsp.Core.Text;

/// <summary>
/// A document as the checker reads it: plain text with the Markdown markup removed, mapped back
/// to the file, split into paragraphs, with the FactLsp annotations found in it. Sources and
/// articles alike become one of these; quote matching and speaker inference work on it only.
/// </summary>
/// <param name="Text">The plain text. Paragraphs are separated by "\n\n", soft line breaks kept as "\n".</param>
/// <param name="Paragraphs">Paragraph spans in <paramref name="Text"/> coordinates, in order, not overlapping.</param>
/// <param name="Annotations">Annotations whose content lies in the text, in <paramref name="Text"/> coordinates.</param>
public sealed record PlainDocument(MappedText Text, IReadOnlyList<TextSpan> Paragraphs, IReadOnlyList<PlainAnnotation> Annotations)
{
    public static PlainDocument Empty { get; } = new(MappedText.Empty, [], []);
}

/// <summary>An annotation's content in a plain document: where it lies and whom it names.</summary>
/// <param name="Content">The content's span in the plain text.</param>
/// <param name="Kind">"quote", "claim" or "term".</param>
/// <param name="By">The <c>by</c> speaker id, if any.</param>
/// <param name="Src">The <c>src</c> source id, if any.</param>
public sealed record PlainAnnotation(TextSpan Content, string Kind, string? By, string? Src);
