using FactLsp.Core.Text;

namespace FactLsp.Core.Navigation;

/// <summary>The span of an id as written, without the quotes YAML or an attribute may put around it.</summary>
internal static class IdSpans
{
    /// <summary>
    /// A YAML key or value span covers its quotes (<c>"redur-khalil":</c>); a rename replaces what
    /// is inside them, so the quoting the writer chose stays.
    /// </summary>
    public static TextSpan Unquoted(string? text, TextSpan span)
    {
        if (text is null || span.Length < 2 || span.End > text.Length)
        {
            return span;
        }
        var first = text[span.Start];
        return first is '"' or '\'' && text[span.End - 1] == first ? new TextSpan(span.Start + 1, span.Length - 2) : span;
    }
}
