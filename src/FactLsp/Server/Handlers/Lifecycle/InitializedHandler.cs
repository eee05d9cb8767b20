using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;
using FactLsp.Server.Workspace;

namespace FactLsp.Server.Handlers.Lifecycle;

/// <summary>
/// `initialized`: the first moment the server may send requests. It registers the file
/// watchers (when the client allows dynamic registration), reads the `factlsp` settings and
/// reads the workspaces' configuration and people registries; the open documents are checked
/// with the sources they cite while the whole workspaces are read and checked in the background,
/// with progress shown to the client.
/// </summary>
internal sealed class InitializedHandler(ServerServices services) : NotificationHandler<InitializedParams>
{
    /// <summary>What the workspace model depends on outside open documents.</summary>
    public static readonly IReadOnlyList<string> WatchedGlobs = ["**/*.md", "**/*.txt", "**/sources/**", "**/people.yaml", "**/factlsp.yaml"];

    public override string Method => LspMethods.Initialized;

    public override HandlerKind Kind => HandlerKind.Mutating;

    protected override bool RequiresParams => false;

    public override async Task HandleAsync(InitializedParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        var client = services.Client;
        if (client.Capabilities.WatchedFilesRegistration)
        {
            // Not awaited: the client answers whenever it likes, and nothing waits for it.
            var registration = new Registration(
                "factlsp-watched-files",
                LspMethods.DidChangeWatchedFiles,
                new DidChangeWatchedFilesRegistrationOptions(WatchedGlobs.Select(g => new Protocol.FileSystemWatcher(g)).ToArray()));
            _ = client.RegisterCapabilityAsync(registration, services.Stopping);
        }

        var state = context.State;
        var settings = await client.GetConfigurationAsync("factlsp", services.Options.ConfigurationTimeout, cancellationToken).ConfigureAwait(false);
        if (settings is not null)
        {
            state = state.WithSettings(settings);
        }

        var roots = WorkspaceIndexer.FindRoots(state.WorkspaceFolders);
        var progress = roots.Count == 0
            ? Client.WorkDoneProgress.None
            : await client.BeginProgressAsync("FactLsp", "Reading the workspace", cancellationToken).ConfigureAwait(false);
        if (BackgroundIndexing.IsLarge(roots, services.Options.PartialStartBytes))
        {
            // Only the configuration and people now; each opened document brings its sources, and the
            // whole workspace is read, handed over and checked in the background (BackgroundIndexing).
            context.Commit(state.WithWorkspaces(BackgroundIndexing.LoadPartial(state.Workspaces, roots, state.Settings, cancellationToken)));
            context.MarkEverythingChanged();
            _ = BackgroundIndexing.RunAsync(roots, services, state.Settings, progress);
        }
        else
        {
            var read = BackgroundIndexing.ReadWhole(roots, state.Settings, progress, client, cancellationToken);
            var workspaces = read.Aggregate(state.Workspaces, (set, r) => set.With(r.Snapshot));
            context.Commit(state.WithWorkspaces(workspaces));
            context.MarkEverythingChanged();
            _ = BackgroundIndexing.CheckAndSaveAsync(workspaces, read.Select(r => r.Cache), services, progress);
        }

        await client.LogAsync(MessageType.Info, $"factlsp is ready ({client.Description.Info?.Name ?? "unknown client"}, positions in {client.PositionEncoding}).").ConfigureAwait(false);
    }
}
