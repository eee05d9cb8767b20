using FactLsp.Core.Text;

namespace FactLsp.Core.Yaml;

/// <summary>
/// Cuts YAML text into its top-level entries without parsing it: an entry starts at a line whose first
/// character, at column 0, starts a key, and runs to the next such line. What comes before the first
/// entry (comments, blank lines, <c>---</c>) is a piece of its own.
/// </summary>
/// <remarks>
/// Indented lines, comments, blank lines, sequence items, document markers and directives never start an
/// entry, so an entry keeps its nested lines, and a line indented with a tab stays with the entry it breaks.
/// </remarks>
public static class TopLevelEntries
{
    /// <summary>The pieces of <paramref name="yaml"/>, in order, covering it exactly.</summary>
    public static List<TextSpan> Split(string yaml)
    {
        var pieces = new List<TextSpan>();
        var start = 0;
        for (var line = 0; line < yaml.Length;)
        {
            var newline = yaml.IndexOf('\n', line);
            var next = newline < 0 ? yaml.Length : newline + 1;
            if (line > start && StartsKey(yaml, line, next))
            {
                pieces.Add(TextSpan.FromBounds(start, line));
                start = line;
            }
            line = next;
        }
        if (yaml.Length > start || pieces.Count == 0)
        {
            pieces.Add(TextSpan.FromBounds(start, yaml.Length));
        }
        return pieces;
    }

    private static bool StartsKey(string yaml, int line, int next)
    {
        var c = yaml[line];
        if (char.IsWhiteSpace(c) || c is '#' or '%')
        {
            return false;
        }
        var text = yaml.AsSpan(line, next - line).TrimEnd();
        if (text is "---" or "..." || text.StartsWith("--- ") || text.StartsWith("... "))
        {
            return false;
        }
        // "- item" is a sequence entry, "-id:" a key.
        return !(c == '-' && (text.Length == 1 || char.IsWhiteSpace(text[1])));
    }
}
