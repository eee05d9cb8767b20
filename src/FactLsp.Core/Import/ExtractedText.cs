namespace FactLsp.Core.Import;

public enum BlockKind
{
    Heading,
    Paragraph,
    BlockQuote,

    /// <summary>A PDF's page boundary: the page that starts here.</summary>
    PageStart,

    /// <summary>Markdown written as it came (a local <c>.md</c> file is already a source's body).</summary>
    Markdown,
}

/// <summary>
/// One block of a source's text as a reader sees it: white space folded, lines kept where the page
/// breaks them (a transcript label must stay at a line start), markup already gone.
/// </summary>
public sealed record TextBlock(BlockKind Kind, string Text, int Level = 0)
{
    public static TextBlock Page(int number) => new(BlockKind.PageStart, string.Empty, number);
}

/// <summary>What a page or file says about itself. Every field may be missing.</summary>
public sealed record DocumentMetadata
{
    public string? Title { get; init; }
    public string? Publisher { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? Published { get; init; }

    /// <summary>Whether <see cref="Published"/> had a time of day (a date-time) or only a date.</summary>
    public bool PublishedHasTime { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? Language { get; init; }
}

/// <summary>A document's words and its description, before it becomes a source file.</summary>
public sealed record ExtractedText(IReadOnlyList<TextBlock> Blocks, DocumentMetadata Metadata)
{
    public bool IsEmpty => !Blocks.Any(b => b.Kind != BlockKind.PageStart && !string.IsNullOrWhiteSpace(b.Text));
}
