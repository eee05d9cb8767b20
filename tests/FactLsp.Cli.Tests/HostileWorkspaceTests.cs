using System.Diagnostics;
using System.Text.Json;
using FactLsp.Cli.Tests.Infrastructure;

namespace FactLsp.Cli.Tests;

/// <summary>
/// Workspaces built to break the check: each bad file gets its diagnostics (or one saying it was
/// skipped), and every other file is still checked and reported.
/// </summary>
public class HostileWorkspaceTests
{
    // A file whose findings must survive whatever its neighbours do to the check.
    private const string Witness = "[“Hello there, friends of mine”]{.quote by=nobody src=nowhere}\n";

    private static async Task<List<(string Path, string Rule, int Line, string Message)>> CheckAsync(TempWorkspace ws)
    {
        var result = await InProcessCli.RunAsync("check", ws.Root, "--format", "json");
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (Path.GetRelativePath(ws.Root, d.GetProperty("path").GetString()!).Replace('\\', '/'), d.GetProperty("rule").GetString()!,
                d.GetProperty("line").GetInt32(), d.GetProperty("message").GetString()!))
            .ToList();
    }

    private static void AssertWitnessChecked(List<(string Path, string Rule, int Line, string Message)> diagnostics) =>
        Assert.Contains(diagnostics, d => d.Path == "witness.md" && d.Rule == "unknown-speaker");

    [Theory]
    [InlineData("---\n&a [*a, *a]\n---\n\nText.\n", "refers to a node that contains it")]
    [InlineData("---\nspeakers: &s {x: *s}\n---\n\nText.\n", "refers to a node that contains it")]
    [InlineData("---\nsources:\n  - &a\n    id: x\n    also: *a\n---\n\nText.\n", "refers to a node that contains it")]
    public async Task A_yaml_alias_that_contains_itself_is_invalid_yaml(string article, string message)
    {
        using var ws = new TempWorkspace(("selfref.md", article), ("witness.md", Witness));
        var diagnostics = await CheckAsync(ws);
        Assert.Contains(diagnostics, d => d.Path == "selfref.md" && d.Rule == "invalid-yaml" && d.Message.Contains(message));
        AssertWitnessChecked(diagnostics);
    }

    [Fact]
    public async Task A_self_referencing_alias_in_people_yaml_is_invalid_yaml()
    {
        using var ws = new TempWorkspace(("people.yaml", "khalil: &k {name: Redur Khalil, aliases: [*k]}\n"), ("witness.md", Witness));
        var diagnostics = await CheckAsync(ws);
        Assert.Contains(diagnostics, d => d.Path == "people.yaml" && d.Rule == "invalid-yaml");
        AssertWitnessChecked(diagnostics);
    }

    [Fact]
    public async Task Aliases_that_expand_a_billion_times_are_invalid_yaml()
    {
        var yaml = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        var previous = 'a';
        foreach (var name in "bcdefghi")
        {
            yaml += $"{name}: &{name} [{string.Join(", ", Enumerable.Repeat("*" + previous, 9))}]\n";
            previous = name;
        }
        using var ws = new TempWorkspace(("people.yaml", yaml), ("bomb.md", $"---\n{yaml}---\n\nText.\n"), ("witness.md", Witness));
        var diagnostics = await CheckAsync(ws);
        Assert.Contains(diagnostics, d => d.Path == "people.yaml" && d.Rule == "invalid-yaml");
        Assert.Contains(diagnostics, d => d.Path == "bomb.md" && d.Rule == "invalid-yaml");
        AssertWitnessChecked(diagnostics);
    }

    [Fact]
    public async Task Yaml_nested_a_hundred_thousand_deep_is_invalid_yaml()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        using var ws = new TempWorkspace(("people.yaml", $"x: {deep}\n"), ("deep.md", $"---\nspeakers: {deep}\n---\n\nText.\n"), ("witness.md", Witness));
        var diagnostics = await CheckAsync(ws);
        Assert.Contains(diagnostics, d => d.Path == "people.yaml" && d.Rule == "invalid-yaml" && d.Message.Contains("nested more than"));
        Assert.Contains(diagnostics, d => d.Path == "deep.md" && d.Rule == "invalid-yaml" && d.Message.Contains("nested more than"));
        AssertWitnessChecked(diagnostics);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("[", "]{.term}")]
    [InlineData("> ", "")]
    [InlineData("*", "*")]
    public async Task Markdown_nested_a_hundred_thousand_deep_is_one_diagnostic_at_its_line(string open, string close)
    {
        var deep = string.Concat(Enumerable.Repeat(open, 100_000)) + "x" + string.Concat(Enumerable.Repeat(close, 100_000));
        using var ws = new TempWorkspace(("deep.md", $"# Title\n\nSome prose.\n\n{deep}\n"), ("witness.md", Witness));
        var diagnostics = await CheckAsync(ws);
        var mine = diagnostics.Where(d => d.Path == "deep.md").ToList();
        if (mine.Count > 0)
        {
            // Markdig refused it: one diagnostic, where the nesting is.
            var only = Assert.Single(mine);
            Assert.Equal(("unreadable-file", 5), (only.Rule, only.Line));
        }
        AssertWitnessChecked(diagnostics);
    }

    [Fact]
    public async Task Brackets_nested_a_hundred_thousand_deep_are_reported_not_thrown()
    {
        var deep = new string('[', 100_000) + "x" + new string(']', 100_000);
        using var ws = new TempWorkspace(("deep.md", $"Intro.\n\n{deep}\n"), ("witness.md", Witness));
        var diagnostics = await CheckAsync(ws);
        var only = Assert.Single(diagnostics, d => d.Path == "deep.md");
        Assert.Equal(("unreadable-file", 3), (only.Rule, only.Line));
        Assert.Contains("nested too deeply", only.Message);
        AssertWitnessChecked(diagnostics);
    }

    [Fact]
    public async Task A_paragraph_of_a_thousand_unannotated_quotations_gets_a_diagnostic_for_each()
    {
        var paragraph = string.Join("\n", Enumerable.Repeat("“four words in quotes”", 1000));
        using var ws = new TempWorkspace(("people.yaml", "khalil: {name: Redur Khalil}\n"), ("many.md", paragraph + "\n"), ("witness.md", Witness));
        var diagnostics = await CheckAsync(ws);
        Assert.Equal(1000, diagnostics.Count(d => d.Path == "many.md" && d.Rule == "unattributed-quote"));
        AssertWitnessChecked(diagnostics);
    }

    [Fact]
    public async Task A_fifo_named_like_an_article_is_skipped_not_waited_for()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // No FIFOs in the file system there.
        }
        using var ws = new TempWorkspace(("witness.md", Witness));
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [ws["pipe.md"]]) { UseShellExecute = false })!)
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var diagnostics = await CheckAsync(ws).WaitAsync(TimeSpan.FromSeconds(60));

        var only = Assert.Single(diagnostics, d => d.Path == "pipe.md");
        Assert.Equal("unreadable-file", only.Rule);
        Assert.Contains("not a regular file", only.Message);
        AssertWitnessChecked(diagnostics);
    }
}
