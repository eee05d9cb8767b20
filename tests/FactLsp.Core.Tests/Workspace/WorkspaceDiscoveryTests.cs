using FactLsp.Core.Workspace;

namespace FactLsp.Core.Tests.Workspace;

/// <summary>Where workspaces are found: the CLI and the server both ask <see cref="WorkspaceDiscovery"/>.</summary>
public sealed class WorkspaceDiscoveryTests : IDisposable
{
    private readonly FixtureWorkspace _workspace = FixtureWorkspace.Empty();
    private readonly string _root;

    public WorkspaceDiscoveryTests() => _root = _workspace.Root;

    public void Dispose() => _workspace.Dispose();

    private string Touch(string relative)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "");
        return path;
    }

    [Fact]
    public void A_folder_with_factlsp_yaml_or_people_yaml_is_one_workspace()
    {
        Touch("people.yaml");
        Touch("newsroom/factlsp.yaml");
        Assert.Equal([_root], WorkspaceDiscovery.FindRootsIn(_root));
    }

    [Fact]
    public void A_repository_root_holds_the_workspaces_below_it_but_not_in_hidden_or_build_folders()
    {
        Touch("README.md");
        Touch("examples/factlsp.yaml");
        Touch("desk/politics/factlsp.yaml");
        Touch("desk/politics/inner/factlsp.yaml");
        Touch("node_modules/pkg/factlsp.yaml");
        Touch(".git/factlsp.yaml");
        Assert.Equal([Path.Combine(_root, "desk", "politics"), Path.Combine(_root, "examples")], WorkspaceDiscovery.FindRootsIn(_root));
    }

    [Fact]
    public void A_folder_inside_a_workspace_stands_for_the_whole_workspace()
    {
        Touch("factlsp.yaml");
        Touch("articles/a.md");
        Assert.Equal([_root], WorkspaceDiscovery.FindRootsIn(Path.Combine(_root, "articles")));
        Assert.Equal(_root, WorkspaceDiscovery.FindRootFor(Path.Combine(_root, "articles", "a.md")));
    }

    [Fact]
    public void Without_any_marker_the_folder_itself_is_a_workspace_with_the_defaults()
    {
        Touch("articles/a.md");
        Assert.Equal([_root], WorkspaceDiscovery.FindRootsIn(_root));
        Assert.Null(WorkspaceDiscovery.FindRootFor(Path.Combine(_root, "articles", "a.md")));
    }

    [Fact]
    public void Factlsp_yaml_wins_over_a_nearer_people_yaml()
    {
        Touch("factlsp.yaml");
        Touch("desk/people.yaml");
        Assert.Equal(_root, WorkspaceDiscovery.FindRootFor(Touch("desk/a.md")));
    }
}
