using FactLsp.Core.Assistance;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;
using FactLsp.Server.Conversions;
using FactLsp.Server.Protocol;
using FactLsp.Server.Workspace;

namespace FactLsp.Server.Handlers.Assistance;

/// <summary>
/// `textDocument/codeAction`: quick fixes as WorkspaceEdits, needing no command on the client.
/// The diagnostics are recomputed from the request's snapshot (the client's copies may be stale
/// or stripped); each action names the client's own diagnostic when one matches by range and code,
/// so the editor ties the fix to the squiggle it shows.
/// </summary>
internal sealed class CodeActionHandler : DocumentRequestHandler<CodeActionParams, IReadOnlyList<CodeAction>>
{
    public override string Method => LspMethods.CodeAction;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.CodeActionProvider = new CodeActionOptions { CodeActionKinds = [CodeActionKinds.QuickFix] };

    protected override IReadOnlyList<CodeAction> Handle(CodeActionParams @params, DocumentRequest document, CancellationToken cancellationToken)
    {
        var client = document.Client;
        // A client without literal support takes only Commands; every fix here is an edit.
        if (!client.CodeActionLiterals || !WantsQuickFixes(@params.Context?.Only))
        {
            return [];
        }
        var (workspaces, snapshot, encoding) = (document.Workspaces, document.Snapshot, document.Encoding);
        var range = document.SpanOf(@params.Range);
        var sent = @params.Context?.Diagnostics ?? [];

        var actions = new List<CodeAction>();
        foreach (var suggestion in CodeActionProvider.For(snapshot, document.Path, range))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ToEdit(workspaces, snapshot, suggestion.Fix, client.CreateFiles, encoding) is not { } edit)
            {
                continue;
            }
            actions.Add(new CodeAction
            {
                Title = suggestion.Fix.Title,
                Kind = CodeActionKinds.QuickFix,
                Diagnostics = [LspDiagnostics.AsSent(sent, LspDiagnostics.Convert(workspaces, snapshot, suggestion.Diagnostic, encoding, client))],
                IsPreferred = suggestion.Fix.IsPreferred && client.CodeActionIsPreferred ? true : null,
                Edit = edit,
            });
        }
        actions.AddRange(Import.ImportCodeActions.For(workspaces, snapshot, document.Path, range, sent, encoding));
        return actions;
    }

    protected override IReadOnlyList<CodeAction> Outside() => [];

    /// <summary>`only` filters by kind prefix: "quickfix" and the empty kind take quick fixes.</summary>
    private static bool WantsQuickFixes(IReadOnlyList<string>? only) =>
        only is null || only.Count == 0 || only.Any(kind => kind.Length == 0 || CodeActionKinds.QuickFix.StartsWith(kind, StringComparison.Ordinal) && (kind.Length == CodeActionKinds.QuickFix.Length || kind.EndsWith('.')));

    /// <summary>
    /// The fix as a WorkspaceEdit. An edit to a file the workspace does not hold (people.yaml,
    /// when there is none) creates it first, which needs a client that can create files: for any
    /// other client that fix is not offered.
    /// </summary>
    private static WorkspaceEdit? ToEdit(WorkspaceSet workspaces, WorkspaceSnapshot snapshot, SuggestedFix fix, bool canCreate, PositionEncoding encoding)
    {
        var missing = fix.Edits.Select(e => e.Path).Where(p => snapshot.GetFile(p) is null).Distinct(StringComparer.Ordinal).ToList();
        var edit = LspPositions.ToWorkspaceEdit(workspaces, snapshot, fix.Edits, encoding);
        if (missing.Count == 0)
        {
            return edit;
        }
        if (!canCreate)
        {
            return null;
        }
        var changes = new List<object>();
        foreach (var path in missing)
        {
            changes.Add(new CreateFile(workspaces.UriOf(snapshot, path), new CreateFileOptions(IgnoreIfExists: true)));
        }
        foreach (var (uri, edits) in edit.Changes)
        {
            changes.Add(new TextDocumentEdit(new OptionalVersionedTextDocumentIdentifier(uri), edits));
        }
        return edit with { DocumentChanges = changes };
    }
}
