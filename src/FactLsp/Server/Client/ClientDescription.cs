using FactLsp.Core.Text;
using FactLsp.Server.Protocol;

namespace FactLsp.Server.Client;

/// <summary>
/// The client, as `initialize` described it (after Marksman's ClientDescription): who it is, what
/// it declared it can do, and the position encoding the two sides settled on. Built once, before any
/// other message is handled; every handler reads the client from here and nowhere else.
/// </summary>
public sealed record ClientDescription(ClientInfo? Info, ClientCapabilities Capabilities, PositionEncoding PositionEncoding)
{
    /// <summary>Before `initialize`: a client that declared nothing, counting in UTF-16 as LSP's default.</summary>
    public static ClientDescription Unknown { get; } = new(null, ClientCapabilities.None, PositionEncoding.Utf16);

    /// <summary>The encoding as `initialize`'s answer names it.</summary>
    public string PositionEncodingKind => PositionEncoding == PositionEncoding.Utf8 ? Protocol.PositionEncodingKind.Utf8 : Protocol.PositionEncodingKind.Utf16;

    public static ClientDescription From(InitializeParams initialize)
    {
        var capabilities = ClientCapabilities.Read(initialize.Capabilities);
        // UTF-8 saves the Core a conversion; UTF-16 is the one every client must support.
        var encoding = capabilities.PositionEncodings.Contains(Protocol.PositionEncodingKind.Utf8) ? PositionEncoding.Utf8 : PositionEncoding.Utf16;
        return new ClientDescription(initialize.ClientInfo, capabilities, encoding);
    }
}
