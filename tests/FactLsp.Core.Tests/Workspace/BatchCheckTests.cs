using System.Runtime;
using FactLsp.Core.Workspace;
using Xunit;

namespace FactLsp.Core.Tests.Workspace;

public sealed class BatchCheckTests
{
    [Fact]
    public void A_batch_check_turns_off_the_background_collector_and_keeps_few_sources_then_puts_both_back()
    {
        var latency = GCSettings.LatencyMode;
        var capacity = PreparedSources.Capacity;
        Assert.NotEqual(GCLatencyMode.Batch, latency); // The test host runs with the concurrent collector, as the server does.

        using (BatchCheck.Begin())
        {
            Assert.Equal(GCLatencyMode.Batch, GCSettings.LatencyMode);
            Assert.Equal(2, PreparedSources.Capacity);
        }

        Assert.Equal(latency, GCSettings.LatencyMode);
        Assert.Equal(capacity, PreparedSources.Capacity);
    }
}
