using System.Text.Json;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;

namespace FactLsp.Server.Handlers.Lifecycle;

/// <summary>`exit`: stops the server at once, with 0 after `shutdown` and 1 without.</summary>
internal sealed class ExitHandler(ServerServices services) : NotificationHandler<JsonElement?>
{
    public override string Method => LspMethods.Exit;

    public override HandlerKind Kind => HandlerKind.Immediate;

    protected override bool RequiresParams => false;

    public override Task HandleAsync(JsonElement? @params, RequestContext context, CancellationToken cancellationToken)
    {
        services.Lifecycle.Exit();
        return Task.CompletedTask;
    }
}
