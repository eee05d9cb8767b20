using FactLsp.Cli.Tests.Infrastructure;
using FactLsp.Tests.Import;

namespace FactLsp.Cli.Tests;

/// <summary>
/// <c>factlsp source add</c> against a loopback site: the flow a writer follows (find a page, add
/// it, quote it, check it verified), and the failures, each one line on stderr with exit code 2.
/// </summary>
public sealed class SourceAddTests : IDisposable
{
    private readonly LoopbackSite _site = new();
    private readonly TempWorkspace _ws = new(("people.yaml", "redur-khalil: {name: Redur Khalil}\n"));

    public SourceAddTests()
    {
        _site.File("world/wire-story", "wire-story.html", "text/html; charset=utf-8")
            .Bytes("docs/release.pdf", TestPdfs.TwoPagesWithHeaders(), "application/pdf")
            .Slow("slow", TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Add_a_page_then_quote_it_and_the_check_verifies_it()
    {
        var add = await InProcessCli.RunAsync("source", "add", _site.Url("world/wire-story"), "--workspace", _ws.Root);

        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.Equal(["daily-ledger-2019-01-24-kurdish-led-fighters-overrun"], add.StdoutLines);
        Assert.Equal("Wrote sources/daily-ledger-2019-01-24-kurdish-led-fighters-overrun.md (article, 8 paragraphs). Cite it as src=daily-ledger-2019-01-24-kurdish-led-fighters-overrun\n", add.Stderr);
        Assert.True(File.Exists(_ws["sources/daily-ledger-2019-01-24-kurdish-led-fighters-overrun.md"]));

        _ws.Write("article.md", "Redur Khalil said the gains heralded a new phase.\n"
            + "[“Geographically, the noose is tightening around IS,”]{.quote by=redur-khalil src=daily-ledger-2019-01-24-kurdish-led-fighters-overrun} he said.\n");
        var check = await InProcessCli.RunAsync("check", _ws.Root, "--warnings-as-errors");
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Equal(["0 errors, 0 warnings, 0 infos, 0 hints in 3 files checked."], check.StdoutLines);
    }

    [Fact]
    public async Task Several_inputs_print_one_id_a_line_and_the_options_reach_the_file()
    {
        var add = await InProcessCli.RunAsync("source", "add", _site.Url("docs/release.pdf"), "--workspace", _ws.Root,
            "--kind", "statement", "--speaker", "anna-lindqvist");
        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.Contains("(statement, ", add.Stderr);
        Assert.Contains(" on 2 pages)", add.Stderr);
        var text = File.ReadAllText(_ws[$"sources/{add.StdoutLines[0]}.md"]);
        Assert.Contains("kind: statement\n", text);
        Assert.Contains("speaker: \"anna-lindqvist\"\n", text);
    }

    [Fact]
    public async Task Dry_run_prints_the_file_and_writes_nothing()
    {
        var add = await InProcessCli.RunAsync("source", "add", _site.Url("world/wire-story"), "--workspace", _ws.Root, "--dry-run", "--id", "wire");

        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.StartsWith("---\nid: wire\ntitle: \"Kurdish-led fighters overrun last IS village in Syria\"\n", add.Stdout);
        Assert.Contains("“Geographically, the noose is tightening around IS,” he said.", add.Stdout);
        Assert.Equal("Would write sources/wire.md (article, 8 paragraphs); nothing written (--dry-run).\n", add.Stderr);
        Assert.False(Directory.Exists(_ws["sources"]));
    }

    [Fact]
    public async Task A_404_exits_2_with_one_line_and_writes_nothing()
    {
        var add = await InProcessCli.RunAsync("source", "add", _site.Url("no/such/page"), "--workspace", _ws.Root);

        Assert.Equal(2, add.ExitCode);
        Assert.Equal($"factlsp: cannot import '{_site.Url("no/such/page")}': HTTP 404 Not Found\n", add.Stderr);
        Assert.Equal("", add.Stdout);
        Assert.False(Directory.Exists(_ws["sources"]));
    }

    [Fact]
    public async Task A_slow_page_times_out_with_the_limit_given()
    {
        var add = await InProcessCli.RunAsync("source", "add", _site.Url("slow"), "--workspace", _ws.Root, "--timeout", "1");

        Assert.Equal(2, add.ExitCode);
        Assert.EndsWith("': timed out after 1 s\n", add.Stderr);
    }

    [Fact]
    public async Task One_bad_input_among_good_ones_fails_the_run_but_not_the_others()
    {
        var add = await InProcessCli.RunAsync("source", "add", _site.Url("missing"), _site.Url("world/wire-story"), "--workspace", _ws.Root);

        Assert.Equal(2, add.ExitCode);
        Assert.Equal(["daily-ledger-2019-01-24-kurdish-led-fighters-overrun"], add.StdoutLines);
        Assert.Single(Directory.GetFiles(_ws["sources"]));
    }

    [Fact]
    public async Task An_existing_source_is_kept_unless_forced()
    {
        var first = await InProcessCli.RunAsync("source", "add", _site.Url("world/wire-story"), "--workspace", _ws.Root, "--id", "wire");
        Assert.True(first.ExitCode == 0, first.ToString());
        File.WriteAllText(_ws["sources/wire.md"], "edited by hand\n");

        var again = await InProcessCli.RunAsync("source", "add", _site.Url("world/wire-story"), "--workspace", _ws.Root, "--id", "wire");
        Assert.Equal(2, again.ExitCode);
        Assert.EndsWith("': sources/wire.md already exists (use --force to replace it, or --id to choose another id)\n", again.Stderr);
        Assert.Equal("edited by hand\n", File.ReadAllText(_ws["sources/wire.md"]));

        var forced = await InProcessCli.RunAsync("source", "add", _site.Url("world/wire-story"), "--workspace", _ws.Root, "--id", "wire", "--force");
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.StartsWith("---\nid: wire\n", File.ReadAllText(_ws["sources/wire.md"]));
        Assert.Single(Directory.GetFiles(_ws["sources"]));
    }

    [Theory]
    [InlineData("source", "add")]
    [InlineData("source", "add", "https://example.invalid/a", "https://example.invalid/b", "--id", "one")]
    [InlineData("source", "add", "page.html", "--kind", "novel")]
    [InlineData("source", "add", "page.html", "--workspace", "/no/such/folder/anywhere")]
    public async Task Bad_usage_exits_2_with_a_one_line_reason(params string[] args)
    {
        var result = await InProcessCli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("factlsp: ", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    public void Dispose()
    {
        _site.Dispose();
        _ws.Dispose();
    }
}
