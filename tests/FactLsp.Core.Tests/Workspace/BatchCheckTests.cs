using System.Runtime;
using FactLsp.Core.Workspace;
using Xunit;

namespace FactLsp.Core.Tests.Workspace;

/// <summary>Changes process-wide settings: run alone, so no other test sees them.</summary>
[CollectionDefinition(nameof(BatchCheckTests), DisableParallelization = true)]
public sealed class BatchCheckCollection;

[Collection(nameof(BatchCheckTests))]
public sealed class BatchCheckTests
{
    [Fact]
    public void A_batch_check_turns_off_the_background_collector_and_keeps_few_sources_then_puts_both_back()
    {
        var latency = GCSettings.LatencyMode;
        var capacity = PreparedSources.Capacity;

        using (BatchCheck.Begin())
        {
            Assert.Equal(GCLatencyMode.Batch, GCSettings.LatencyMode);
            Assert.Equal(2, PreparedSources.Capacity);
            Assert.True(WorkspaceFile.ReadSourcesAgain);
        }
        Assert.False(WorkspaceFile.ReadSourcesAgain);

        Assert.Equal(latency, GCSettings.LatencyMode);
        Assert.Equal(capacity, PreparedSources.Capacity);
    }
}
