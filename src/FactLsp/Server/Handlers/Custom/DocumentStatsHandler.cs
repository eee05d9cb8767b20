using FactLsp.Core.Assistance;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;

namespace FactLsp.Server.Handlers.Custom;

/// <summary>
/// `factlsp/documentStats`: an article's quote counts for the VS Code status bar; null for any
/// other document, which hides the item. Any client may call it; none needs to.
/// </summary>
internal sealed class DocumentStatsHandler : RequestHandler<DocumentStatsParams, DocumentStats?>
{
    public const string MethodName = "factlsp/documentStats";

    public override string Method => MethodName;

    public override HandlerKind Kind => HandlerKind.ReadOnly;

    public override Task<DocumentStats?> HandleAsync(DocumentStatsParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        if (context.State.Workspaces.Locate(@params.TextDocument.Uri) is not { } located || located.Snapshot.GetAnalysis(located.Path) is not { } analysis)
        {
            return Task.FromResult<DocumentStats?>(null);
        }
        var summary = QuoteSummary.Of(analysis);
        return Task.FromResult<DocumentStats?>(new DocumentStats(summary.Quotes, summary.Verified, summary.Misquotes, summary.NotFound, summary.Unverifiable,
            summary.WrongSpeaker, summary.SpeakerUnconfirmed, summary.NotQuotedInSource));
    }
}
