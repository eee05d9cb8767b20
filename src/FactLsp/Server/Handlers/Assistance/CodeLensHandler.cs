using FactLsp.Core.Assistance;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;
using FactLsp.Server.Workspace;

namespace FactLsp.Server.Handlers.Assistance;

/// <summary>`textDocument/codeLens`: an article's quote summary at its top; on each person of people.yaml, how often they are quoted.</summary>
internal sealed class CodeLensHandler : RequestHandler<CodeLensParams, IReadOnlyList<CodeLens>>
{
    public override string Method => LspMethods.CodeLens;

    public override HandlerKind Kind => HandlerKind.ReadOnly;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.CodeLensProvider = new CodeLensOptions();

    public override Task<IReadOnlyList<CodeLens>> HandleAsync(CodeLensParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        if (context.State.Workspaces.Locate(@params.TextDocument.Uri) is not { } located)
        {
            return Task.FromResult<IReadOnlyList<CodeLens>>([]);
        }
        var encoding = context.Client.PositionEncoding;
        IReadOnlyList<CodeLens> lenses = CodeLensProvider.For(located.Snapshot, located.Path)
            .Select(lens => new CodeLens(
                LspPositions.ToRange(located.Snapshot, located.Path, lens.Span, encoding),
                lens.Kind == CodeLensKind.PersonUsage
                    ? new Command(lens.Title, ClientCommands.ShowQuotesOfPerson, [lens.PersonId!])
                    : new Command(lens.Title, ClientCommands.CheckWorkspace)))
            .ToList();
        return Task.FromResult(lenses);
    }
}
