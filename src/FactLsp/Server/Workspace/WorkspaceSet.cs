using System.Collections.Immutable;
using FactLsp.Core.Configuration;
using FactLsp.Core.Workspace;
using FactLsp.Server.Conversions;

namespace FactLsp.Server.Workspace;

/// <summary>One FactLsp workspace (a root found in the client's folders, or beside a loose file) and the Core's snapshot of it.</summary>
public sealed record WorkspaceEntry(WorkspaceSnapshot Snapshot)
{
    public string RootPath => Snapshot.Root.FullPath;

    /// <summary>Set while only the open documents' part of the workspace is read (see <see cref="PartialWorkspace"/>).</summary>
    public PartialWorkspace? Partial { get; init; }

    public bool IsPartial => Partial is not null;
}

/// <summary>A document located in a workspace: the snapshot that holds it and its workspace-relative path.</summary>
public sealed record LocatedDocument(WorkspaceEntry Entry, string Path)
{
    public WorkspaceSnapshot Snapshot => Entry.Snapshot;
}

/// <summary>
/// Every indexed workspace folder, immutable like the rest of the server state. Edits go to the
/// folder that holds the document; a document outside every folder is not checked.
/// </summary>
public sealed record WorkspaceSet(ImmutableArray<WorkspaceEntry> Entries)
{
    public static WorkspaceSet Empty { get; } = new(ImmutableArray<WorkspaceEntry>.Empty);

    public LocatedDocument? Locate(string uri)
    {
        if (DocumentUris.ToLocalPath(uri) is not { } local)
        {
            return null;
        }
        // The innermost folder wins when folders nest.
        foreach (var entry in Entries.OrderByDescending(e => e.Snapshot.Root.FullPath.Length))
        {
            if (entry.Snapshot.Root.ToRelativePath(local) is { } path)
            {
                return new LocatedDocument(entry, path);
            }
        }
        return null;
    }

    public string UriOf(WorkspaceSnapshot snapshot, string path) => DocumentUris.FromWorkspacePath(snapshot.Root.FullPath, path);

    // In a partial workspace, an opened or edited article brings the sources it needs.
    public WorkspaceSet WithText(string uri, string text) => Update(uri, (e, p) => e.Partial is { } partial
        ? e with { Snapshot = partial.WithSourcesFor(e.Snapshot.WithText(p, text), p) }
        : e with { Snapshot = e.Snapshot.WithText(p, text) });

    public WorkspaceSet WithoutText(string uri) => Update(uri, (e, p) => e with { Snapshot = e.Snapshot.WithoutText(p) });

    // A partial workspace reads the change now if it holds the file, and remembers it for the whole workspace being read.
    public WorkspaceSet WithDiskChange(string uri) => Update(uri, (e, p) => e with { Snapshot = Known(e, p) ? e.Snapshot.WithDiskChange(p) : e.Snapshot, Partial = e.Partial?.WithDiskChange(p) });

    public WorkspaceSet WithDiskDeletion(string uri) => Update(uri, (e, p) => e with { Snapshot = e.Snapshot.WithDiskDeletion(p), Partial = e.Partial?.WithDiskChange(p) });

    private static bool Known(WorkspaceEntry entry, string path) => entry.Partial is null || entry.Snapshot.GetFile(path) is not null;

    public WorkspaceSet WithOverrides(ConfigOverrides overrides) =>
        new(Entries.Select(e => e with { Snapshot = e.Snapshot.WithOverrides(overrides) }).ToImmutableArray());

    /// <summary>Adds a workspace, or replaces the one with the same root.</summary>
    public WorkspaceSet With(WorkspaceSnapshot snapshot, PartialWorkspace? partial = null) =>
        new(Entries.Where(e => e.RootPath != snapshot.Root.FullPath).Append(new WorkspaceEntry(snapshot) { Partial = partial }).ToImmutableArray());

    /// <summary>Drops the workspaces whose roots lie in <paramref name="folder"/> (a folder the client closed).</summary>
    public WorkspaceSet WithoutFolder(string folder, out IReadOnlyList<WorkspaceEntry> removed)
    {
        var prefix = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        removed = Entries.Where(e => e.RootPath == Path.TrimEndingDirectorySeparator(folder) || e.RootPath.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        return removed.Count == 0 ? this : new(Entries.RemoveRange(removed));
    }

    public bool HasRoot(string rootPath) => Entries.Any(e => e.RootPath == rootPath);

    /// <summary>
    /// A document outside every workspace (a file opened without its folder) brings its own: the
    /// workspace the CLI would check it in, found by <c>factlsp.yaml</c> or <c>people.yaml</c> above it,
    /// or its folder when that holds a <c>sources</c> folder. Without either, it stays unchecked:
    /// reading a whole home folder for one loose note would be wrong.
    /// </summary>
    public WorkspaceSet WithWorkspaceFor(string uri, ConfigOverrides overrides)
    {
        if (Locate(uri) is not null || DocumentUris.ToLocalPath(uri) is not { } local || Path.GetDirectoryName(local) is not { } folder || !Directory.Exists(folder))
        {
            return this;
        }
        var root = WorkspaceDiscovery.FindRootFor(folder) ?? (Directory.Exists(Path.Combine(folder, "sources")) ? folder : null);
        return root is null || HasRoot(root) ? this : With(WorkspaceSnapshot.Load(root, overrides));
    }

    private WorkspaceSet Update(string uri, Func<WorkspaceEntry, string, WorkspaceEntry> update)
    {
        if (Locate(uri) is not { } located)
        {
            return this;
        }
        var next = update(located.Entry, located.Path);
        return next == located.Entry ? this : new(Entries.Replace(located.Entry, next));
    }
}
