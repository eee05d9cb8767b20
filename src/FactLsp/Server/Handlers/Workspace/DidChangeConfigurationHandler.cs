using System.Text.Json;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;

namespace FactLsp.Server.Handlers.Workspace;

/// <summary>
/// `workspace/didChangeConfiguration`: takes the `factlsp` section from the notification when
/// the client pushes it, else asks for it with `workspace/configuration` (the pull model, which
/// LSP recommends and which sends `settings: null`). Every document may be affected.
/// </summary>
internal sealed class DidChangeConfigurationHandler(ServerServices services) : NotificationHandler<DidChangeConfigurationParams>
{
    public override string Method => LspMethods.DidChangeConfiguration;

    public override HandlerKind Kind => HandlerKind.Mutating;

    public override async Task HandleAsync(DidChangeConfigurationParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        JsonElement? settings = null;
        if (@params.Settings is { ValueKind: JsonValueKind.Object } pushed && pushed.TryGetProperty("factlsp", out var section))
        {
            settings = section.Clone();
        }
        else if (context.Client.Capabilities.Configuration)
        {
            settings = await context.Client.GetConfigurationAsync("factlsp", services.Options.ConfigurationTimeout, cancellationToken).ConfigureAwait(false);
        }

        var next = context.State.WithSettings(settings);
        context.Commit(next);
        context.MarkEverythingChanged();
        if (next.Settings.InlayHints != context.State.Settings.InlayHints)
        {
            _ = context.Client.RefreshInlayHintsAsync();
        }
    }
}
