using FactLsp.Core.Text;

namespace FactLsp.Core.Syntax;

/// <summary>The annotation kinds of spec section 2, spelled as in <see cref="PlainAnnotation.Kind"/>.</summary>
public static class AnnotationKinds
{
    public const string Quote = "quote";
    public const string Claim = "claim";
    public const string Term = "term";

    public static IReadOnlyList<string> All { get; } = [Quote, Claim, Term];
}

/// <summary>
/// One bracketed span <c>[CONTENT]{ATTRIBUTES}</c> of a file, annotation or not, as written: the
/// rule layer judges it (unknown keys, duplicates, two kinds) from <see cref="Attributes"/>.
/// </summary>
/// <param name="Span">The whole span, <c>[</c> to <c>}</c>.</param>
/// <param name="ContentSpan">Between the brackets.</param>
/// <param name="AttributesSpan">Between the braces.</param>
/// <param name="Attributes">The attribute items in written order (duplicates kept).</param>
/// <param name="Errors">Attribute syntax errors and an unclosed <c>{</c>.</param>
/// <param name="PlainContent">
/// The content as plain text mapped to file offsets: emphasis markers and link destinations removed,
/// link text kept, soft line breaks as "\n", nested <c>[sic]</c>, <c>[insertion]</c>, <c>[…]</c> kept
/// literally (the quote checker interprets them), code spans and inline HTML left out.
/// </param>
public sealed record AnnotationSyntax(
    TextSpan Span,
    TextSpan ContentSpan,
    TextSpan AttributesSpan,
    IReadOnlyList<AttributeSyntax> Attributes,
    IReadOnlyList<SyntaxError> Errors,
    MappedText PlainContent,
    bool IsUnclosed = false)
{
    /// <summary>
    /// "quote", "claim", "term", or null when the span is no FactLsp annotation. The first of
    /// <c>.quote</c>, <c>.claim</c>, <c>.term</c> decides (two of them is the rule layer's error);
    /// without one, a <c>by</c> or <c>src</c> makes it a quote.
    /// </summary>
    public string? Kind
    {
        get
        {
            foreach (var attribute in Attributes)
            {
                if (attribute.Kind == AttributeKind.Class && AnnotationKinds.All.Contains(attribute.Name))
                {
                    return attribute.Name;
                }
            }
            return Attributes.Any(a => a.Kind == AttributeKind.KeyValue && a.Name is "by" or "src") ? AnnotationKinds.Quote : null;
        }
    }

    public bool IsAnnotation => Kind is not null;

    public IEnumerable<AttributeSyntax> Classes => Attributes.Where(a => a.Kind == AttributeKind.Class);

    /// <summary>The <c>#id</c>, if any (the first one).</summary>
    public AttributeSyntax? Identifier => Attributes.FirstOrDefault(a => a.Kind == AttributeKind.Identifier);

    /// <summary>The first <c>key=value</c> item with this key (keys are case-sensitive), or null.</summary>
    /// <remarks>A plain loop: references and rename ask this of every annotation of the workspace (20,000 in a large one).</remarks>
    public AttributeSyntax? Get(string key)
    {
        var attributes = Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            if (attributes[i] is { Kind: AttributeKind.KeyValue } attribute && attribute.Name == key)
            {
                return attribute;
            }
        }
        return null;
    }

    /// <summary>The value of the first <c>key=value</c> item with this key, or null.</summary>
    public string? this[string key] => Get(key)?.Value;

    public bool HasClass(string name) => Attributes.Any(a => a.Kind == AttributeKind.Class && a.Name == name);

    public string? By => this["by"];

    public string? Src => this["src"];
}
