using System.Text.Json;

namespace FactLsp.Server.Protocol;

/// <summary>
/// What the client declared in `initialize`, read once into the answers the server needs (and only
/// those: a capability nothing reads is not kept): the one place that knows where LSP keeps each
/// capability, part of the <see cref="Client.ClientDescription"/>. Reading is tolerant: a capability of the
/// wrong JSON type (a client bug) counts as not declared rather than failing `initialize`. What a
/// client does not declare, it does not get: LSP's defaults are the narrow ones.
/// </summary>
public sealed class ClientCapabilities
{
    /// <summary>A client that declared nothing.</summary>
    public static ClientCapabilities None { get; } = new();

    // general

    public IReadOnlyList<string> PositionEncodings { get; private init; } = [];

    // window

    /// <summary>`window.workDoneProgress`: the server may create progress tokens.</summary>
    public bool WorkDoneProgress { get; private init; }

    // workspace

    /// <summary>`workspace.configuration`: the client answers `workspace/configuration`.</summary>
    public bool Configuration { get; private init; }

    /// <summary>`workspace.didChangeWatchedFiles.dynamicRegistration`.</summary>
    public bool WatchedFilesRegistration { get; private init; }

    /// <summary>`workspace.diagnostics.refreshSupport`.</summary>
    public bool DiagnosticRefresh { get; private init; }

    /// <summary>`workspace.inlayHint.refreshSupport`.</summary>
    public bool InlayHintRefresh { get; private init; }

    /// <summary>`workspace.workspaceEdit.documentChanges` with a `create` resource operation: an edit may create a file.</summary>
    public bool CreateFiles { get; private init; }

    // textDocument

    /// <summary>`textDocument.diagnostic` is declared: the client pulls diagnostics (and so gets none pushed).</summary>
    public bool PullDiagnostics { get; private init; }

    /// <summary>`textDocument.publishDiagnostics.relatedInformation`; without it the related places are told in the message.</summary>
    public bool RelatedInformation { get; private init; }

    /// <summary>`textDocument.publishDiagnostics.tagSupport.valueSet` holds Unnecessary (1).</summary>
    public bool UnnecessaryTag { get; private init; }

    /// <summary>`textDocument.hover.contentFormat`, in the client's order of preference (empty: not declared).</summary>
    public IReadOnlyList<string> HoverFormats { get; private init; } = [];

    /// <summary>`textDocument.completion.completionItem.documentationFormat` (empty: not declared).</summary>
    public IReadOnlyList<string> CompletionDocumentationFormats { get; private init; } = [];

    /// <summary>`textDocument.completion.completionItem.preselectSupport`.</summary>
    public bool CompletionPreselect { get; private init; }

    /// <summary>`textDocument.codeAction.codeActionLiteralSupport`: code actions may be answered as CodeAction literals.</summary>
    public bool CodeActionLiterals { get; private init; }

    /// <summary>`textDocument.codeAction.isPreferredSupport`.</summary>
    public bool CodeActionIsPreferred { get; private init; }

    /// <summary>`textDocument.documentLink.tooltipSupport`.</summary>
    public bool DocumentLinkTooltip { get; private init; }

    /// <summary>`textDocument.documentSymbol.hierarchicalDocumentSymbolSupport`; without it symbols are a flat list.</summary>
    public bool HierarchicalDocumentSymbols { get; private init; }

    /// <summary>`textDocument.rename.prepareSupport`: the client sends `textDocument/prepareRename`.</summary>
    public bool PrepareRename { get; private init; }

    /// <summary>The client's capabilities from `initialize`'s `capabilities` (absent or not an object: none).</summary>
    public static ClientCapabilities Read(JsonElement? capabilities)
    {
        if (capabilities is not { ValueKind: JsonValueKind.Object } root)
        {
            return None;
        }
        return new ClientCapabilities
        {
            PositionEncodings = Strings(root, "general", "positionEncodings"),
            WorkDoneProgress = Flag(root, "window", "workDoneProgress"),
            Configuration = Flag(root, "workspace", "configuration"),
            WatchedFilesRegistration = Flag(root, "workspace", "didChangeWatchedFiles", "dynamicRegistration"),
            DiagnosticRefresh = Flag(root, "workspace", "diagnostics", "refreshSupport"),
            InlayHintRefresh = Flag(root, "workspace", "inlayHint", "refreshSupport"),
            CreateFiles = Flag(root, "workspace", "workspaceEdit", "documentChanges")
                && Strings(root, "workspace", "workspaceEdit", "resourceOperations").Contains("create"),
            PullDiagnostics = Find(root, "textDocument", "diagnostic") is { ValueKind: JsonValueKind.Object },
            RelatedInformation = Flag(root, "textDocument", "publishDiagnostics", "relatedInformation"),
            UnnecessaryTag = Find(root, "textDocument", "publishDiagnostics", "tagSupport", "valueSet") is { ValueKind: JsonValueKind.Array } tags
                && tags.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.Number && t.TryGetInt32(out var tag) && tag == 1),
            HoverFormats = Strings(root, "textDocument", "hover", "contentFormat"),
            CompletionDocumentationFormats = Strings(root, "textDocument", "completion", "completionItem", "documentationFormat"),
            CompletionPreselect = Flag(root, "textDocument", "completion", "completionItem", "preselectSupport"),
            CodeActionLiterals = Find(root, "textDocument", "codeAction", "codeActionLiteralSupport") is { ValueKind: JsonValueKind.Object },
            CodeActionIsPreferred = Flag(root, "textDocument", "codeAction", "isPreferredSupport"),
            DocumentLinkTooltip = Flag(root, "textDocument", "documentLink", "tooltipSupport"),
            HierarchicalDocumentSymbols = Flag(root, "textDocument", "documentSymbol", "hierarchicalDocumentSymbolSupport"),
            PrepareRename = Flag(root, "textDocument", "rename", "prepareSupport"),
        };
    }

    /// <summary>
    /// The markup kind to answer with, given the kinds the client declared in order of preference:
    /// the first the server can write, else plain text (LSP's only kind every client reads).
    /// </summary>
    public static string PreferredMarkup(IReadOnlyList<string> declared) =>
        declared.FirstOrDefault(kind => kind is MarkupContent.Markdown or MarkupContent.PlainText) ?? MarkupContent.PlainText;

    private static JsonElement? Find(JsonElement root, params string[] path)
    {
        var current = root;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }
        return current;
    }

    private static bool Flag(JsonElement root, params string[] path) => Find(root, path) is { ValueKind: JsonValueKind.True };

    private static IReadOnlyList<string> Strings(JsonElement root, params string[] path) =>
        Find(root, path) is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];
}
