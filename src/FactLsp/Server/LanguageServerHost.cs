using FactLsp.Core.Workspace;
using FactLsp.Server.Client;
using FactLsp.Server.Diagnostics;
using FactLsp.Server.Handlers;
using FactLsp.Server.Lifecycle;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;
using FactLsp.Server.State;
using FactLsp.Server.Transport;
using StreamJsonRpc;

namespace FactLsp.Server;

/// <summary>Runs the language server over a pair of streams (stdio for `factlsp serve`).</summary>
public static class LanguageServerHost
{
    // An article's diagnostics are its own; a source's, a registry's or the configuration's reach other documents.
    /// <summary>Whether a change to <paramref name="uri"/> can change other documents' diagnostics (a source, a registry, factlsp.yaml).</summary>
    internal static bool AffectsOtherDocuments(ServerState state, string uri) =>
        state.Workspaces.Locate(uri) is { } located && located.Snapshot.GetFile(located.Path)?.Kind is not Core.Workspace.FileKind.Article;

    /// <summary>Serves until the client sends `exit` or the connection closes; returns the process exit code.</summary>
    public static Task<int> RunAsync(Stream input, Stream output, TextWriter log, CancellationToken cancellationToken) =>
        RunAsync(input, output, log, new LanguageServerOptions(), cancellationToken);

    /// <summary>
    /// Serves with the given options. Exit codes: 0 after `shutdown` + `exit`, 1 for `exit`
    /// without `shutdown`, a lost connection, or the client process dying before `shutdown`.
    /// </summary>
    public static async Task<int> RunAsync(Stream input, Stream output, TextWriter log, LanguageServerOptions options, CancellationToken cancellationToken)
    {
        // Sources' bytes are read again from disk when a source is prepared, not held: on a large archive they are most
        // of what the server would hold (85 MB of a 94 MB workspace). Prepared sources stay warm in PreparedSources, a
        // source open in the editor is its buffer, and a file changed on disk comes back through the file watcher.
        WorkspaceFile.ReadSourcesAgain = true;
        var client = new ClientSession(log);
        var lifecycle = new ServerLifecycle();
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await using var queue = new RequestQueue(ServerState.Initial, client);

        var publisher = new DiagnosticsPublisher(options.DiagnosticsProvider, client, options.DiagnosticsDelay);
        queue.Committed += (state, changes) =>
        {
            // A client that pulls diagnostics gets no pushed ones: it would show them twice.
            if (!client.Capabilities.PullDiagnostics)
            {
                publisher.Schedule(state, changes);
            }
            else if (changes.Everything || changes.Uris.Any(uri => AffectsOtherDocuments(state, uri)))
            {
                _ = client.RefreshDiagnosticsAsync();
            }
        };

        var services = new ServerServices(options, lifecycle, client, queue, publisher) { Stopping = stopping.Token };
        services.Handlers = HandlerCatalog.Create(services);

        using var rpc = JsonRpcFactory.Create(input, output, message => log.WriteLine(message));
        var dispatcher = new HandlerDispatcher(lifecycle, queue, client);
        foreach (var handler in services.Handlers)
        {
            var (target, method) = handler.CreateEndpoint(dispatcher);
            rpc.AddLocalRpcMethod(method, target, new JsonRpcMethodAttribute(handler.Method) { UseSingleObjectParameterDeserialization = true });
        }
        client.Attach(rpc);
        rpc.StartListening();

        var cancelled = Task.Delay(Timeout.Infinite, stopping.Token);
        var finished = await Task.WhenAny(lifecycle.Exited, rpc.Completion, cancelled).ConfigureAwait(false);

        int exitCode;
        if (finished == lifecycle.Exited)
        {
            exitCode = await lifecycle.Exited.ConfigureAwait(false);
        }
        else
        {
            // The client hung up (or the host is stopping) without `exit`.
            if (finished == rpc.Completion && rpc.Completion.Exception is { } error)
            {
                log.WriteLine($"[Error] The connection failed: {error.GetBaseException().Message}");
            }
            exitCode = lifecycle.ShutdownRequested ? 0 : 1;
            lifecycle.Stop(exitCode);
        }

        stopping.Cancel();
        await publisher.DisposeAsync().ConfigureAwait(false);
        log.WriteLine($"[Info] factlsp stopped (exit code {exitCode}).");
        return exitCode;
    }
}
