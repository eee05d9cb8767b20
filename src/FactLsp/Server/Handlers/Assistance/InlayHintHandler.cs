using FactLsp.Core.Assistance;
using FactLsp.Server.Conversions;
using FactLsp.Server.Protocol;

namespace FactLsp.Server.Handlers.Assistance;

/// <summary>`textDocument/inlayHint`: the speaker's name after each <c>by=</c> id; none when the `factlsp.inlayHints.enabled` setting is off.</summary>
internal sealed class InlayHintHandler : DocumentRequestHandler<InlayHintParams, IReadOnlyList<InlayHint>>
{
    public override string Method => LspMethods.InlayHint;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.InlayHintProvider = new InlayHintOptions();

    protected override IReadOnlyList<InlayHint> Handle(InlayHintParams @params, DocumentRequest document, CancellationToken cancellationToken)
    {
        if (!document.Context.State.Settings.InlayHints)
        {
            return [];
        }
        return InlayHintProvider.For(document.Snapshot, document.Path, document.SpanOf(@params.Range))
            .Select(hint => new InlayHint
            {
                Position = LspPositions.ToPosition(document.Lines, hint.Offset, document.Encoding),
                Label = hint.Label,
                Tooltip = hint.Tooltip,
                PaddingLeft = true,
            })
            .ToList();
    }

    protected override IReadOnlyList<InlayHint> Outside() => [];
}
