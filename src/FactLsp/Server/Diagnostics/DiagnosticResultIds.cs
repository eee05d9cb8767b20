using System.Security.Cryptography;
using System.Text.Json;
using FactLsp.Server.Protocol;
using FactLsp.Server.Transport;

namespace FactLsp.Server.Diagnostics;

/// <summary>
/// The resultId of a pulled report: a hash of the items exactly as they are sent. Equal items,
/// equal id, across requests and restarts; so a client whose previousResultId matches already
/// shows these diagnostics and is answered "unchanged" (a few bytes instead of the report).
/// </summary>
internal static class DiagnosticResultIds
{
    public static string Of(IReadOnlyList<Diagnostic> items)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(items, JsonRpcFactory.WireOptions);
        return Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 12));
    }
}
