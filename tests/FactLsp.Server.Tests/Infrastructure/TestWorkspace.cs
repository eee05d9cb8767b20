namespace FactLsp.Server.Tests.Infrastructure;

/// <summary>
/// A workspace on disk for end-to-end tests: a copy of the repository's examples/ (or an empty
/// folder) in a temp directory, deleted afterwards, so tests may edit files freely.
/// </summary>
public sealed class TestWorkspace : IDisposable
{
    private TestWorkspace(string root) => Root = root;

    public string Root { get; }

    public string RootUri => new Uri(Root + Path.DirectorySeparatorChar).AbsoluteUri;

    public static TestWorkspace CopyOfExamples()
    {
        var workspace = Empty();
        Copy(Path.Combine(RepositoryRoot(), "examples"), workspace.Root);
        return workspace;
    }

    public static TestWorkspace Empty()
    {
        var root = Path.Combine(Path.GetTempPath(), "factlsp-e2e-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        return new TestWorkspace(root);
    }

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public string UriOf(string relative) => new Uri(PathOf(relative)).AbsoluteUri;

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactLsp.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("No FactLsp.sln above " + AppContext.BaseDirectory);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
