using FactLsp.Core.Assistance;
using FactLsp.Server.Conversions;
using FactLsp.Server.Protocol;

namespace FactLsp.Server.Handlers.Assistance;

/// <summary>`textDocument/semanticTokens/full`: the parts of every annotation of an article (brackets, classes, keys, ids, values).</summary>
internal sealed class SemanticTokensHandler : DocumentRequestHandler<SemanticTokensParams, SemanticTokens>
{
    public override string Method => LspMethods.SemanticTokensFull;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.SemanticTokensProvider = new SemanticTokensOptions { Legend = SemanticTokenLegend.Legend, Full = true };

    protected override SemanticTokens Handle(SemanticTokensParams @params, DocumentRequest document, CancellationToken cancellationToken) =>
        new(SemanticTokenEncoder.Encode(document.Lines, SemanticTokenProvider.For(document.Snapshot, document.Path), document.Encoding));

    protected override SemanticTokens Outside() => new([]);
}
