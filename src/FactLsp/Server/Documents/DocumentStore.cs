using System.Collections.Immutable;

namespace FactLsp.Server.Documents;

/// <summary>
/// The documents the client has open, by URI string exactly as the client sent it (LSP clients
/// use one spelling per document; normalising would risk answering under a URI the client does
/// not know). Immutable: every operation returns a new store.
/// </summary>
public sealed class DocumentStore
{
    public static readonly DocumentStore Empty = new(ImmutableDictionary<string, TextDocument>.Empty.WithComparers(StringComparer.Ordinal));

    private readonly ImmutableDictionary<string, TextDocument> _documents;

    private DocumentStore(ImmutableDictionary<string, TextDocument> documents) => _documents = documents;

    public int Count => _documents.Count;

    public IEnumerable<TextDocument> All => _documents.Values;

    public bool TryGet(string uri, out TextDocument document) => _documents.TryGetValue(uri, out document!);

    public TextDocument? Get(string uri) => _documents.GetValueOrDefault(uri);

    public DocumentStore Set(TextDocument document) => new(_documents.SetItem(document.Uri, document));

    public DocumentStore Remove(string uri) => _documents.ContainsKey(uri) ? new(_documents.Remove(uri)) : this;
}
