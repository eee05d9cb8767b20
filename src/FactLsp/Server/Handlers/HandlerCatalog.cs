using FactLsp.Server.Handlers.Assistance;
using FactLsp.Server.Handlers.Diagnostics;
using FactLsp.Server.Handlers.Lifecycle;
using FactLsp.Server.Handlers.Navigation;
using FactLsp.Server.Handlers.TextSync;
using FactLsp.Server.Handlers.Workspace;

namespace FactLsp.Server.Handlers;

/// <summary>
/// The one place handlers are listed. A feature handler (hover, definition, …) is one class
/// deriving from RequestHandler/NotificationHandler, added here; it declares its method, its
/// kind, and the capability it contributes.
/// </summary>
public static class HandlerCatalog
{
    public static IReadOnlyList<ILspHandler> Create(ServerServices services)
    {
        var handlers = new List<ILspHandler>
        {
            new InitializeHandler(services),
            new InitializedHandler(services),
            new ShutdownHandler(services),
            new ExitHandler(services),
            new SetTraceHandler(),
            new DidOpenHandler(services),
            new DidChangeHandler(),
            new DidCloseHandler(),
            new DidSaveHandler(),
            new DidChangeWatchedFilesHandler(),
            new DidChangeConfigurationHandler(services),
            new DidChangeWorkspaceFoldersHandler(),
            new DefinitionHandler(),
            new ReferencesHandler(),
            new PrepareRenameHandler(),
            new RenameHandler(),
            new DocumentLinkHandler(),
            new DocumentSymbolHandler(),
            new WorkspaceSymbolHandler(),
            new HoverHandler(),
            new CompletionHandler(),
            new CodeActionHandler(),
            new CodeLensHandler(),
            new InlayHintHandler(),
            new SemanticTokensHandler(),
            new Custom.DocumentStatsHandler(),
            new Import.ExecuteCommandHandler(),
            new DocumentDiagnosticHandler(services.Options.DiagnosticsProvider),
            new WorkspaceDiagnosticHandler(services.Options.DiagnosticsProvider, services),
        };

        handlers.AddRange(services.Options.AdditionalHandlers);

        var duplicate = handlers.GroupBy(h => h.Method).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two handlers for '{duplicate.Key}'.");
        }
        return handlers;
    }
}
