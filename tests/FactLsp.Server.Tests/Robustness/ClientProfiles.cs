using System.Text.Json.Nodes;

namespace FactLsp.Server.Tests.Robustness;

/// <summary>
/// The `capabilities` real clients send in `initialize`, cut to the parts an LSP server for
/// Markdown can act on (the rest changes nothing here): VS Code 1.95 (vscode-languageclient 9),
/// Neovim 0.7 and 0.10 (vim.lsp.protocol.make_client_capabilities, no plugins), Emacs 29's eglot
/// 1.15, and a bare client that declares nothing.
/// </summary>
public static class ClientProfiles
{
    public static readonly string[] Names = ["vscode", "neovim-0.7", "neovim-0.10", "eglot", "bare"];

    public static JsonObject Of(string name) => (JsonObject)JsonNode.Parse(name switch
    {
        "vscode" => """
            {
              "general": { "positionEncodings": ["utf-16"], "markdown": { "parser": "marked", "version": "1.1.0" } },
              "window": { "workDoneProgress": true, "showDocument": { "support": true } },
              "workspace": {
                "applyEdit": true, "configuration": true, "workspaceFolders": true,
                "workspaceEdit": { "documentChanges": true, "resourceOperations": ["create", "rename", "delete"], "failureHandling": "textOnlyTransactional" },
                "didChangeConfiguration": { "dynamicRegistration": true },
                "didChangeWatchedFiles": { "dynamicRegistration": true, "relativePatternSupport": true },
                "diagnostics": { "refreshSupport": true }, "inlayHint": { "refreshSupport": true }, "semanticTokens": { "refreshSupport": true }
              },
              "textDocument": {
                "synchronization": { "dynamicRegistration": true, "willSave": true, "willSaveWaitUntil": true, "didSave": true },
                "publishDiagnostics": { "relatedInformation": true, "versionSupport": false, "tagSupport": { "valueSet": [1, 2] }, "codeDescriptionSupport": true, "dataSupport": true },
                "diagnostic": { "dynamicRegistration": true, "relatedDocumentSupport": false },
                "hover": { "dynamicRegistration": true, "contentFormat": ["markdown", "plaintext"] },
                "completion": { "completionItem": { "snippetSupport": true, "commitCharactersSupport": true, "documentationFormat": ["markdown", "plaintext"], "deprecatedSupport": true, "preselectSupport": true, "insertReplaceSupport": true, "labelDetailsSupport": true }, "contextSupport": true },
                "codeAction": { "codeActionLiteralSupport": { "codeActionKind": { "valueSet": ["", "quickfix", "refactor", "source"] } }, "isPreferredSupport": true, "disabledSupport": true, "dataSupport": true },
                "documentLink": { "dynamicRegistration": true, "tooltipSupport": true },
                "documentSymbol": { "hierarchicalDocumentSymbolSupport": true, "labelSupport": true },
                "rename": { "prepareSupport": true },
                "inlayHint": { "dynamicRegistration": true }, "codeLens": { "dynamicRegistration": true },
                "semanticTokens": { "requests": { "full": { "delta": true } }, "formats": ["relative"] }
              }
            }
            """,
        "neovim-0.7" => """
            {
              "window": { "workDoneProgress": true, "showMessage": { "messageActionItem": { "additionalPropertiesSupport": false } } },
              "workspace": { "applyEdit": true, "configuration": true, "workspaceFolders": true, "workspaceEdit": { "resourceOperations": ["rename", "create", "delete"] } },
              "textDocument": {
                "synchronization": { "didSave": true, "dynamicRegistration": false, "willSave": false, "willSaveWaitUntil": false },
                "publishDiagnostics": { "relatedInformation": true, "tagSupport": { "valueSet": [1, 2] } },
                "hover": { "contentFormat": ["markdown", "plaintext"], "dynamicRegistration": false },
                "completion": { "completionItem": { "snippetSupport": false, "documentationFormat": ["markdown", "plaintext"], "preselectSupport": false, "deprecatedSupport": false }, "contextSupport": false },
                "codeAction": { "codeActionLiteralSupport": { "codeActionKind": { "valueSet": ["", "quickfix", "refactor", "source"] } }, "isPreferredSupport": true, "dataSupport": true },
                "documentSymbol": { "hierarchicalDocumentSymbolSupport": true, "dynamicRegistration": false },
                "rename": { "prepareSupport": true, "dynamicRegistration": false }
              }
            }
            """,
        "neovim-0.10" => """
            {
              "general": { "positionEncodings": ["utf-8", "utf-16", "utf-32"] },
              "window": { "workDoneProgress": true, "showDocument": { "support": true } },
              "workspace": {
                "applyEdit": true, "configuration": true, "workspaceFolders": true,
                "workspaceEdit": { "resourceOperations": ["rename", "create", "delete"] },
                "didChangeWatchedFiles": { "dynamicRegistration": false, "relativePatternSupport": true },
                "inlayHint": { "refreshSupport": true }, "semanticTokens": { "refreshSupport": true }
              },
              "textDocument": {
                "synchronization": { "didSave": true, "dynamicRegistration": false, "willSave": true, "willSaveWaitUntil": true },
                "publishDiagnostics": { "relatedInformation": true, "tagSupport": { "valueSet": [1, 2] }, "dataSupport": true },
                "hover": { "contentFormat": ["markdown", "plaintext"], "dynamicRegistration": true },
                "completion": { "completionItem": { "snippetSupport": false, "documentationFormat": ["markdown", "plaintext"], "preselectSupport": false, "deprecatedSupport": false }, "contextSupport": false },
                "codeAction": { "codeActionLiteralSupport": { "codeActionKind": { "valueSet": ["", "quickfix", "refactor", "source"] } }, "isPreferredSupport": true, "dataSupport": true },
                "documentSymbol": { "hierarchicalDocumentSymbolSupport": true, "dynamicRegistration": false },
                "rename": { "prepareSupport": true, "dynamicRegistration": true },
                "inlayHint": { "dynamicRegistration": true },
                "semanticTokens": { "requests": { "full": { "delta": true }, "range": false }, "formats": ["relative"] }
              }
            }
            """,
        "eglot" => """
            {
              "window": { "showDocument": { "support": true }, "workDoneProgress": true },
              "general": { "positionEncodings": ["utf-32", "utf-8", "utf-16"] },
              "workspace": { "applyEdit": true, "executeCommand": { "dynamicRegistration": false }, "workspaceEdit": { "documentChanges": true }, "didChangeWatchedFiles": { "dynamicRegistration": true }, "symbol": { "dynamicRegistration": false }, "configuration": true, "workspaceFolders": true },
              "textDocument": {
                "synchronization": { "dynamicRegistration": false, "willSave": true, "willSaveWaitUntil": true, "didSave": true },
                "completion": { "dynamicRegistration": false, "completionItem": { "snippetSupport": false, "deprecatedSupport": true, "resolveSupport": { "properties": ["documentation", "details", "additionalTextEdits"] }, "tagSupport": { "valueSet": [1] } }, "contextSupport": true },
                "hover": { "dynamicRegistration": false, "contentFormat": ["markdown", "plaintext"] },
                "references": { "dynamicRegistration": false },
                "documentSymbol": { "dynamicRegistration": false, "hierarchicalDocumentSymbolSupport": true, "symbolKind": { "valueSet": [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26] } },
                "codeAction": { "dynamicRegistration": false, "resolveSupport": { "properties": ["edit", "command"] }, "dataSupport": true, "codeActionLiteralSupport": { "codeActionKind": { "valueSet": ["quickfix", "refactor", "refactor.extract", "refactor.inline", "refactor.rewrite", "source", "source.organizeImports"] } }, "isPreferredSupport": true },
                "rename": { "dynamicRegistration": false },
                "inlayHint": { "dynamicRegistration": false },
                "publishDiagnostics": { "relatedInformation": false, "codeDescriptionSupport": false, "tagSupport": { "valueSet": [1, 2] } }
              },
              "experimental": {}
            }
            """,
        _ => "{}",
    })!;
}
