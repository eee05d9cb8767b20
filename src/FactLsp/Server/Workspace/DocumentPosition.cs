using FactLsp.Core.Text;
using FactLsp.Server.Protocol;
using FactLsp.Server.State;

namespace FactLsp.Server.Workspace;

/// <summary>
/// A position of a request resolved against the Core: the workspace snapshot holding the document,
/// its workspace-relative path and the offset. Feature handlers start here.
/// </summary>
public sealed record DocumentPosition(LocatedDocument Document, int Offset)
{
    public Core.Workspace.WorkspaceSnapshot Snapshot => Document.Snapshot;

    public string Path => Document.Path;

    /// <summary>Null when the document lies in no indexed workspace folder or is not a file FactLsp reads.</summary>
    public static DocumentPosition? Resolve(ServerState state, string uri, Position position, PositionEncoding encoding)
    {
        if (state.Workspaces.Locate(uri) is not { } located || located.Snapshot.GetFile(located.Path) is not { } file)
        {
            return null;
        }
        return new DocumentPosition(located, LspPositions.ToOffset(file.Lines, position, encoding));
    }
}
