using FactLsp.Server.Protocol;

namespace FactLsp.Server.Handlers.TextSync;

internal static class TextSyncCapability
{
    /// <summary>The one textDocumentSync object the sync handlers each fill in their part of.</summary>
    public static TextDocumentSyncOptions Of(ServerCapabilities capabilities) =>
        capabilities.TextDocumentSync ??= new TextDocumentSyncOptions();
}
