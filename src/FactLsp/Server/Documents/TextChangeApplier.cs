using System.Text;
using FactLsp.Core.Text;
using FactLsp.Server.Conversions;
using FactLsp.Server.Protocol;

namespace FactLsp.Server.Documents;

/// <summary>
/// Applies `didChange` content changes in order, each to the text the previous one produced
/// (LSP says the changes of one notification are sequential). Out-of-range positions are clamped
/// by <see cref="LineMap.GetOffset"/>: a column past the end of its line means the line's end, a
/// line past the end means the end of the text.
/// </summary>
public static class TextChangeApplier
{
    public static string Apply(string text, IEnumerable<TextDocumentContentChangeEvent> changes, PositionEncoding encoding)
    {
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text;
                continue;
            }

            var map = new LineMap(text);
            var span = map.GetSpan(
                new LineRange(LspPositions.ToLinePosition(change.Range.Start), LspPositions.ToLinePosition(change.Range.End)),
                encoding);
            text = new StringBuilder(text.Length - span.Length + change.Text.Length)
                .Append(text, 0, span.Start)
                .Append(change.Text)
                .Append(text, span.End, text.Length - span.End)
                .ToString();
        }
        return text;
    }
}
