using System.Text.Json;
using FactLsp.Cli.Tests.Infrastructure;
using FactLsp.Core.Diagnostics;

namespace FactLsp.Cli.Tests;

/// <summary>
/// <c>factlsp check</c> on the repository's examples/: first-draft.md holds one deliberate mistake per
/// rule of the spec's section 6, and the checker finds each; baghouz-falls.md, the sources and the
/// registry check clean.
/// </summary>
public class ExampleWorkspaceTests
{
    // The seventeen rules of section 6 (v1.1); the file rules (invalid-yaml, unreadable-file, invalid-encoding) are no deliberate mistake.
    private static readonly string[] SectionSixRules = Rules.All.Where(r => !r.IsFileRule).Select(r => r.Code).ToArray();

    [Fact]
    public async Task The_examples_exit_1_with_each_deliberate_mistake_of_the_first_draft()
    {
        var examples = InProcessCli.ExamplesFolder();
        var result = await InProcessCli.RunAsync("check", examples, "--format", "json");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(17, SectionSixRules.Length);

        using var json = JsonDocument.Parse(result.Stdout);
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (Path: d.GetProperty("path").GetString()!.Replace('\\', '/'), Rule: d.GetProperty("rule").GetString()!, Line: d.GetProperty("line").GetInt32(),
                Severity: d.GetProperty("severity").GetString()!))
            .ToList();
        Assert.All(diagnostics, d => Assert.EndsWith("examples/articles/first-draft.md", d.Path));
        Assert.Equal(SectionSixRules.Order(), diagnostics.Select(d => d.Rule).Distinct().Order());

        // The draft's own lines, so a mistake found on the wrong line fails too.
        var draft = File.ReadAllLines(Path.Combine(examples, "articles", "first-draft.md"));
        int LineOf(string words) => Array.FindIndex(draft, l => l.Contains(words, StringComparison.Ordinal)) + 1;
        Assert.Contains(diagnostics, d => d is { Rule: "misquote", Severity: "warning" } && d.Line == LineOf("the noose is closing around IS"));
        Assert.Contains(diagnostics, d => d is { Rule: "quote-not-found", Severity: "error" } && d.Line == LineOf("the organisation is finished for good"));
        Assert.Contains(diagnostics, d => d is { Rule: "wrong-speaker", Severity: "warning" } && d.Line == LineOf("by=vladimir-putin"));
        Assert.Contains(diagnostics, d => d is { Rule: "wrong-speaker", Severity: "error" } && d.Line == LineOf("Mr Khalil will take a few questions"));
        Assert.Contains(diagnostics, d => d is { Rule: "unknown-speaker" } && d.Line == LineOf("by=redur-kalil"));
        Assert.Contains(diagnostics, d => d is { Rule: "quote-alteration", Severity: "hint" } && d.Line == LineOf("by=redur-kalil"));
        Assert.Contains(diagnostics, d => d is { Rule: "unknown-source" } && d.Line == LineOf("reuters-2019-01-24"));
        Assert.Contains(diagnostics, d => d is { Rule: "unverifiable-quote", Severity: "info" } && d.Line == LineOf("a turning point for the region"));
        Assert.Contains(diagnostics, d => d is { Rule: "not-quoted-in-source", Severity: "warning" } && d.Line == LineOf("scattered farmhouses"));
        Assert.Contains(diagnostics, d => d is { Rule: "speaker-not-evident", Severity: "info" } && d.Line == LineOf("[“caliphate”]"));
        Assert.Contains(diagnostics, d => d is { Rule: "unattributed-quote" } && d.Line == LineOf("we have won against ISIS"));
        Assert.Contains(diagnostics, d => d is { Rule: "malformed-annotation" } && d.Line == LineOf("mood=warm"));
        Assert.Contains(diagnostics, d => d is { Rule: "duplicate-id" } && d.Line == LineOf("redur-khalil: {name: Redur Khalil}"));
        Assert.Contains(diagnostics, d => d is { Rule: "unused-definition" } && d.Line == LineOf("sdc-spokesman:"));
        Assert.Contains(diagnostics, d => d is { Rule: "claim-without-source" } && d.Line == LineOf("the offensive began last September"));
        Assert.Contains(diagnostics, d => d is { Rule: "disputed-claim" } && d.Line == LineOf("status=false"));
        Assert.Contains(diagnostics, d => d is { Rule: "evidence-not-found" } && d.Line == LineOf("status=false"));
        Assert.Contains(diagnostics, d => d is { Rule: "source-after-article" } && d.Line == LineOf("Mr Khalil will take a few questions"));
    }

    [Fact]
    public async Task The_clean_article_alone_exits_0()
    {
        var article = Path.Combine(InProcessCli.ExamplesFolder(), "articles", "baghouz-falls.md");
        var result = await InProcessCli.RunAsync("check", article, "--warnings-as-errors");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["0 errors, 0 warnings, 0 infos, 0 hints in 1 file checked."], result.StdoutLines);
    }
}
