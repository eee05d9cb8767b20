using FactLsp.Core.Text;
using FactLsp.Server.State;

namespace FactLsp.Server.Diagnostics;

/// <summary>What to compute diagnostics for.</summary>
/// <param name="State">The snapshot to check. Use it and nothing else, so that results match a version.</param>
/// <param name="ChangedUris">The documents asked about (the caller adds those a change reaches); null means every document of the workspace.</param>
/// <param name="Encoding">How the client counts columns.</param>
/// <param name="OnDocument">
/// Called as soon as each document's diagnostics are ready, from any thread, so they can be sent
/// before the whole round ends (a provider may also just return them all at the end); a document
/// handed over here need not be in the result as well.
/// </param>
/// <param name="Client">What the client takes (related information, tags); null: everything.</param>
public sealed record DiagnosticsRequest(ServerState State, IReadOnlySet<string>? ChangedUris, PositionEncoding Encoding,
    Action<string, IReadOnlyList<Protocol.Diagnostic>>? OnDocument = null, Protocol.ClientCapabilities? Client = null)
{
    public bool IsWholeWorkspace => ChangedUris is null;
}
