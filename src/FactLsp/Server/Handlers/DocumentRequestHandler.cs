using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;

namespace FactLsp.Server.Handlers;

/// <summary>
/// A read-only request about one document (hover, definition, code lens, …). The base locates the
/// document in the request's snapshot and hands the handler a <see cref="DocumentRequest"/>, which
/// converts between LSP positions and Core offsets in the client's encoding; a document FactLsp
/// does not read (in no workspace, or not one of its files) is answered <see cref="Outside"/>.
/// </summary>
internal abstract class DocumentRequestHandler<TParams, TResult> : RequestHandler<TParams, TResult>
    where TParams : ITextDocumentParams
{
    public override HandlerKind Kind => HandlerKind.ReadOnly;

    public sealed override Task<TResult> HandleAsync(TParams @params, RequestContext context, CancellationToken cancellationToken) =>
        Task.FromResult(DocumentRequest.Locate(context, @params.TextDocument.Uri) is { } document
            ? Handle(@params, document, cancellationToken)
            : Outside());

    /// <summary>The answer about a document of a workspace.</summary>
    protected abstract TResult Handle(TParams @params, DocumentRequest document, CancellationToken cancellationToken);

    /// <summary>The answer about a document FactLsp does not read: usually an empty one.</summary>
    protected abstract TResult Outside();
}
