namespace FactLsp.Testing;

/// <summary>Folders the tests read, found by walking up from the test binaries.</summary>
public static class TestPaths
{
    /// <summary>The repository root: the folder holding FactLsp.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactLsp.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("The repository root (FactLsp.sln) was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The shared seed sources, <c>shared/seed/</c> inside a folder above the binaries or beside one (outside the repository).</summary>
    public static string SeedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seed");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
            candidate = Path.Combine(dir.FullName, "..", "shared", "seed");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException(
            $"This test reads the shared seed sources, outside the repository: a folder shared/seed/ (or ../shared/seed/) above {AppContext.BaseDirectory}, and there is none. "
            + "Put the shared folder beside the repository, or leave these tests out: dotnet test --filter needs!=shared");
    }
}
