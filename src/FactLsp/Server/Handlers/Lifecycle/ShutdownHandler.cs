using System.Text.Json;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;

namespace FactLsp.Server.Handlers.Lifecycle;

/// <summary>
/// `shutdown`: answers null once every message before it has been handled (it is mutating, so
/// it waits its turn), after saving the on-disk caches with what was checked since they were last
/// written (within <see cref="CacheSavePatience"/>: a client waits for this answer before it exits).
/// The lifecycle already refuses requests that come after it.
/// </summary>
internal sealed class ShutdownHandler(ServerServices services) : RequestHandler<JsonElement?, object?>
{
    public override string Method => LspMethods.Shutdown;

    public override HandlerKind Kind => HandlerKind.Mutating;

    // Clients send no params, `null` (Emacs eglot) or `{}`: all are fine.
    protected override bool RequiresParams => false;

    public override async Task<object?> HandleAsync(JsonElement? @params, RequestContext context, CancellationToken cancellationToken)
    {
        services.StartShutdown();
        await services.DiagnosticsPublisher.DisposeAsync().ConfigureAwait(false);
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(CacheSavePatience);
        try
        {
            foreach (var (message, failed) in await services.Caches.SaveAsync(context.State.Workspaces, patience.Token, last: true).ConfigureAwait(false))
            {
                await services.Client.LogAsync(failed ? MessageType.Warning : MessageType.Info, message).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await services.Client.LogAsync(MessageType.Warning, "The cache was not saved at shutdown: it took too long.").ConfigureAwait(false);
        }
        return null;
    }

    /// <summary>How long `shutdown` may spend saving the caches.</summary>
    public static readonly TimeSpan CacheSavePatience = TimeSpan.FromSeconds(3);
}
