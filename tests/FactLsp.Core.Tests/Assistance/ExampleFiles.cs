namespace FactLsp.Core.Tests.Assistance;

/// <summary>Files of the repository's example workspace, for fixtures that hold them whole (<see cref="Fixture.File"/>).</summary>
internal static class ExampleFiles
{
    /// <summary>The text of the real Dawn report as the example workspace holds it (with front matter).</summary>
    public static string DawnSource => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "examples", "sources", "dawn-2019-01-24.txt"));

    /// <summary>The example's people.yaml (Khalil, Putin, Erdogan, Trump, Assad).</summary>
    public static string People => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "examples", "people.yaml"));
}
