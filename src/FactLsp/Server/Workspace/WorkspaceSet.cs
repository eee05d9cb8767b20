using System.Collections.Immutable;
using FactLsp.Core.Configuration;
using FactLsp.Core.Workspace;

namespace FactLsp.Server.Workspace;

/// <summary>One workspace folder of the client and the Core's snapshot of it.</summary>
public sealed record WorkspaceEntry(string RootUri, WorkspaceSnapshot Snapshot);

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

    public bool IsIndexed => Entries.Length > 0;

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

    public string UriOf(WorkspaceSnapshot snapshot, string path) => DocumentUris.FromLocalPath(snapshot.Root.ToFullPath(path));

    public WorkspaceSet WithText(string uri, string text) => Update(uri, (s, p) => s.WithText(p, text));

    public WorkspaceSet WithoutText(string uri) => Update(uri, (s, p) => s.WithoutText(p));

    public WorkspaceSet WithDiskChange(string uri) => Update(uri, (s, p) => s.WithDiskChange(p));

    public WorkspaceSet WithDiskDeletion(string uri) => Update(uri, (s, p) => s.WithDiskDeletion(p));

    public WorkspaceSet WithOverrides(ConfigOverrides overrides) =>
        new(Entries.Select(e => e with { Snapshot = e.Snapshot.WithOverrides(overrides) }).ToImmutableArray());

    public WorkspaceSet With(WorkspaceEntry entry) =>
        new(Entries.Where(e => e.RootUri != entry.RootUri).Append(entry).ToImmutableArray());

    private WorkspaceSet Update(string uri, Func<WorkspaceSnapshot, string, WorkspaceSnapshot> update)
    {
        if (Locate(uri) is not { } located)
        {
            return this;
        }
        var next = update(located.Snapshot, located.Path);
        return ReferenceEquals(next, located.Snapshot) ? this : new(Entries.Replace(located.Entry, located.Entry with { Snapshot = next }));
    }
}
