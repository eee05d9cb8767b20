using System.Text.Json;
using FactLsp.Server.Documents;
using FactLsp.Server.Workspace;

namespace FactLsp.Server.State;

/// <summary>
/// Everything a request may read, as one immutable value. Mutating handlers produce a new one;
/// read-only handlers get the one current when they were dequeued and may use it as long as they
/// like. Each commit is a new instance, so two states are the same state exactly when they are the
/// same object.
/// </summary>
/// <remarks>
/// The open documents' text has one owner, <see cref="Documents"/>: the workspace snapshots read it
/// as their editor overlay, and only the methods here put it there (<see cref="WithDocument"/>,
/// <see cref="WithoutDocument"/>, <see cref="WithWorkspaces"/>), so the two never disagree.
/// </remarks>
public sealed record ServerState
{
    public static readonly ServerState Initial = new();

    /// <summary>The documents open in the client, with the client's text (not the disk's).</summary>
    public DocumentStore Documents { get; init; } = DocumentStore.Empty;

    /// <summary>The workspace folder URIs from `initialize` (rootUri when the client sent no folders).</summary>
    public IReadOnlyList<string> WorkspaceFolders { get; init; } = [];

    /// <summary>The Core's snapshots of the workspace folders; empty until indexing finishes.</summary>
    public WorkspaceSet Workspaces { get; private init; } = WorkspaceSet.Empty;

    /// <summary>The `factlsp` settings, as the client last gave them and as the server reads them.</summary>
    public ServerSettings Settings { get; private init; } = ServerSettings.Default;

    /// <summary>A document opened or edited: the client's text goes to the store, and the workspace holding it reads it from there.</summary>
    public ServerState WithDocument(TextDocument document) =>
        this with { Documents = Documents.Set(document), Workspaces = Workspaces.WithText(document.Uri, document.Text) };

    /// <summary>A document closed: the disk's text applies again.</summary>
    public ServerState WithoutDocument(string uri) =>
        this with { Documents = Documents.Remove(uri), Workspaces = Workspaces.WithoutText(uri) };

    /// <summary>
    /// New workspaces (indexed, added, reloaded from disk): the documents open in them keep the
    /// editor's text over the disk's.
    /// </summary>
    public ServerState WithWorkspaces(WorkspaceSet workspaces)
    {
        foreach (var document in Documents.All)
        {
            if (workspaces.Locate(document.Uri) is { } located && located.Snapshot.GetEditorText(located.Path) != document.Text)
            {
                workspaces = workspaces.WithText(document.Uri, document.Text);
            }
        }
        return this with { Workspaces = workspaces };
    }

    /// <summary>New `factlsp` settings, merged over each workspace's factlsp.yaml.</summary>
    public ServerState WithSettings(JsonElement? section)
    {
        var settings = ServerSettings.From(section);
        return this with { Settings = settings, Workspaces = Workspaces.WithOverrides(settings.Overrides) };
    }
}
