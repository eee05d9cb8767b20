using FactLsp.Cli.Tests.Infrastructure;

namespace FactLsp.Cli.Tests;

/// <summary>
/// <c>check --cache</c> and <c>--cache-location</c>: the report is the same with and without the
/// cache, cold or warm; the cache lives in the workspace's .factlsp/cache/ (ignored by git) or the
/// folder named; one that cannot be written or read costs a note on standard error, never the check.
/// </summary>
public class CacheOptionTests
{
    [Fact]
    public async Task A_warm_check_reports_exactly_what_a_check_without_the_cache_reports()
    {
        using var ws = TempWorkspace.WithFindings();
        var plain = await InProcessCli.RunAsync("check", ws.Root, "--format", "json");
        Assert.False(Directory.Exists(Path.Combine(ws.Root, ".factlsp")));

        var cold = await InProcessCli.RunAsync("check", ws.Root, "--format", "json", "--cache");
        var warm = await InProcessCli.RunAsync("check", ws.Root, "--format", "json", "--cache");
        Assert.Equal((plain.ExitCode, plain.Stdout), (cold.ExitCode, cold.Stdout));
        Assert.Equal((plain.ExitCode, plain.Stdout), (warm.ExitCode, warm.Stdout));
        Assert.Equal("", warm.Stderr);
        Assert.True(File.Exists(Path.Combine(ws.Root, ".factlsp", "cache", "findings.bin")));
        Assert.Contains("*", File.ReadAllLines(Path.Combine(ws.Root, ".factlsp", ".gitignore")));
    }

    [Fact]
    public async Task The_cache_location_option_puts_the_cache_in_that_folder()
    {
        using var ws = TempWorkspace.WithFindings();
        var folder = Path.Combine(Path.GetTempPath(), "factlsp-cli-cache-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var plain = await InProcessCli.RunAsync("check", ws.Root);
            var cold = await InProcessCli.RunAsync("check", ws.Root, "--cache-location", folder);
            var warm = await InProcessCli.RunAsync("check", ws.Root, "--cache-location", folder);
            Assert.Equal(plain.Stdout, cold.Stdout);
            Assert.Equal(plain.Stdout, warm.Stdout);
            Assert.Single(Directory.GetFiles(folder, "*.bin"));
            Assert.False(Directory.Exists(Path.Combine(ws.Root, ".factlsp")));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task A_damaged_cache_is_noted_and_rewritten_and_an_unwritable_one_is_noted()
    {
        using var ws = TempWorkspace.WithFindings();
        var plain = await InProcessCli.RunAsync("check", ws.Root);
        await InProcessCli.RunAsync("check", ws.Root, "--cache");
        var file = Path.Combine(ws.Root, ".factlsp", "cache", "findings.bin");
        File.WriteAllBytes(file, File.ReadAllBytes(file)[..20]);

        var damaged = await InProcessCli.RunAsync("check", ws.Root, "--cache");
        Assert.Equal((plain.ExitCode, plain.Stdout), (damaged.ExitCode, damaged.Stdout));
        Assert.Contains("ignoring the cache", damaged.Stderr);
        var rewritten = await InProcessCli.RunAsync("check", ws.Root, "--cache");
        Assert.Equal("", rewritten.Stderr);

        // A file where the cache folder should be: the folder cannot be made, by anyone.
        var blocked = Path.Combine(ws.Root, "blocked");
        File.WriteAllText(blocked, "in the way");
        var unwritable = await InProcessCli.RunAsync("check", ws.Root, "--cache-location", Path.Combine(blocked, "cache"));
        Assert.Equal((plain.ExitCode, plain.Stdout), (unwritable.ExitCode, unwritable.Stdout));
        Assert.Contains("could not be written", unwritable.Stderr);
    }
}
