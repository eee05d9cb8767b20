using FactLsp.Core.Text;
using Markdig.Syntax.Inlines;

namespace FactLsp.Core.Syntax;

/// <summary>
/// A Pandoc bracketed span <c>[CONTENT]{ATTRIBUTES}</c> in Markdig's inline tree. Its children are
/// the content's inlines (emphasis, links, literals, line breaks), exactly as a link keeps its text.
/// </summary>
/// <remarks>
/// Markdig's <see cref="Inline.Span"/> is inclusive at both ends; the spans kept here are
/// <see cref="TextSpan"/>s (half-open) in file offsets, which is what the rest of FactLsp uses.
/// </remarks>
public sealed class BracketedSpanInline : ContainerInline
{
    /// <summary>The whole span, from <c>[</c> to <c>}</c> (to the end of the attributes when unclosed).</summary>
    public TextSpan FullSpan { get; init; }

    /// <summary>Between the brackets.</summary>
    public TextSpan ContentSpan { get; init; }

    /// <summary>Between the braces (or from <c>{</c> to where an unclosed block was cut off).</summary>
    public TextSpan AttributesSpan { get; init; }

    public IReadOnlyList<AttributeSyntax> Attributes { get; init; } = [];

    /// <summary>Attribute syntax errors, and the unclosed <c>{</c> when <see cref="IsUnclosed"/>.</summary>
    public IReadOnlyList<SyntaxError> Errors { get; init; } = [];

    /// <summary>True when <c>]{</c> had no <c>}</c> before the end of the paragraph.</summary>
    public bool IsUnclosed { get; init; }
}
