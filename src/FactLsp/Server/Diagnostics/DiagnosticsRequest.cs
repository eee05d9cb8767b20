using FactLsp.Core.Text;
using FactLsp.Server.State;

namespace FactLsp.Server.Diagnostics;

/// <summary>What to compute diagnostics for.</summary>
/// <param name="State">The snapshot to check. Use it and nothing else, so that results match a version.</param>
/// <param name="ChangedUris">The documents that changed (or were asked about); null means every document of the workspace.</param>
/// <param name="Encoding">How the client counts columns.</param>
public sealed record DiagnosticsRequest(ServerState State, IReadOnlySet<string>? ChangedUris, PositionEncoding Encoding)
{
    public bool IsWholeWorkspace => ChangedUris is null;
}
