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
            CompactAfterIndexingQuiet = null,
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

    private static Task<System.Text.Json.JsonElement> Compacted(InProcessServer server) =>
        server.Client.WaitForNotificationAsync("window/logMessage", p => p.GetProperty("message").GetString()!.StartsWith("Memory after indexing", StringComparison.Ordinal));

    [Fact]
    public async Task Once_the_client_is_quiet_after_indexing_the_heap_is_compacted_and_said_so()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = InProcessServer.Start(new LanguageServerOptions
        {
            DiagnosticsProvider = new CoreDiagnosticsProvider(),
            CompactAfterIndexingQuiet = TimeSpan.FromMilliseconds(200),
        });
        var before = IndexingMemory.Compactions;
        var compacted = Compacted(server);
        await server.InitializeAsync(new JsonObject { ["window"] = new JsonObject { ["workDoneProgress"] = true } }, rootUri: workspace.RootUri);

        var message = (await compacted).GetProperty("message").GetString()!;
        Assert.Matches(@"^Memory after indexing: [\d,]+ MB resident, [\d,]+ MB once compacted \([\d,]+ ms\)\.$", message);
        Assert.Equal(before + 1, IndexingMemory.Compactions);
    }

    [Fact]
    public async Task No_compaction_lands_while_the_client_keeps_sending()
    {
        using var workspace = TestWorkspace.CopyOfExamples();
        await using var server = InProcessServer.Start(new LanguageServerOptions
        {
            DiagnosticsProvider = new CoreDiagnosticsProvider(),
            CompactAfterIndexingQuiet = TimeSpan.FromSeconds(3),
        });
        var before = IndexingMemory.Compactions;
        var end = server.Client.WaitForNotificationAsync("$/progress", p => p.GetProperty("value").GetProperty("kind").GetString() == "end");
        await server.InitializeAsync(new JsonObject { ["window"] = new JsonObject { ["workDoneProgress"] = true } }, rootUri: workspace.RootUri);
        await end;
        var compacted = Compacted(server);

        // A client that types for two seconds: a request every 100 ms, each well within the quiet time.
        var uri = workspace.UriOf("articles/first-draft.md");
        var typing = System.Diagnostics.Stopwatch.StartNew();
        while (typing.Elapsed < TimeSpan.FromSeconds(2))
        {
            await server.Client.RequestAsync("textDocument/hover", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri },
                ["position"] = new JsonObject { ["line"] = 0, ["character"] = 0 },
            });
            await Task.Delay(100);
        }
        Assert.False(compacted.IsCompleted, "compacted while the client was typing");
        Assert.Equal(before, IndexingMemory.Compactions);

        // Then quiet: it comes.
        await compacted;
        Assert.Equal(before + 1, IndexingMemory.Compactions);
    }
}
