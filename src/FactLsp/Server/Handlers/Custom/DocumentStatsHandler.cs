using FactLsp.Core.Assistance;
using FactLsp.Server.Protocol;

namespace FactLsp.Server.Handlers.Custom;

/// <summary>
/// `factlsp/documentStats`: an article's quote counts for the VS Code status bar; null for any
/// other document, which hides the item. Any client may call it; none needs to.
/// </summary>
internal sealed class DocumentStatsHandler : DocumentRequestHandler<DocumentStatsParams, DocumentStats?>
{
    public const string MethodName = "factlsp/documentStats";

    public override string Method => MethodName;

    protected override DocumentStats? Handle(DocumentStatsParams @params, DocumentRequest document, CancellationToken cancellationToken)
    {
        if (document.Snapshot.GetAnalysis(document.Path) is not { } analysis)
        {
            return null;
        }
        var summary = QuoteSummary.Of(analysis);
        return new DocumentStats(summary.Quotes, summary.Verified, summary.Misquotes, summary.NotFound, summary.Unverifiable,
            summary.WrongSpeaker, summary.SpeakerUnconfirmed, summary.NotQuotedInSource);
    }

    protected override DocumentStats? Outside() => null;
}
