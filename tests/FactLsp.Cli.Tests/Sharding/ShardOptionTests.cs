using FactLsp.Cli.Tests.Infrastructure;

namespace FactLsp.Cli.Tests.Sharding;

/// <summary><c>--shard K/N</c>: which articles a shard takes, and the usage errors.</summary>
public class ShardOptionTests
{
    [Theory]
    [InlineData("0/2", "K must be between 1 and 2")]
    [InlineData("3/2", "K must be between 1 and 2")]
    [InlineData("-1/3", "K must be between 1 and 3")]
    [InlineData("1/0", "N, the number of shards, must be at least 1")]
    [InlineData("1/-2", "N, the number of shards, must be at least 1")]
    [InlineData("2/x", "--shard takes K/N")]
    [InlineData("2", "--shard takes K/N")]
    [InlineData("1/2/3", "--shard takes K/N")]
    [InlineData(" 1/2", "--shard takes K/N")]
    public async Task A_bad_shard_is_one_line_and_exit_2(string value, string reason)
    {
        using var ws = TempWorkspace.WithFindings();
        var result = await InProcessCli.RunAsync("check", ws.Root, "--shard", value);
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Stdout);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(reason, line);
        Assert.StartsWith("factlsp: ", line);
    }

    [Fact]
    public void The_share_of_a_path_is_fixed_by_its_hash_not_by_the_machine_or_the_run()
    {
        // Pinned: the first 8 bytes of SHA-256 of the path, big-endian, modulo N. A change here would
        // split one CI matrix differently on two machines running different FactLsp versions.
        Assert.Equal([1, 3, 1], new[] { "articles/a.md", "articles/b.md", "articles/c.md" }.Select(p => Shard.Of(p, 3)));
        Assert.Equal(Shard.Of("articles/café.md", 7), Shard.Of("articles/cafe\u0301.md", 7));
        Assert.Equal(Shard.Of("articles/2019/a.md", 5), Shard.Of("articles\\2019\\a.md", 5));
        Assert.All(Enumerable.Range(0, 200), i => Assert.Equal(1, Shard.Of($"articles/{i}.md", 1)));
    }

    [Fact]
    public void Shares_are_even_in_number_of_articles()
    {
        var counts = Enumerable.Range(0, 7000).Select(i => Shard.Of($"articles/{i / 100:D2}/story-{i}.md", 7)).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Enumerable.Range(1, 7), counts.Keys.Order());
        Assert.All(counts.Values, c => Assert.InRange(c, 900, 1100));
    }

    [Fact]
    public async Task A_shard_with_no_article_reports_nothing_and_exits_0()
    {
        using var ws = new TempWorkspace(("people.yaml", "khalil: {name: Redur Khalil}\n"), ("article.md", "[“Words.”]{.quote by=kalil src=nowhere}\n"));
        var holder = Shard.Of("article.md", 2);
        var other = await InProcessCli.RunAsync("check", ws.Root, "--shard", $"{3 - holder}/2", "--no-progress");
        Assert.True(other.ExitCode == 0, other.ToString());
        Assert.EndsWith($"in {(holder == 1 ? 0 : 1)} file{(holder == 1 ? "s" : "")} checked (shard {3 - holder} of 2).", other.StdoutLines.Last());
        var own = await InProcessCli.RunAsync("check", ws.Root, "--shard", $"{holder}/2", "--no-progress");
        Assert.Equal(1, own.ExitCode);
        Assert.Contains(own.StdoutLines, l => l.Contains("unknown-speaker", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_path_on_the_command_line_narrows_the_shard_and_its_share_stays_the_same()
    {
        using var ws = new TempWorkspace(
            ("people.yaml", "khalil: {name: Redur Khalil}\n"),
            ("desk/a.md", "[“Words.”]{.quote by=kalil src=nowhere}\n"),
            ("other/b.md", "[“Words.”]{.quote by=kalil src=nowhere}\n"));
        var k = Shard.Of("desk/a.md", 3);
        var result = await InProcessCli.RunAsync("check", ws["desk"], "--shard", $"{k}/3", "--no-progress", "--format", "json");
        Assert.Contains("desk/a.md", result.Stdout.Replace("\\\\", "/").Replace('\\', '/'));
        Assert.DoesNotContain("other/b.md", result.Stdout.Replace("\\\\", "/").Replace('\\', '/'));
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task The_text_summary_names_the_shard()
    {
        using var ws = TempWorkspace.WithFindings();
        var result = await InProcessCli.RunAsync("check", ws.Root, "--shard", "1/1", "--no-progress");
        Assert.EndsWith("(shard 1 of 1).", result.StdoutLines.Last());
    }
}
