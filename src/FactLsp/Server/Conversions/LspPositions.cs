using FactLsp.Core.Diagnostics;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;
using FactLsp.Server.Protocol;
using FactLsp.Server.Workspace;

namespace FactLsp.Server.Conversions;

/// <summary>
/// The one place Core spans (offsets into a file's text) become LSP ranges and back, in the
/// position encoding the client negotiated (UTF-16 code units unless it chose UTF-8). This folder,
/// Conversions, holds every conversion between the Core's types and LSP's (rust-analyzer's
/// <c>to_proto</c>/<c>from_proto</c>): positions here, diagnostics, symbol kinds, semantic tokens, file URIs.
/// </summary>
public static class LspPositions
{
    public static Position ToPosition(LineMap lines, int offset, PositionEncoding encoding)
    {
        var position = lines.GetPosition(offset, encoding);
        return new Position(position.Line, position.Character);
    }

    public static Protocol.Range ToRange(LineMap lines, TextSpan span, PositionEncoding encoding)
    {
        var range = lines.GetRange(span, encoding);
        return new Protocol.Range(new Position(range.Start.Line, range.Start.Character), new Position(range.End.Line, range.End.Character));
    }

    /// <summary>The range of <paramref name="span"/> in a workspace file; an empty range at the top when the file is unknown.</summary>
    /// <remarks>
    /// The file's own line map answers (<see cref="WorkspaceFile.Lines"/>): for a source held as bytes it is made from the
    /// bytes and kept, so UTF-16 columns never decode the source; UTF-8 columns decode it on demand.
    /// </remarks>
    public static Protocol.Range ToRange(WorkspaceSnapshot snapshot, string path, TextSpan span, PositionEncoding encoding) =>
        snapshot.GetFile(path) is { } file
            ? ToRange(file.Lines, span, encoding)
            : new Protocol.Range(new Position(0, 0), new Position(0, 0));

    public static Protocol.Location ToLocation(WorkspaceSet workspaces, WorkspaceSnapshot snapshot, Core.Diagnostics.Location location, PositionEncoding encoding) =>
        new(workspaces.UriOf(snapshot, location.Path), ToRange(snapshot, location.Path, location.Span, encoding));

    public static LinePosition ToLinePosition(Position position) => new(position.Line, position.Character);

    /// <summary>The span between two LSP positions (clamped like <see cref="ToOffset"/>).</summary>
    public static TextSpan ToSpan(LineMap lines, Protocol.Range range, PositionEncoding encoding) =>
        TextSpan.FromBounds(ToOffset(lines, range.Start, encoding), ToOffset(lines, range.End, encoding));

    /// <summary>The offset of an LSP position; positions past the end of a line or of the file are clamped, as the spec asks.</summary>
    public static int ToOffset(LineMap lines, Position position, PositionEncoding encoding) =>
        lines.GetOffset(new LinePosition(Math.Max(0, position.Line), Math.Max(0, position.Character)), encoding);

    /// <summary>Core edits (workspace-relative paths) as one LSP WorkspaceEdit, grouped by document.</summary>
    public static WorkspaceEdit ToWorkspaceEdit(WorkspaceSet workspaces, WorkspaceSnapshot snapshot, IEnumerable<SuggestedEdit> edits, PositionEncoding encoding)
    {
        var changes = edits
            .GroupBy(e => e.Path, StringComparer.Ordinal)
            .ToDictionary(
                g => workspaces.UriOf(snapshot, g.Key),
                g => (IReadOnlyList<TextEdit>)g.Select(e => new TextEdit(ToRange(snapshot, e.Path, e.Span, encoding), e.NewText)).ToList());
        return new WorkspaceEdit(changes);
    }
}
