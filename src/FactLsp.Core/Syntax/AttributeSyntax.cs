using FactLsp.Core.Text;

namespace FactLsp.Core.Syntax;

/// <summary>The three item forms of Pandoc's attribute syntax.</summary>
public enum AttributeKind
{
    /// <summary><c>.name</c></summary>
    Class,

    /// <summary><c>#name</c></summary>
    Identifier,

    /// <summary><c>key=value</c>, <c>key="value"</c> or <c>key='value'</c></summary>
    KeyValue,
}

/// <summary>
/// One item of an attribute block, with exact file spans so that a diagnostic can point at the
/// key or the value at fault rather than at the whole annotation.
/// </summary>
/// <param name="Kind">Which form the item has.</param>
/// <param name="Name">The key of a <c>key=value</c>; the class name (without '.') or the id (without '#') otherwise.</param>
/// <param name="Value">The value (unquoted, escapes resolved) of a <c>key=value</c>; equal to <paramref name="Name"/> for a class or an id.</param>
/// <param name="Span">The whole item, marker and quotes included.</param>
/// <param name="NameSpan">The key, or the class name / id without its marker.</param>
/// <param name="ValueSpan">The value without its quotes; for a class or an id, the same as <paramref name="NameSpan"/>.</param>
/// <param name="IsQuoted">True when the value was written in quotes.</param>
public sealed record AttributeSyntax(
    AttributeKind Kind,
    string Name,
    string Value,
    TextSpan Span,
    TextSpan NameSpan,
    TextSpan ValueSpan,
    bool IsQuoted = false)
{
    public override string ToString() => Kind switch
    {
        AttributeKind.Class => "." + Name,
        AttributeKind.Identifier => "#" + Name,
        _ => $"{Name}={Value}",
    };
}
