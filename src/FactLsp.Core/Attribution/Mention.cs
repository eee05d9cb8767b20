using FactLsp.Core.Text;

namespace FactLsp.Core.Attribution;

/// <summary>How a text named a person. The order is the order of preference when one word could name two people.</summary>
public enum MentionKind
{
    /// <summary>The full name (or, with no name, the humanized id).</summary>
    Name,

    /// <summary>One of the person's aliases.</summary>
    Alias,

    /// <summary>The last word of the name ("Putin" for "Vladimir Putin").</summary>
    LastWord,
}

/// <summary>A place where a text names a registered person.</summary>
/// <param name="Span">The words as they stand in the text (for "Erdogan’s", just "Erdogan").</param>
public readonly record struct Mention(TextSpan Span, string PersonId, MentionKind Kind);
