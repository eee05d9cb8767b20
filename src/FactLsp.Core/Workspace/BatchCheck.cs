using System.Runtime;

namespace FactLsp.Core.Workspace;

/// <summary>
/// How a process that runs one whole-workspace check and exits (<c>factlsp check</c>, and the bench driver that
/// measures it) sets itself up, undone on dispose. A language server keeps the collector's defaults and more
/// prepared sources: it answers an editor while it works, so it wants the background collector and warm sources
/// (it reads sources' bytes again from disk as a batch check does: <see cref="WorkspaceFile.ReadSourcesAgain"/>).
/// </summary>
public sealed class BatchCheck : IDisposable
{
    private readonly GCLatencyMode _latency;
    private readonly int _capacity;
    private readonly bool _readAgain;

    private BatchCheck()
    {
        _latency = GCSettings.LatencyMode;
        _capacity = PreparedSources.Capacity;
        _readAgain = WorkspaceFile.ReadSourcesAgain;
        // A check asks each source once, source by source (SourceMajorChecker): nothing gains from keeping
        // sources prepared after their turn, and each kept weighs several times its file.
        PreparedSources.Capacity = 2;
        // Nor in holding a source's bytes before or after its turn: they are read from disk then, and verified against
        // the first read (WorkspaceFile.ReadAgain). On the generated 94 MB workspace this is most of the live heap.
        WorkspaceFile.ReadSourcesAgain = true;
        // Nobody waits on a pause here, and the background collector's concurrent marking costs CPU that the check
        // needs: about a fifth of the whole check's CPU on the generated 94 MB workspace.
        GCSettings.LatencyMode = GCLatencyMode.Batch;
    }

    public static BatchCheck Begin() => new();

    public void Dispose()
    {
        GCSettings.LatencyMode = _latency;
        PreparedSources.Capacity = _capacity;
        WorkspaceFile.ReadSourcesAgain = _readAgain;
    }
}
