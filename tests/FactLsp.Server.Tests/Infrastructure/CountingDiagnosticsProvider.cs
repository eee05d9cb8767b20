using FactLsp.Server.Diagnostics;
using FactLsp.Server.Protocol;

namespace FactLsp.Server.Tests.Infrastructure;

/// <summary>A provider counted as the server asks it (on entry, before any await), answering as the one it wraps.</summary>
public sealed class CountingDiagnosticsProvider(IDiagnosticsProvider inner) : IDiagnosticsProvider
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>>> ComputeAsync(DiagnosticsRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return inner.ComputeAsync(request, cancellationToken);
    }
}
