using FactLsp.Server.Workspace;
using System.Text.Json;
using FactLsp.Server.Documents;

namespace FactLsp.Server.State;

/// <summary>
/// Everything a request may read, as one immutable value. Mutating handlers produce a new one;
/// read-only handlers get the one current when they were dequeued and may use it as long as they
/// like. The Core's workspace snapshot belongs here, beside <see cref="Documents"/>, as another
/// immutable property set by the mutating handlers.
/// </summary>
public sealed record ServerState
{
    public static readonly ServerState Initial = new();

    /// <summary>The documents open in the client, with the client's text (not the disk's).</summary>
    public DocumentStore Documents { get; init; } = DocumentStore.Empty;

    /// <summary>The `factlsp` configuration section, as the client last gave it (null: defaults).</summary>
    public JsonElement? Settings { get; init; }

    /// <summary>The workspace folder URIs from `initialize` (rootUri when the client sent no folders).</summary>
    public IReadOnlyList<string> WorkspaceFolders { get; init; } = [];

    /// <summary>The Core's snapshots of the workspace folders; empty until indexing finishes.</summary>
    public WorkspaceSet Workspaces { get; init; } = WorkspaceSet.Empty;

    /// <summary>What the server makes of <see cref="Settings"/>.</summary>
    public ServerSettings ParsedSettings { get; init; } = ServerSettings.Default;

    /// <summary>A document opened or edited: the client's text goes to the store and to the workspace model alike.</summary>
    public ServerState WithDocument(TextDocument document) =>
        this with { Documents = Documents.Set(document), Workspaces = Workspaces.WithText(document.Uri, document.Text) };

    /// <summary>A document closed: the disk's text applies again.</summary>
    public ServerState WithoutDocument(string uri) =>
        this with { Documents = Documents.Remove(uri), Workspaces = Workspaces.WithoutText(uri) };

    /// <summary>New `factlsp` settings, merged over each workspace's factlsp.yaml.</summary>
    public ServerState WithSettings(JsonElement? settings)
    {
        var parsed = ServerSettings.From(settings);
        return this with { Settings = settings, ParsedSettings = parsed, Workspaces = Workspaces.WithOverrides(parsed.Overrides) };
    }

    /// <summary>Grows by one with each committed mutation: a cheap way to tell snapshots apart.</summary>
    public long Generation { get; init; }
}
