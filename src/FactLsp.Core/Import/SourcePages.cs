using System.Text.RegularExpressions;

namespace FactLsp.Core.Import;

/// <summary>
/// The page a passage of an imported PDF lies on: the import writes <c>&lt;!-- page N --&gt;</c> at the
/// start of each page (an HTML comment, which the checker never reads as text), so the page of an
/// offset is that of the last marker before it.
/// </summary>
public static partial class SourcePages
{
    /// <summary>The page number at <paramref name="offset"/> of a source file's text, or null when the file has no page markers.</summary>
    public static int? PageAt(string fileText, int offset)
    {
        int? page = null;
        foreach (Match marker in Marker().Matches(fileText))
        {
            if (marker.Index > offset)
            {
                break;
            }
            page = int.Parse(marker.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        }
        return page;
    }

    [GeneratedRegex(@"^<!-- page (?<n>\d{1,6}) -->[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex Marker();
}
