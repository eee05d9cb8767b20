using System.Text.Json;
using FactLsp.Cli.Tests.Infrastructure;

namespace FactLsp.Cli.Tests.Sharding;

/// <summary>
/// <c>check --shard K/N</c> for K = 1…N finds, between them, exactly what one whole check finds: each
/// article's findings in its own shard, the workspace-wide ones in shard 1 only, in JSON and in SARIF;
/// and <c>merge-sarif</c> of the shards' logs is the whole check's log merged alone.
/// </summary>
public sealed class ShardUnionTests : IClassFixture<ShardWorkspaces>, IDisposable
{
    private readonly ShardWorkspaces _workspaces;
    private readonly string _out = Path.Combine(Path.GetTempPath(), "factlsp-cli-tests", "shard-out-" + Guid.NewGuid().ToString("N")[..8]);

    public ShardUnionTests(ShardWorkspaces workspaces)
    {
        _workspaces = workspaces;
        Directory.CreateDirectory(_out);
    }

    public void Dispose() => Directory.Delete(_out, recursive: true);

    /// <summary>Each workspace split into 1 (the whole), 2, 3 and 7 shards: 7 leaves some shards of the examples empty.</summary>
    public static TheoryData<string, int> Splits() => new()
    {
        { "examples", 1 }, { "examples", 2 }, { "examples", 3 }, { "examples", 7 },
        { "generated", 1 }, { "generated", 2 }, { "generated", 3 }, { "generated", 7 },
    };

    [Theory]
    [MemberData(nameof(Splits))]
    public async Task The_shards_json_findings_are_the_whole_checks(string workspace, int count)
    {
        var root = _workspaces[workspace];
        var whole = await InProcessCli.RunAsync("check", root, "--format", "json", "--no-progress");
        var (wholeDiagnostics, wholeFiles) = Json(whole);
        Assert.NotEmpty(wholeDiagnostics);

        var union = new List<string>();
        var files = 0;
        for (var k = 1; k <= count; k++)
        {
            var shard = await InProcessCli.RunAsync("check", root, "--format", "json", "--no-progress", "--shard", $"{k}/{count}");
            var (diagnostics, shardFiles) = Json(shard);
            using (var doc = JsonDocument.Parse(shard.Stdout))
            {
                var info = doc.RootElement.GetProperty("summary").GetProperty("shard");
                Assert.Equal((k, count), (info.GetProperty("index").GetInt32(), info.GetProperty("count").GetInt32()));
            }
            // A shard's exit code follows its own findings.
            Assert.Equal(diagnostics.Any(d => d.Contains("\"severity\":\"error\"", StringComparison.Ordinal)) ? 1 : 0, shard.ExitCode);
            union.AddRange(diagnostics);
            files += shardFiles;
        }
        Assert.Equal(wholeDiagnostics.Order(StringComparer.Ordinal), union.Order(StringComparer.Ordinal));
        Assert.Equal(wholeFiles, files);
    }

    [Theory]
    [MemberData(nameof(Splits))]
    public async Task The_shards_sarif_results_are_the_whole_checks_and_merge_to_its_log(string workspace, int count)
    {
        var root = _workspaces[workspace];
        var wholeLog = Path.Combine(_out, "whole.sarif");
        await InProcessCli.RunAsync("check", root, "--format", "sarif", "--no-progress", "-o", wholeLog);
        var wholeResults = Results(wholeLog, out var wholeAutomation);
        Assert.Null(wholeAutomation);

        var logs = new List<string>();
        var union = new List<string>();
        for (var k = 1; k <= count; k++)
        {
            var log = Path.Combine(_out, $"shard-{k}.sarif");
            await InProcessCli.RunAsync("check", root, "--format", "sarif", "--no-progress", "--shard", $"{k}/{count}", "-o", log);
            union.AddRange(Results(log, out var automation));
            Assert.Equal($"factlsp/shard-{k}-of-{count}/", automation);
            logs.Add(log);
        }
        Assert.Equal(wholeResults.Order(StringComparer.Ordinal), union.Order(StringComparer.Ordinal));

        var merged = Path.Combine(_out, "merged.sarif");
        var mergedWhole = Path.Combine(_out, "merged-whole.sarif");
        var merge = await InProcessCli.RunAsync(["merge-sarif", merged, .. logs]);
        Assert.True(merge.ExitCode == 0, merge.ToString());
        Assert.Equal(0, (await InProcessCli.RunAsync("merge-sarif", mergedWhole, wholeLog)).ExitCode);
        Assert.Equal(File.ReadAllText(mergedWhole), File.ReadAllText(merged));
        Assert.Equal(wholeResults.Order(StringComparer.Ordinal), Results(merged, out var mergedAutomation).Order(StringComparer.Ordinal));
        Assert.Null(mergedAutomation);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    public async Task Workspace_wide_findings_are_shard_1s_alone(int count)
    {
        var root = _workspaces.Generated;
        var expected = new[] { "factlsp.yaml", "people.yaml", "sources/zz/broken.md", "sources/zz/twin.md", "sources/zz/latin1.txt" };
        for (var k = 1; k <= count; k++)
        {
            var shard = await InProcessCli.RunAsync("check", root, "--format", "json", "--no-progress", "--shard", $"{k}/{count}");
            using var doc = JsonDocument.Parse(shard.Stdout);
            var paths = doc.RootElement.GetProperty("diagnostics").EnumerateArray()
                .Select(d => Path.GetRelativePath(root, Path.GetFullPath(d.GetProperty("path").GetString()!)).Replace('\\', '/'))
                .Where(p => !p.StartsWith("articles/", StringComparison.Ordinal))
                .ToHashSet();
            if (k == 1)
            {
                Assert.Superset(expected.ToHashSet(), paths);
            }
            else
            {
                Assert.Empty(paths);
            }
        }
    }

    /// <summary>Each diagnostic as compact JSON, and the summary's file count.</summary>
    private static (List<string> Diagnostics, int Files) Json(CliResult result)
    {
        using var doc = JsonDocument.Parse(result.Stdout);
        var diagnostics = doc.RootElement.GetProperty("diagnostics").EnumerateArray().Select(Compact).ToList();
        return (diagnostics, doc.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
    }

    private static List<string> Results(string log, out string? automationId)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(log));
        var run = Assert.Single(doc.RootElement.GetProperty("runs").EnumerateArray());
        automationId = run.TryGetProperty("runAutomationDetails", out var details) ? details.GetProperty("id").GetString() : null;
        return run.GetProperty("results").EnumerateArray().Select(Compact).ToList();
    }

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);
}
