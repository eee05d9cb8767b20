using FactLsp.Core.Import;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;
using FactLsp.Server.Conversions;
using FactLsp.Server.Protocol;
using FactLsp.Server.Workspace;

namespace FactLsp.Server.Handlers.Import;

/// <summary>
/// "Import the source from its URL" on a quote citing a text-less source an article declares with a
/// <c>url:</c>, or on that <c>sources:</c> entry. The action carries a command, not an edit: the page
/// is fetched only when the writer chooses it (<see cref="ImportCommands.ImportSource"/>).
/// </summary>
internal static class ImportCodeActions
{
    public const string Title = "Import the source from its URL";

    public static IEnumerable<CodeAction> For(WorkspaceSet workspaces, WorkspaceSnapshot snapshot, string path, TextSpan range,
        IReadOnlyList<Protocol.Diagnostic> sent, PositionEncoding encoding)
    {
        foreach (var target in ImportTargets.For(snapshot, path, range))
        {
            var diagnostics = new List<Protocol.Diagnostic>();
            if (target.Diagnostic is { } found)
            {
                diagnostics.Add(LspDiagnostics.AsSent(sent, LspDiagnostics.Convert(workspaces, snapshot, found, encoding)));
            }
            var arguments = new ImportSourceArguments(workspaces.UriOf(snapshot, path), target.SourceId);
            yield return new CodeAction
            {
                Title = Title,
                Kind = CodeActionKinds.QuickFix,
                Diagnostics = diagnostics.Count > 0 ? diagnostics : null,
                Command = new Command($"{Title} ({target.Url})", ImportCommands.ImportSource, [arguments]),
            };
        }
    }
}
