using FactLsp.Core.Assistance;
using FactLsp.Server.Protocol;

namespace FactLsp.Server.Handlers.Assistance;

/// <summary>`textDocument/codeLens`: an article's quote summary at its top; on each person of people.yaml, how often they are quoted.</summary>
internal sealed class CodeLensHandler : DocumentRequestHandler<CodeLensParams, IReadOnlyList<CodeLens>>
{
    public override string Method => LspMethods.CodeLens;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.CodeLensProvider = new CodeLensOptions();

    protected override IReadOnlyList<CodeLens> Handle(CodeLensParams @params, DocumentRequest document, CancellationToken cancellationToken) =>
        CodeLensProvider.For(document.Snapshot, document.Path)
            .Select(lens => new CodeLens(
                document.RangeOf(lens.Span),
                lens.Kind == CodeLensKind.PersonUsage
                    ? new Command(lens.Title, ClientCommands.ShowQuotesOfPerson, [lens.PersonId!])
                    : new Command(lens.Title, ClientCommands.CheckWorkspace)))
            .ToList();

    protected override IReadOnlyList<CodeLens> Outside() => [];
}
