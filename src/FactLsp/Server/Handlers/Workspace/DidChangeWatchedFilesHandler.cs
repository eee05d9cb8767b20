using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;

namespace FactLsp.Server.Handlers.Workspace;

/// <summary>
/// `workspace/didChangeWatchedFiles`: files changed on disk (sources, people.yaml, …). The
/// server state has no disk model yet; the Core's workspace snapshot will be refreshed here.
/// </summary>
internal sealed class DidChangeWatchedFilesHandler : NotificationHandler<DidChangeWatchedFilesParams>
{
    public override string Method => LspMethods.DidChangeWatchedFiles;

    public override HandlerKind Kind => HandlerKind.Mutating;

    public override Task HandleAsync(DidChangeWatchedFilesParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        foreach (var change in @params.Changes)
        {
            context.MarkChanged(change.Uri);
        }
        context.Commit(context.State);
        return Task.CompletedTask;
    }
}
