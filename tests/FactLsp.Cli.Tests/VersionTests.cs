using System.Xml.Linq;
using FactLsp.Cli.Tests.Infrastructure;

namespace FactLsp.Cli.Tests;

/// <summary><c>factlsp --version</c> prints the one version of Directory.Build.props, alone on a line.</summary>
public class VersionTests
{
    /// <summary>The Version of the repository's Directory.Build.props (the release's version).</summary>
    internal static string DeclaredVersion()
    {
        var repository = Path.GetDirectoryName(InProcessCli.ExamplesFolder())!;
        var props = XDocument.Load(Path.Combine(repository, "Directory.Build.props"));
        var version = props.Descendants("Version").Single().Value.Trim();
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", version);
        return version;
    }

    [Fact]
    public async Task Version_prints_the_declared_version_alone()
    {
        var result = await InProcessCli.RunAsync("--version");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(DeclaredVersion() + "\n", result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void The_product_version_has_no_commit_suffix()
    {
        Assert.Equal(DeclaredVersion(), ProductVersion.Value);
    }
}
