using FactLsp.Server.Conversions;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;
using FactLsp.Server.Workspace;

namespace FactLsp.Server.Handlers.Workspace;

/// <summary>
/// `workspace/didChangeWorkspaceFolders`: a folder added to the editor is indexed like the first
/// ones; a folder removed takes its workspaces, and their diagnostics, with it.
/// </summary>
internal sealed class DidChangeWorkspaceFoldersHandler : NotificationHandler<DidChangeWorkspaceFoldersParams>
{
    public override string Method => LspMethods.DidChangeWorkspaceFolders;

    public override HandlerKind Kind => HandlerKind.Mutating;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client)
    {
        var workspace = capabilities.Workspace ??= new WorkspaceServerCapabilities();
        workspace.WorkspaceFolders = new WorkspaceFoldersServerCapabilities { Supported = true, ChangeNotifications = true };
    }

    public override Task HandleAsync(DidChangeWorkspaceFoldersParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var workspaces = state.Workspaces;
        foreach (var folder in @params.Event.Removed)
        {
            if (DocumentUris.ToLocalPath(folder.Uri) is { } path)
            {
                workspaces = workspaces.WithoutFolder(path, out var removed);
                foreach (var file in removed.SelectMany(e => e.Snapshot.Files.Select(f => workspaces.UriOf(e.Snapshot, f.Path))))
                {
                    context.MarkChanged(file);
                }
            }
        }
        var roots = WorkspaceIndexer.FindRoots(@params.Event.Added.Select(f => f.Uri)).Where(r => !workspaces.HasRoot(r)).ToList();
        var added = WorkspaceIndexer.Load(roots, state.Settings.Overrides, Client.WorkDoneProgress.None, message => _ = context.Client.LogAsync(MessageType.Info, message), cancellationToken);
        foreach (var entry in added.Entries)
        {
            var snapshot = entry.Snapshot;
            workspaces = workspaces.With(snapshot);
            foreach (var file in snapshot.Files)
            {
                context.MarkChanged(workspaces.UriOf(snapshot, file.Path));
            }
        }
        var folders = state.WorkspaceFolders
            .Except(@params.Event.Removed.Select(f => f.Uri), StringComparer.Ordinal)
            .Concat(@params.Event.Added.Select(f => f.Uri))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        // Files the editor already has open keep the editor's text.
        context.Commit((state with { WorkspaceFolders = folders }).WithWorkspaces(workspaces));
        return Task.CompletedTask;
    }
}
