using FactLsp.Server.Lifecycle;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;

namespace FactLsp.Server.Handlers.Lifecycle;

/// <summary>
/// `initialize`: negotiates with the client and answers the capabilities that the registered
/// handlers contribute. Mutating, so every message after it waits until it is done.
/// </summary>
internal sealed class InitializeHandler(ServerServices services) : RequestHandler<InitializeParams, InitializeResult>
{
    public override string Method => LspMethods.Initialize;

    public override HandlerKind Kind => HandlerKind.Mutating;

    public override Task<InitializeResult> HandleAsync(InitializeParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        var client = services.Client.Negotiate(@params);

        var capabilities = new ServerCapabilities { PositionEncoding = client.PositionEncodingKind };
        foreach (var handler in services.Handlers)
        {
            handler.ContributeCapabilities(capabilities, client.Capabilities);
        }

        var folders = @params.WorkspaceFolders?.Select(f => f.Uri).ToArray()
            ?? (@params.RootUri is { } root ? [root] : []);
        var state = context.State with { WorkspaceFolders = folders };
        // Settings given at start (a client without workspace/configuration), until the client's configuration says otherwise.
        context.Commit(@params.InitializationOptions is { ValueKind: System.Text.Json.JsonValueKind.Object } options ? state.WithSettings(options) : state);

        if (@params.ProcessId is { } processId)
        {
            ParentProcessWatcher.Start(processId, services.Options.ParentProcessPollInterval, () =>
            {
                _ = services.Client.LogAsync(MessageType.Warning, $"The client process {processId} is gone; exiting.");
                services.Lifecycle.Stop(services.Lifecycle.ShutdownRequested ? 0 : 1);
            }, services.Stopping);
        }

        return Task.FromResult(new InitializeResult
        {
            Capabilities = capabilities,
            ServerInfo = new ServerInfo(services.Options.ServerName, services.Options.ServerVersion),
        });
    }
}
