using FactLsp.Server.Client;
using FactLsp.Server.Diagnostics;
using FactLsp.Server.Lifecycle;
using FactLsp.Server.Queue;

namespace FactLsp.Server.Handlers;

/// <summary>The server-wide objects handlers may need, given to them when they are built.</summary>
public sealed class ServerServices
{
    internal ServerServices(LanguageServerOptions options, ServerLifecycle lifecycle, ClientSession client, RequestQueue queue, DiagnosticsPublisher publisher)
    {
        Options = options;
        Lifecycle = lifecycle;
        Client = client;
        Queue = queue;
        DiagnosticsPublisher = publisher;
        OpenChecks = new FactLsp.Server.Workspace.OpenArticleChecks(options.OpenArticlePatience);
    }

    public LanguageServerOptions Options { get; }

    public ServerLifecycle Lifecycle { get; }

    public ClientSession Client { get; }

    public RequestQueue Queue { get; }

    public DiagnosticsPublisher DiagnosticsPublisher { get; }

    /// <summary>The checks of opened articles started at once (see <see cref="FactLsp.Server.Workspace.OpenArticleChecks"/>).</summary>
    public FactLsp.Server.Workspace.OpenArticleChecks OpenChecks { get; }

    /// <summary>The workspaces' on-disk caches, saved after the first indexing and at `shutdown`.</summary>
    public FactLsp.Server.Workspace.CacheSaver Caches { get; } = new();

    /// <summary>All registered handlers (set once the catalog is built), for `initialize` to collect capabilities.</summary>
    public IReadOnlyList<ILspHandler> Handlers { get; internal set; } = [];

    /// <summary>Stops everything when the server stops.</summary>
    public CancellationToken Stopping { get; internal set; }

    private readonly CancellationTokenSource _shutdownStarted = new();

    /// <summary>Cancelled by `shutdown`: requests held open (a waiting `workspace/diagnostic`) end then.</summary>
    public CancellationToken ShutdownStarted => _shutdownStarted.Token;

    internal void StartShutdown() => _shutdownStarted.Cancel();
}
