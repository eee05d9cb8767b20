using System.Text.Json;
using FactLsp.Cli.Tests.Infrastructure;
using FactLsp.Core.Diagnostics;

namespace FactLsp.Cli.Tests;

/// <summary><c>--format sarif</c>: SARIF 2.1.0 as code-scanning dashboards read it, with the rules' metadata.</summary>
public class SarifFormatTests
{
    [Fact]
    public async Task The_log_is_SARIF_2_1_0_with_every_rule_and_each_result_placed()
    {
        using var ws = TempWorkspace.WithFindings(beforeQuote: "🙂 ");
        var result = await InProcessCli.RunAsync("check", ws.Root, "--format", "sarif");
        Assert.True(result.ExitCode == 1, result.ToString());

        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif-2.1.0", root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());

        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("FactLsp", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(Rules.All.Select(r => r.Code), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var rule in rules)
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note" });
        }
        Assert.Equal("note", rules.Single(r => r.GetProperty("id").GetString() == "quote-alteration").GetProperty("defaultConfiguration").GetProperty("level").GetString());
        // Spec v1.1's rule, with its metadata like every other.
        Assert.Equal("warning", rules.Single(r => r.GetProperty("id").GetString() == "not-quoted-in-source").GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["misquote", "unknown-speaker"], results.Select(r => r.GetProperty("ruleId").GetString()));
        foreach (var r in results)
        {
            var index = r.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(r.GetProperty("ruleId").GetString(), rules[index].GetProperty("id").GetString());
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("message").GetProperty("text").GetString()));
            var location = Assert.Single(r.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            var uri = new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!);
            Assert.True(uri.IsFile);
            Assert.Equal(ws["article.md"], uri.LocalPath);
        }
        Assert.Equal(["warning", "error"], results.Select(r => r.GetProperty("level").GetString()));

        var region = results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((4, "🙂 Khalil said [".Length + 1), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
        var related = Assert.Single(results[0].GetProperty("relatedLocations").EnumerateArray());
        Assert.Equal(1, related.GetProperty("id").GetInt32());
        Assert.Equal(ws["sources/briefing.txt"], new Uri(related.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath);
        Assert.Equal(15, related.GetProperty("physicalLocation").GetProperty("region").GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public async Task Infos_and_hints_are_notes()
    {
        using var ws = TempWorkspace.WithFindings(error: false);
        ws.Write("factlsp.yaml", "rules:\n  misquote: hint\n");
        var result = await InProcessCli.RunAsync("check", ws.Root, "--format", "sarif");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var only = Assert.Single(json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("note", only.GetProperty("level").GetString());
    }
}
