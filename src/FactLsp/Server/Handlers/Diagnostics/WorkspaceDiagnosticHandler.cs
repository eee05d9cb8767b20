using FactLsp.Server.Diagnostics;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;
using FactLsp.Server.State;

namespace FactLsp.Server.Handlers.Diagnostics;

/// <summary>
/// `workspace/diagnostic` (pull model, as LSP 3.17 means it). The answer holds a full report, with
/// its resultId, for each document whose diagnostics differ from the client's previousResultIds,
/// and nothing for the others (the client keeps what it has). When nothing differs and the client
/// told what it has (previousResultIds), the request is held open instead of answered at once:
/// after each change of the server state (debounced; the changed documents alone are checked
/// again when they are articles, the whole workspace when a source, a registry or the settings
/// changed), the documents whose diagnostics changed are
/// sent as a partial result (`$/progress` on the client's partialResultToken), or, for a client
/// that gave no token, as the answer. So an idle editor costs one open request, not a full
/// workspace report every few seconds. The request ends when the client cancels it, or empty
/// when the server shuts down.
/// </summary>
internal sealed class WorkspaceDiagnosticHandler(IDiagnosticsProvider provider, ServerServices services) : RequestHandler<WorkspaceDiagnosticParams, WorkspaceDiagnosticReport>
{
    public override string Method => LspMethods.WorkspaceDiagnostic;

    public override HandlerKind Kind => HandlerKind.ReadOnly;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client)
    {
        var options = capabilities.DiagnosticProvider ??= new DiagnosticOptions { Identifier = "factlsp" };
        options.InterFileDependencies = true;
        options.WorkspaceDiagnostics = true;
    }

    public override async Task<WorkspaceDiagnosticReport> HandleAsync(WorkspaceDiagnosticParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var previous in @params.PreviousResultIds ?? [])
        {
            known[previous.Uri] = previous.Value;
        }
        // Before the first computation: a change made while it runs must wake the wait below.
        using var signal = new StateChangeSignal(services.Queue, context.State);
        var first = await ChangedAsync(context.State, null, known, context.Client, cancellationToken).ConfigureAwait(false);
        if (first.Count > 0 || @params.PreviousResultIds is null)
        {
            return new WorkspaceDiagnosticReport(first);
        }

        using var held = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, services.ShutdownStarted);
        try
        {
            while (true)
            {
                var changes = await signal.WaitAsync(services.Options.DiagnosticsDelay, held.Token).ConfigureAwait(false);
                var state = services.Queue.CurrentState;
                var only = changes.Everything || changes.Uris.Any(uri => LanguageServerHost.AffectsOtherDocuments(state, uri)) ? null : changes.Uris;
                var changed = await ChangedAsync(state, only, known, context.Client, held.Token).ConfigureAwait(false);
                if (changed.Count == 0)
                {
                    continue;
                }
                if (@params.PartialResultToken is not { } token)
                {
                    return new WorkspaceDiagnosticReport(changed);
                }
                await context.Client.NotifyAsync(LspMethods.Progress, new PartialResultParams(token, new WorkspaceDiagnosticReport(changed))).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WorkspaceDiagnosticReport([]); // the server is shutting down
        }
    }

    /// <summary>
    /// Full reports for the documents whose diagnostics differ from <paramref name="known"/> (which
    /// is updated): new ones, changed ones, and known ones that are gone (cleared). Checks
    /// <paramref name="only"/> those documents when given, else the whole workspace.
    /// </summary>
    private async Task<List<WorkspaceDocumentDiagnosticReport>> ChangedAsync(ServerState state, IReadOnlySet<string>? only, Dictionary<string, string> known, Client.ClientSession client, CancellationToken cancellationToken)
    {
        var results = await provider.ComputeAsync(new DiagnosticsRequest(state, only, client.PositionEncoding, Client: client.Capabilities), cancellationToken).ConfigureAwait(false);
        var changed = new List<WorkspaceDocumentDiagnosticReport>();
        var uris = only ?? (IEnumerable<string>)results.Keys.Union(known.Keys, StringComparer.Ordinal);
        foreach (var uri in uris.Order(StringComparer.Ordinal).ToList())
        {
            var items = results.TryGetValue(uri, out var found) ? found : [];
            var resultId = DiagnosticResultIds.Of(items);
            if (known.TryGetValue(uri, out var previous) && previous == resultId)
            {
                continue;
            }
            known[uri] = resultId;
            changed.Add(new WorkspaceDocumentDiagnosticReport(uri, state.Documents.Get(uri)?.Version, DocumentDiagnosticReportKind.Full, resultId, items));
        }
        return changed;
    }
}
