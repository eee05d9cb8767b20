using FactLsp.Server.Conversions;

namespace FactLsp.Server.Tests.Conversions;

/// <summary>The URI of a workspace file, built from its root's without a Uri per file, is what the general conversion gives.</summary>
public class DocumentUriTests
{
    public static TheoryData<string, string> Paths()
    {
        var data = new TheoryData<string, string>();
        string[] roots = ["/tmp/factlsp-bench/check", "/work/news room", "/home/ü/news", "/srv/a#b", "/srv/100%", "/srv/x.", "/srv/./x", "/"];
        string[] paths =
        [
            "articles/a.md", "sources/afp-2019-04-17-143.txt", "people.yaml", "a_b-c.d/e.md",
            "articles/with space.md", "articles/é.md", "articles/😀.md", "articles/a#b.md", "articles/100%.md", "articles/a?b.md",
            "articles/./a.md", "articles/../people.yaml", "articles//a.md", "articles/a./b.md", "articles/a.", "articles/", ".hidden/a.md", "a~b.md",
        ];
        foreach (var root in roots)
        {
            foreach (var path in paths)
            {
                data.Add(root, path);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void A_workspace_path_gives_the_uri_of_the_joined_path(string root, string path)
    {
        var expected = DocumentUris.FromLocalPath(Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar)));
        Assert.Equal(expected, DocumentUris.FromWorkspacePath(root, path));
        // Asked again (the root's URI now kept), and after another root.
        Assert.Equal(expected, DocumentUris.FromWorkspacePath(root, path));
        DocumentUris.FromWorkspacePath("/elsewhere", "x.md");
        Assert.Equal(expected, DocumentUris.FromWorkspacePath(root, path));
    }
}
