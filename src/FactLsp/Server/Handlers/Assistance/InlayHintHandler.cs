using FactLsp.Core.Assistance;
using FactLsp.Core.Text;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;
using FactLsp.Server.Workspace;

namespace FactLsp.Server.Handlers.Assistance;

/// <summary>`textDocument/inlayHint`: the speaker's name after each <c>by=</c> id; none when the `factlsp.inlayHints.enabled` setting is off.</summary>
internal sealed class InlayHintHandler : RequestHandler<InlayHintParams, IReadOnlyList<InlayHint>>
{
    public override string Method => LspMethods.InlayHint;

    public override HandlerKind Kind => HandlerKind.ReadOnly;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.InlayHintProvider = new InlayHintOptions();

    public override Task<IReadOnlyList<InlayHint>> HandleAsync(InlayHintParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        if (!context.State.Settings.InlayHints
            || context.State.Workspaces.Locate(@params.TextDocument.Uri) is not { } located
            || located.Snapshot.GetFile(located.Path) is not { } file)
        {
            return Task.FromResult<IReadOnlyList<InlayHint>>([]);
        }
        var encoding = context.Client.PositionEncoding;
        var range = TextSpan.FromBounds(LspPositions.ToOffset(file.Lines, @params.Range.Start, encoding), LspPositions.ToOffset(file.Lines, @params.Range.End, encoding));
        IReadOnlyList<InlayHint> hints = InlayHintProvider.For(located.Snapshot, located.Path, range)
            .Select(hint =>
            {
                var position = file.Lines.GetPosition(hint.Offset, encoding);
                return new InlayHint
                {
                    Position = new Position(position.Line, position.Character),
                    Label = hint.Label,
                    Tooltip = hint.Tooltip,
                    PaddingLeft = true,
                };
            })
            .ToList();
        return Task.FromResult(hints);
    }
}
