using System.Text.Json.Nodes;
using FactLsp.Core.Workspace;
using FactLsp.Server.Diagnostics;
using FactLsp.Server.Memory;
using FactLsp.Server.Tests.Infrastructure;

namespace FactLsp.Server.Tests.Memory;

/// <summary>Changes a process-wide setting (the prepared sources kept): run alone, so no other test's server indexes meanwhile.</summary>
[CollectionDefinition(nameof(IndexingMemoryTests), DisableParallelization = true)]
public sealed class IndexingMemoryCollection;

/// <summary>
/// While a whole workspace is checked the server keeps as few prepared sources as a batch check does,
/// and the editing's capacity comes back when the last pass ends.
/// </summary>
[Collection(nameof(IndexingMemoryTests))]
public sealed class IndexingMemoryTests
{
    [Fact]
    public void A_pass_keeps_few_prepared_sources_and_overlapping_passes_put_the_editings_back_only_at_the_last_end()
    {
        var editing = PreparedSources.Capacity;
        Assert.True(editing > IndexingMemory.Capacity, "the editing keeps more sources than a pass");
        Assert.False(IndexingMemory.Indexing);

        var first = IndexingMemory.Enter();
        Assert.True(IndexingMemory.Indexing);
        Assert.Equal(IndexingMemory.Capacity, PreparedSources.Capacity);
        var second = IndexingMemory.Enter();
        first.Dispose();
        first.Dispose(); // twice: counted once
        Assert.True(IndexingMemory.Indexing);
        Assert.Equal(IndexingMemory.Capacity, PreparedSources.Capacity);
        second.Dispose();

        Assert.False(IndexingMemory.Indexing);
        Assert.Equal(editing, PreparedSources.Capacity);
    }

    [Fact]
    public void A_pass_never_raises_a_capacity_already_lower()
    {
        var editing = PreparedSources.Capacity;
        try
        {
            PreparedSources.Capacity = 1;
            using (IndexingMemory.Enter())
            {
                Assert.Equal(1, PreparedSources.Capacity);
            }
            Assert.Equal(1, PreparedSources.Capacity);
        }
        finally
        {
            PreparedSources.Capacity = editing;
        }
    }

    [Fact]
    public async Task The_servers_indexing_keeps_few_prepared_sources_and_the_editing_gets_its_own_back()
    {
        var editing = PreparedSources.Capacity;
        using var workspace = TestWorkspace.CopyOfExamples();
        // A long debounce: the pass ends only once the publisher has sent everything, so it stays open well after the report below.
        await using var server = InProcessServer.Start(new LanguageServerOptions
        {
            DiagnosticsProvider = new CoreDiagnosticsProvider(),
            DiagnosticsDelay = TimeSpan.FromMilliseconds(1000),
        });
        (bool Indexing, int Capacity)? during = null;
        var indexing = server.Client.WaitForNotificationAsync("$/progress", p =>
        {
            var value = p.GetProperty("value");
            if (value.GetProperty("kind").GetString() == "report" && value.TryGetProperty("message", out var message)
                && message.GetString()!.StartsWith("Indexing", StringComparison.Ordinal))
            {
                during = (IndexingMemory.Indexing, PreparedSources.Capacity);
                return true;
            }
            return false;
        });
        var end = server.Client.WaitForNotificationAsync("$/progress", p => p.GetProperty("value").GetProperty("kind").GetString() == "end");
        await server.InitializeAsync(new JsonObject { ["window"] = new JsonObject { ["workDoneProgress"] = true } }, rootUri: workspace.RootUri);
        await indexing;
        await end;

        Assert.Equal((true, IndexingMemory.Capacity), during);
        // The scope closes right after the progress ends (and the cache is saved).
        for (var waited = 0; IndexingMemory.Indexing && waited < 10_000; waited += 20)
        {
            await Task.Delay(20);
        }
        Assert.False(IndexingMemory.Indexing);
        Assert.Equal(editing, PreparedSources.Capacity);
    }
}
