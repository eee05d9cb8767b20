using System.Text.Json;
using FactLsp.Cli.Tests.Infrastructure;

namespace FactLsp.Cli.Tests;

/// <summary><c>--format json</c>: one JSON document with the diagnostics (as the text format places them) and the summary.</summary>
public class JsonFormatTests
{
    [Fact]
    public async Task The_report_parses_and_holds_every_diagnostic_with_its_place()
    {
        using var ws = TempWorkspace.WithFindings(beforeQuote: "🙂 ");
        var result = await InProcessCli.RunAsync("check", ws.Root, "--format", "json");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("", result.Stderr);

        using var json = JsonDocument.Parse(result.Stdout);
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(2, diagnostics.Count);

        var misquote = diagnostics[0];
        Assert.Equal(ws["article.md"], misquote.GetProperty("path").GetString());
        Assert.Equal("misquote", misquote.GetProperty("rule").GetString());
        Assert.Equal("warning", misquote.GetProperty("severity").GetString());
        Assert.Equal((4, "🙂 Khalil said [".Length + 1), (misquote.GetProperty("line").GetInt32(), misquote.GetProperty("column").GetInt32()));
        Assert.Equal((4, "🙂 Khalil said [“Geographically, the noose is closing around IS.”".Length + 1),
            (misquote.GetProperty("endLine").GetInt32(), misquote.GetProperty("endColumn").GetInt32()));
        Assert.StartsWith("Misquote (85 % similar)", misquote.GetProperty("message").GetString());
        var related = Assert.Single(misquote.GetProperty("related").EnumerateArray());
        Assert.Equal(ws["sources/briefing.txt"], related.GetProperty("path").GetString());
        Assert.Equal((1, 15), (related.GetProperty("line").GetInt32(), related.GetProperty("column").GetInt32()));
        var fix = Assert.Single(misquote.GetProperty("fixes").EnumerateArray());
        var edit = Assert.Single(fix.GetProperty("edits").EnumerateArray());
        Assert.Equal("article.md", edit.GetProperty("path").GetString());
        Assert.Equal("Geographically, the noose is tightening around IS", edit.GetProperty("newText").GetString());

        var unknown = diagnostics[1];
        Assert.Equal(("unknown-speaker", "error", 5), (unknown.GetProperty("rule").GetString(), unknown.GetProperty("severity").GetString(), unknown.GetProperty("line").GetInt32()));
        Assert.Contains(unknown.GetProperty("fixes").EnumerateArray(), f => f.GetProperty("title").GetString()!.Contains("khalil"));

        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal((1, 1, 0, 0, 3),
            (summary.GetProperty("errors").GetInt32(), summary.GetProperty("warnings").GetInt32(), summary.GetProperty("infos").GetInt32(),
             summary.GetProperty("hints").GetInt32(), summary.GetProperty("files").GetInt32()));
    }

    [Fact]
    public async Task A_clean_workspace_is_an_empty_list()
    {
        using var ws = new TempWorkspace(("article.md", "Nothing quoted here.\n"));
        var result = await InProcessCli.RunAsync("check", ws.Root, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Empty(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
    }
}
