using System.Text.Json.Serialization;

namespace FactLsp.Server.Protocol;

/// <summary>
/// What the server advertises in `initialize`. It starts empty: every handler adds its own
/// capability (see <c>ILspHandler.ContributeCapabilities</c>), so the server never claims a
/// feature it does not serve. Capabilities without a typed property go in <see cref="Additional"/>.
/// </summary>
public sealed class ServerCapabilities
{
    [JsonPropertyName("positionEncoding")] public string? PositionEncoding { get; set; }
    [JsonPropertyName("textDocumentSync")] public TextDocumentSyncOptions? TextDocumentSync { get; set; }
    [JsonPropertyName("diagnosticProvider")] public DiagnosticOptions? DiagnosticProvider { get; set; }
    [JsonPropertyName("workspace")] public WorkspaceServerCapabilities? Workspace { get; set; }
    [JsonPropertyName("definitionProvider")] public bool? DefinitionProvider { get; set; }
    [JsonPropertyName("referencesProvider")] public bool? ReferencesProvider { get; set; }
    [JsonPropertyName("renameProvider")] public RenameOptions? RenameProvider { get; set; }
    [JsonPropertyName("documentLinkProvider")] public DocumentLinkOptions? DocumentLinkProvider { get; set; }
    [JsonPropertyName("documentSymbolProvider")] public DocumentSymbolOptions? DocumentSymbolProvider { get; set; }
    [JsonPropertyName("workspaceSymbolProvider")] public bool? WorkspaceSymbolProvider { get; set; }
    [JsonPropertyName("hoverProvider")] public bool? HoverProvider { get; set; }
    [JsonPropertyName("completionProvider")] public CompletionOptions? CompletionProvider { get; set; }
    [JsonPropertyName("codeActionProvider")] public CodeActionOptions? CodeActionProvider { get; set; }
    [JsonPropertyName("codeLensProvider")] public CodeLensOptions? CodeLensProvider { get; set; }
    [JsonPropertyName("inlayHintProvider")] public InlayHintOptions? InlayHintProvider { get; set; }
    [JsonPropertyName("semanticTokensProvider")] public SemanticTokensOptions? SemanticTokensProvider { get; set; }
    [JsonPropertyName("executeCommandProvider")] public ExecuteCommandOptions? ExecuteCommandProvider { get; set; }
    [JsonExtensionData] public Dictionary<string, object> Additional { get; } = new();
}

public enum TextDocumentSyncKind
{
    None = 0,
    Full = 1,
    Incremental = 2,
}

public sealed class TextDocumentSyncOptions
{
    [JsonPropertyName("openClose")] public bool? OpenClose { get; set; }
    [JsonPropertyName("change")] public TextDocumentSyncKind? Change { get; set; }
    [JsonPropertyName("save")] public SaveOptions? Save { get; set; }
}

public sealed class SaveOptions
{
    [JsonPropertyName("includeText")] public bool? IncludeText { get; set; }
}

public sealed class DiagnosticOptions
{
    [JsonPropertyName("identifier")] public string? Identifier { get; set; }
    [JsonPropertyName("interFileDependencies")] public bool InterFileDependencies { get; set; }
    [JsonPropertyName("workspaceDiagnostics")] public bool WorkspaceDiagnostics { get; set; }
}

public sealed class WorkspaceServerCapabilities
{
    [JsonPropertyName("workspaceFolders")] public WorkspaceFoldersServerCapabilities? WorkspaceFolders { get; set; }
}

public sealed class WorkspaceFoldersServerCapabilities
{
    [JsonPropertyName("supported")] public bool? Supported { get; set; }
    [JsonPropertyName("changeNotifications")] public bool? ChangeNotifications { get; set; }
}
