using System.Text.Json;
using FactLsp.Cli.Tests.Infrastructure;

namespace FactLsp.Cli.Tests.Sharding;

/// <summary><c>factlsp merge-sarif OUT IN…</c>: one run from many, and one clear line for what it cannot merge.</summary>
public sealed class MergeSarifTests : IDisposable
{
    private readonly TempWorkspace _ws = new(
        ("people.yaml", "khalil: {name: Redur Khalil, aliases: [Khalil]}\n"),
        ("sources/briefing.txt", "Khalil said: “Geographically, the noose is tightening around IS.”\n"),
        ("a.md", "Khalil said [“Geographically, the noose is closing around IS.”]{.quote by=khalil src=briefing}\n"),
        ("b.md", "[“Geographically, the noose is tightening around IS.”]{.quote by=kalil src=briefing}\n"),
        ("c.md", "[“Words never said.”]{.quote by=khalil src=briefng}\n"),
        ("d.md", "[“Geographically, the noose is tightening around IS.”]{.quote by=khalil src=briefing}\n"));

    public void Dispose() => _ws.Dispose();

    private async Task<List<string>> ShardsAsync(int count)
    {
        var logs = new List<string>();
        for (var k = 1; k <= count; k++)
        {
            var log = _ws[$"out/shard-{k}.sarif"];
            Directory.CreateDirectory(Path.GetDirectoryName(log)!);
            await InProcessCli.RunAsync("check", _ws.Root, "--format", "sarif", "--no-progress", "--shard", $"{k}/{count}", "-o", log);
            logs.Add(log);
        }
        return logs;
    }

    [Fact]
    public async Task The_merged_log_is_one_run_with_each_rule_once_and_indexes_into_it()
    {
        var logs = await ShardsAsync(3);
        var result = await InProcessCli.RunAsync(["merge-sarif", "-", .. logs]);
        Assert.True(result.ExitCode == 0, result.ToString());

        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var run = Assert.Single(doc.RootElement.GetProperty("runs").EnumerateArray());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(rules.Distinct(), rules);
        Assert.Equal(Core.Diagnostics.Rules.All.Select(r => r.Code), rules);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["misquote", "unknown-source", "unknown-speaker"], results.Select(r => r.GetProperty("ruleId").GetString()).Order());
        Assert.All(results, r => Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()]));
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        Assert.False(run.TryGetProperty("runAutomationDetails", out _));
    }

    [Fact]
    public async Task The_order_of_the_inputs_does_not_change_a_byte()
    {
        var logs = await ShardsAsync(3);
        var forward = await InProcessCli.RunAsync(["merge-sarif", "-", .. logs]);
        var backward = await InProcessCli.RunAsync(["merge-sarif", "-", .. Enumerable.Reverse(logs)]);
        Assert.Equal(forward.Stdout, backward.Stdout);
    }

    [Fact]
    public async Task Results_point_into_the_merged_rules_even_when_a_run_lists_them_in_another_order()
    {
        var own = _ws["out/own.sarif"];
        Directory.CreateDirectory(Path.GetDirectoryName(own)!);
        File.WriteAllText(own, """
            {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "FactLsp", "rules": [{"id": "zeta"}, {"id": "alpha"}]}},
              "results": [{"ruleIndex": 1, "message": {"text": "by index"}}, {"ruleId": "zeta", "ruleIndex": 0, "message": {"text": "by id"}}]}]}
            """);
        var other = _ws["out/other.sarif"];
        File.WriteAllText(other, """
            {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "FactLsp", "rules": [{"id": "alpha"}, {"id": "omega"}]}},
              "results": [{"ruleId": "omega", "ruleIndex": 1, "message": {"text": "third"}}]}]}
            """);
        var result = await InProcessCli.RunAsync("merge-sarif", "-", own, other);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        var run = doc.RootElement.GetProperty("runs")[0];
        Assert.Equal(["zeta", "alpha", "omega"], run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        var indexes = run.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("message").GetProperty("text").GetString()!, r => (r.GetProperty("ruleId").GetString(), r.GetProperty("ruleIndex").GetInt32()));
        Assert.Equal(("alpha", 1), indexes["by index"]);
        Assert.Equal(("zeta", 0), indexes["by id"]);
        Assert.Equal(("omega", 2), indexes["third"]);
    }

    [Fact]
    public async Task A_shard_missing_from_the_set_is_merged_without_and_a_warning_says_so()
    {
        var logs = await ShardsAsync(3);
        var out1 = _ws["out/merged.sarif"];
        var result = await InProcessCli.RunAsync("merge-sarif", out1, logs[0], logs[2]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: shard 2 of 3 missing", result.Stderr);
        Assert.True(File.Exists(out1));
    }

    public static TheoryData<string, string, string> BadInputs => new()
    {
        { "missing", "", "cannot read '{0}': no such file." },
        { "not-json", "this is no JSON", "is not SARIF: it is not JSON" },
        { "not-sarif", """{"version": "2.0.0", "runs": []}""", "is not SARIF 2.1.0" },
        { "no-runs", """{"version": "2.1.0"}""", "is not SARIF 2.1.0" },
        { "no-tool", """{"version": "2.1.0", "runs": [{"results": []}]}""", "a run has no tool.driver.name" },
        { "other-tool", """{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "ESLint"}}, "results": []}]}""", "holds a run of 'ESLint'" },
        { "bad-results", """{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "FactLsp"}}, "results": {}}]}""", "\"results\" is not an array" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_one_line_and_exit_2_and_nothing_is_written(string name, string content, string reason)
    {
        var logs = await ShardsAsync(1);
        var bad = _ws[$"out/{name}.sarif"];
        if (name != "missing")
        {
            File.WriteAllText(bad, content);
        }
        var output = _ws["out/merged.sarif"];
        var result = await InProcessCli.RunAsync("merge-sarif", output, logs[0], bad);
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("factlsp: ", line);
        Assert.Contains(string.Format(reason, bad), line);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task A_shard_given_twice_or_shards_of_two_splits_are_refused()
    {
        var three = await ShardsAsync(3);
        var twice = await InProcessCli.RunAsync("merge-sarif", _ws["out/m.sarif"], three[0], three[1], three[0]);
        Assert.Equal(2, twice.ExitCode);
        Assert.Contains("repeats shard 1 of 3", Assert.Single(twice.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));

        var half = _ws["out/half.sarif"];
        await InProcessCli.RunAsync("check", _ws.Root, "--format", "sarif", "--no-progress", "--shard", "1/2", "-o", half);
        var mixed = await InProcessCli.RunAsync("merge-sarif", _ws["out/m.sarif"], three[1], half);
        Assert.Equal(2, mixed.ExitCode);
        Assert.Contains("shards of different splits overlap", Assert.Single(mixed.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task Without_inputs_it_is_a_usage_error()
    {
        var result = await InProcessCli.RunAsync("merge-sarif", _ws["out/m.sarif"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
