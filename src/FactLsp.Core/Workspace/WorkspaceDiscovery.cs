using FactLsp.Core.Configuration;

namespace FactLsp.Core.Workspace;

/// <summary>
/// Where FactLsp workspaces are. The CLI and the server answer the same way, so a file checked in
/// CI and in the editor is checked against the same sources and people.
/// </summary>
public static class WorkspaceDiscovery
{
    public const string PeopleFileName = "people.yaml";

    // Folders that never hold a newsroom's workspace and can be very large.
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "node_modules", "bin", "obj", "dist", "out" };

    private const int SearchDepth = 4;

    /// <summary>
    /// The root of the workspace a file or folder belongs to: the nearest folder (itself or above)
    /// holding <c>factlsp.yaml</c>; else the nearest holding <c>people.yaml</c>; else null.
    /// </summary>
    public static string? FindRootFor(string fileOrFolder)
    {
        var full = Path.GetFullPath(fileOrFolder);
        var start = File.Exists(full) ? Path.GetDirectoryName(full)! : full;
        foreach (var marker in new[] { FactLspConfig.FileName, PeopleFileName })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, marker)))
                {
                    return dir.FullName;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The workspaces of an editor's folder. A folder that holds <c>factlsp.yaml</c> or <c>people.yaml</c>
    /// (or lies inside such a workspace) is one workspace. Otherwise each folder below it, a few levels
    /// deep, that holds <c>factlsp.yaml</c> is one (a repository with the newsroom's workspace in a
    /// sub-folder); when there is none, the folder itself is a workspace with the defaults, as the spec says.
    /// </summary>
    public static IReadOnlyList<string> FindRootsIn(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            return [];
        }
        if (File.Exists(Path.Combine(full, FactLspConfig.FileName)) || File.Exists(Path.Combine(full, PeopleFileName)))
        {
            return [full];
        }
        if (FindRootFor(full) is { } enclosing)
        {
            // Opened inside a workspace: the whole workspace, so the folder's articles see its sources.
            return [enclosing];
        }
        var nested = new List<string>();
        Search(new DirectoryInfo(full), 0, nested);
        return nested.Count > 0 ? nested : [full];
    }

    private static void Search(DirectoryInfo dir, int depth, List<string> found)
    {
        if (depth > SearchDepth)
        {
            return;
        }
        IEnumerable<DirectoryInfo> children;
        try
        {
            children = dir.EnumerateDirectories().ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (var child in children.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            if (child.Name.StartsWith('.') || Skipped.Contains(child.Name) || child.LinkTarget is not null)
            {
                continue;
            }
            if (File.Exists(Path.Combine(child.FullName, FactLspConfig.FileName)))
            {
                found.Add(child.FullName);
                continue; // A workspace's sub-folders belong to it.
            }
            Search(child, depth + 1, found);
        }
    }
}
