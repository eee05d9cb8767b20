using System.Text.Json;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;

namespace FactLsp.Server.Handlers.Lifecycle;

/// <summary>
/// `shutdown`: answers null once every message before it has been handled (it is mutating, so
/// it waits its turn). The lifecycle already refuses requests that come after it.
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
        return null;
    }
}
