using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;

namespace FactLsp.Server.Handlers.Lifecycle;

/// <summary>`$/setTrace`: how much `$/logTrace` the client wants from now on.</summary>
internal sealed class SetTraceHandler : NotificationHandler<SetTraceParams>
{
    public override string Method => LspMethods.SetTrace;

    public override HandlerKind Kind => HandlerKind.Immediate;

    public override Task HandleAsync(SetTraceParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        context.Client.Trace = @params.Value;
        return Task.CompletedTask;
    }
}
