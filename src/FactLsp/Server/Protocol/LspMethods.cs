namespace FactLsp.Server.Protocol;

/// <summary>The method names the server serves or sends.</summary>
public static class LspMethods
{
    public const string Initialize = "initialize";
    public const string Initialized = "initialized";
    public const string Shutdown = "shutdown";
    public const string Exit = "exit";
    public const string SetTrace = "$/setTrace";
    public const string LogTrace = "$/logTrace";
    public const string Progress = "$/progress";
    public const string CancelRequest = "$/cancelRequest";

    public const string DidOpen = "textDocument/didOpen";
    public const string DidChange = "textDocument/didChange";
    public const string DidClose = "textDocument/didClose";
    public const string DidSave = "textDocument/didSave";
    public const string PublishDiagnostics = "textDocument/publishDiagnostics";
    public const string DocumentDiagnostic = "textDocument/diagnostic";
    public const string Definition = "textDocument/definition";
    public const string References = "textDocument/references";
    public const string PrepareRename = "textDocument/prepareRename";
    public const string Rename = "textDocument/rename";
    public const string DocumentLink = "textDocument/documentLink";
    public const string DocumentSymbol = "textDocument/documentSymbol";
    public const string Hover = "textDocument/hover";
    public const string Completion = "textDocument/completion";
    public const string CodeAction = "textDocument/codeAction";
    public const string CodeLens = "textDocument/codeLens";
    public const string InlayHint = "textDocument/inlayHint";
    public const string SemanticTokensFull = "textDocument/semanticTokens/full";

    public const string WorkspaceDiagnostic = "workspace/diagnostic";
    public const string DiagnosticRefresh = "workspace/diagnostic/refresh";
    public const string InlayHintRefresh = "workspace/inlayHint/refresh";
    public const string WorkspaceSymbol = "workspace/symbol";
    public const string DidChangeWatchedFiles = "workspace/didChangeWatchedFiles";
    public const string DidChangeConfiguration = "workspace/didChangeConfiguration";
    public const string DidChangeWorkspaceFolders = "workspace/didChangeWorkspaceFolders";
    public const string Configuration = "workspace/configuration";
    public const string ExecuteCommand = "workspace/executeCommand";
    public const string ApplyEdit = "workspace/applyEdit";

    public const string LogMessage = "window/logMessage";
    public const string WorkDoneProgressCreate = "window/workDoneProgress/create";
    public const string RegisterCapability = "client/registerCapability";
}
