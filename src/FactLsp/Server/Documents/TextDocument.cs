using FactLsp.Core.Text;

namespace FactLsp.Server.Documents;

/// <summary>
/// An open document as the client last described it. Immutable: an edit makes a new one, so a
/// snapshot handed to a read-only request can never change under it.
/// </summary>
public sealed class TextDocument
{
    private LineMap? _lineMap;

    public TextDocument(string uri, int version, string text)
    {
        Uri = uri;
        Version = version;
        Text = text;
    }

    public string Uri { get; }

    public int Version { get; }

    public string Text { get; }

    /// <summary>Built on first use; racing threads may both build it, which is harmless.</summary>
    public LineMap LineMap => _lineMap ??= new LineMap(Text);

    public TextDocument WithText(string text, int version) => new(Uri, version, text);
}
