using FactLsp.Core.Assistance;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;

namespace FactLsp.Server.Handlers.Assistance;

/// <summary>`textDocument/semanticTokens/full`: the parts of every annotation of an article (brackets, classes, keys, ids, values).</summary>
internal sealed class SemanticTokensHandler : RequestHandler<SemanticTokensParams, SemanticTokens>
{
    public override string Method => LspMethods.SemanticTokensFull;

    public override HandlerKind Kind => HandlerKind.ReadOnly;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.SemanticTokensProvider = new SemanticTokensOptions { Legend = SemanticTokenLegend.Legend, Full = true };

    public override Task<SemanticTokens> HandleAsync(SemanticTokensParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        if (context.State.Workspaces.Locate(@params.TextDocument.Uri) is not { } located
            || located.Snapshot.GetFile(located.Path) is not { } file)
        {
            return Task.FromResult(new SemanticTokens([]));
        }
        var tokens = SemanticTokenProvider.For(located.Snapshot, located.Path);
        return Task.FromResult(new SemanticTokens(SemanticTokenEncoder.Encode(file.Lines, tokens, context.Client.PositionEncoding)));
    }
}
