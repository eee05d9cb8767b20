using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;

namespace FactLsp.Server.Handlers.Workspace;

/// <summary>
/// `workspace/didChangeWatchedFiles`: files changed on disk (sources, people.yaml, …). The
/// workspace snapshot re-reads them; open documents keep the editor's text.
/// </summary>
internal sealed class DidChangeWatchedFilesHandler : NotificationHandler<DidChangeWatchedFilesParams>
{
    public override string Method => LspMethods.DidChangeWatchedFiles;

    public override HandlerKind Kind => HandlerKind.Mutating;

    public override Task HandleAsync(DidChangeWatchedFilesParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        var workspaces = context.State.Workspaces;
        foreach (var change in @params.Changes)
        {
            // Created and changed both mean "read it again".
            workspaces = change.Type == FileChangeType.Deleted ? workspaces.WithDiskDeletion(change.Uri) : workspaces.WithDiskChange(change.Uri);
            context.MarkChanged(change.Uri);
        }
        context.Commit(context.State.WithWorkspaces(workspaces));
        return Task.CompletedTask;
    }
}
