using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Import;

/// <summary>
/// The page a passage of an imported PDF lies on: the import writes <c>&lt;!-- page N --&gt;</c> at the
/// start of each page (an HTML comment, which the checker never reads as text), so the page of an
/// offset is that of the last marker before it.
/// </summary>
public static partial class SourcePages
{
    // Each text's markers (offset, page), found once while the text lives: a hover asks for the page of every quote
    // it shows, and scanning a 1 MB source for markers it mostly does not have was a quarter of a hover's time.
    private static readonly ConditionalWeakTable<string, (int Index, int Page)[]> Markers = new();

    // The same, kept with a workspace file: a source held as bytes decodes its text on demand and keeps it only
    // weakly, so a table keyed on that string would lose the markers at each collection and decode the file again.
    private static readonly ConditionalWeakTable<WorkspaceFile, (int Index, int Page)[]> FileMarkers = new();

    /// <summary>The page number at <paramref name="offset"/> of a source file's text, or null when the file has no page markers.</summary>
    public static int? PageAt(string fileText, int offset) => PageAt(Markers.GetValue(fileText, Find), offset);

    /// <summary>The page number at <paramref name="offset"/> of a source file, or null when it has no page markers.</summary>
    public static int? PageAt(WorkspaceFile file, int offset) =>
        PageAt(FileMarkers.GetValue(file, f => f.Text is { } text ? Find(text) : []), offset);

    private static int? PageAt((int Index, int Page)[] markers, int offset)
    {
        int? page = null;
        foreach (var marker in markers)
        {
            if (marker.Index > offset)
            {
                break;
            }
            page = marker.Page;
        }
        return page;
    }

    private static (int Index, int Page)[] Find(string fileText) =>
        Marker().Matches(fileText).Select(m => (m.Index, int.Parse(m.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture))).ToArray();

    [GeneratedRegex(@"^<!-- page (?<n>\d{1,6}) -->[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex Marker();
}
