using FactLsp.Cli.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace FactLsp.Cli.Tests;

/// <summary>
/// The hook of .pre-commit-hooks.yaml, run as pre-commit runs it: its <c>entry</c> split into words,
/// then the staged Markdown files as arguments (paths relative to the repository's root).
/// </summary>
public class PreCommitHookTests
{
    private static (string[] Entry, YamlMappingNode Hook) ReadHook()
    {
        var repository = Path.GetDirectoryName(InProcessCli.ExamplesFolder())!;
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(repository, ".pre-commit-hooks.yaml")))
        {
            yaml.Load(reader);
        }
        var hooks = (YamlSequenceNode)yaml.Documents[0].RootNode;
        var hook = (YamlMappingNode)hooks.Children.Single();
        var entry = ((YamlScalarNode)hook["entry"]).Value!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (entry, hook);
    }

    [Fact]
    public void The_hook_runs_factlsp_check_on_markdown_files()
    {
        var (entry, hook) = ReadHook();
        Assert.Equal("factlsp", ((YamlScalarNode)hook["id"]).Value);
        Assert.Equal(["factlsp", "check", "--no-progress"], entry);
        Assert.Equal("system", ((YamlScalarNode)hook["language"]).Value);
        Assert.Equal(["markdown"], ((YamlSequenceNode)hook["types"]).Children.Select(c => ((YamlScalarNode)c).Value));
    }

    [Fact]
    public async Task Staged_articles_with_errors_fail_the_commit_and_a_clean_one_passes()
    {
        var (entry, _) = ReadHook();
        var examples = InProcessCli.ExamplesFolder();
        var draft = Path.Combine(examples, "articles", "first-draft.md");
        var clean = Path.Combine(examples, "articles", "baghouz-falls.md");

        var both = await InProcessCli.RunAsync([.. entry[1..], draft, clean]);
        Assert.True(both.ExitCode == 1, both.ToString());
        Assert.Contains("first-draft.md:", both.Stdout);
        Assert.DoesNotContain("baghouz-falls.md:", both.Stdout);
        Assert.Matches(@"in 2 files checked\.$", both.StdoutLines[^1]);

        var alone = await InProcessCli.RunAsync([.. entry[1..], clean]);
        Assert.True(alone.ExitCode == 0, alone.ToString());
        Assert.Matches(@"^0 errors, \d+ warnings?, \d+ infos?, \d+ hints? in 1 file checked\.$", alone.StdoutLines[^1]);
    }
}
