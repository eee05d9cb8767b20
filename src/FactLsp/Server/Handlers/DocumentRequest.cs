using FactLsp.Core.Text;
using FactLsp.Core.Workspace;
using FactLsp.Server.Conversions;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;
using FactLsp.Server.Workspace;

namespace FactLsp.Server.Handlers;

/// <summary>
/// The document a request is about, located in the request's snapshot: its workspace snapshot,
/// workspace-relative path and lines, and the conversions to and from the client's positions.
/// </summary>
internal sealed class DocumentRequest
{
    private DocumentRequest(RequestContext context, LocatedDocument located, WorkspaceFile file)
    {
        Context = context;
        Located = located;
        File = file;
    }

    public RequestContext Context { get; }

    public LocatedDocument Located { get; }

    public WorkspaceFile File { get; }

    public WorkspaceSet Workspaces => Context.State.Workspaces;

    public WorkspaceSnapshot Snapshot => Located.Snapshot;

    public string Path => Located.Path;

    public LineMap Lines => File.Lines;

    public PositionEncoding Encoding => Context.Client.PositionEncoding;

    public ClientCapabilities Client => Context.Client.Capabilities;

    /// <summary>Null when the document lies in no indexed workspace or is not a file FactLsp reads.</summary>
    public static DocumentRequest? Locate(RequestContext context, string uri) =>
        context.State.Workspaces.Locate(uri) is { } located && located.Snapshot.GetFile(located.Path) is { } file
            ? new DocumentRequest(context, located, file)
            : null;

    public int OffsetOf(Position position) => LspPositions.ToOffset(Lines, position, Encoding);

    public TextSpan SpanOf(Protocol.Range range) => LspPositions.ToSpan(Lines, range, Encoding);

    public Protocol.Range RangeOf(TextSpan span) => LspPositions.ToRange(Lines, span, Encoding);

    public Protocol.Location LocationOf(Core.Diagnostics.Location location) => LspPositions.ToLocation(Workspaces, Snapshot, location, Encoding);
}
