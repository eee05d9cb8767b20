using System.Text.Json;
using FactLsp.Cli.Tests.Infrastructure;

namespace FactLsp.Cli.Tests;

/// <summary>
/// `check` on a folder holding two workspaces: every place in the SARIF and JSON reports resolves
/// to the file it names, in its own workspace (b's files are not under a).
/// </summary>
public class MultiWorkspaceReportTests
{
    private static TempWorkspace TwoWorkspaces()
    {
        var ws = new TempWorkspace();
        foreach (var name in new[] { "a", "b" })
        {
            ws.Write($"{name}/factlsp.yaml", "");
            ws.Write($"{name}/people.yaml", "khalil: {name: Redur Khalil, aliases: [Khalil]}\n");
            ws.Write($"{name}/sources/briefing-{name}.txt", "Khalil said: “Geographically, the noose is tightening around IS.”\n");
            ws.Write($"{name}/article-{name}.md",
                $"Khalil said [“Geographically, the noose is closing around IS.”]{{.quote by=khalil src=briefing-{name}}}\n");
        }
        return ws;
    }

    [Fact]
    public async Task Sarif_uris_resolve_to_each_workspace_s_own_files()
    {
        using var ws = TwoWorkspaces();
        var result = await InProcessCli.RunAsync("check", ws.Root, "--format", "sarif");
        Assert.True(result.ExitCode is 0 or 1, result.ToString());

        using var json = JsonDocument.Parse(result.Stdout);
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count(r => r.GetProperty("ruleId").GetString() == "misquote"));
        var seen = new List<string>();
        foreach (var r in results)
        {
            var places = r.GetProperty("locations").EnumerateArray()
                .Concat(r.TryGetProperty("relatedLocations", out var related) ? related.EnumerateArray() : [])
                .Select(l => new Uri(l.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath)
                .ToList();
            Assert.All(places, path => Assert.True(File.Exists(path), $"{path} does not exist"));
            seen.AddRange(places);
        }
        Assert.Contains(ws["a/article-a.md"], seen);
        Assert.Contains(ws["b/article-b.md"], seen);
        Assert.Contains(ws["a/sources/briefing-a.txt"], seen);
        Assert.Contains(ws["b/sources/briefing-b.txt"], seen);
    }

    [Fact]
    public async Task Json_paths_and_fix_edits_resolve_to_each_workspace_s_own_files()
    {
        using var ws = TwoWorkspaces();
        var result = await InProcessCli.RunAsync("check", ws.Root, "--format", "json");
        Assert.True(result.ExitCode is 0 or 1, result.ToString());

        using var json = JsonDocument.Parse(result.Stdout);
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(2, diagnostics.Count(d => d.GetProperty("rule").GetString() == "misquote"));
        // The misquotes' fixes carry edits, so the edit paths below are really checked.
        Assert.Contains(diagnostics, d => d.GetProperty("fixes").EnumerateArray().Any(f => f.GetProperty("edits").GetArrayLength() > 0));
        foreach (var d in diagnostics)
        {
            var workspace = d.GetProperty("workspace").GetString()!;
            Assert.True(File.Exists(Path.GetFullPath(d.GetProperty("path").GetString()!)), d.ToString());
            Assert.StartsWith(workspace, Path.GetFullPath(d.GetProperty("path").GetString()!));
            foreach (var related in d.GetProperty("related").EnumerateArray())
            {
                Assert.True(File.Exists(Path.GetFullPath(related.GetProperty("path").GetString()!)), related.ToString());
            }
            foreach (var edit in d.GetProperty("fixes").EnumerateArray().SelectMany(f => f.GetProperty("edits").EnumerateArray()))
            {
                Assert.True(File.Exists(Path.Combine(workspace, edit.GetProperty("path").GetString()!)), edit.ToString());
            }
        }
        Assert.Equal(new[] { ws["a"], ws["b"] }, diagnostics.Select(d => d.GetProperty("workspace").GetString()).Distinct().Order());
    }
}
