using System.Text.Json;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Import;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;
using FactLsp.Server.Conversions;
using FactLsp.Server.Protocol;
using FactLsp.Server.Queue;
using FactLsp.Server.Workspace;
using StreamJsonRpc;

namespace FactLsp.Server.Handlers.Import;

/// <summary>
/// `workspace/executeCommand` for the import commands. The import runs here (fetch, extract, render
/// with the Core's <see cref="SourceImporter"/>); the file is created by a WorkspaceEdit sent with
/// `workspace/applyEdit`, so the editor opens it, the server hears of it like any edit, and the
/// articles that cite it are re-checked. A client that cannot create files gets the file written
/// to disk (atomically) instead, which its file watcher reports. Failures answer RequestFailed with
/// the one-line reason.
/// </summary>
internal sealed class ExecuteCommandHandler : RequestHandler<ExecuteCommandParams, ImportedSourceResult?>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Lazy<SourceFetcher> _fetcher;

    public ExecuteCommandHandler(FetchOptions? fetchOptions = null) =>
        _fetcher = new Lazy<SourceFetcher>(() => new SourceFetcher(fetchOptions));

    public override string Method => LspMethods.ExecuteCommand;

    // Reads a snapshot; the edit comes back as didOpen/didChange like any other.
    public override HandlerKind Kind => HandlerKind.ReadOnly;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.ExecuteCommandProvider = new ExecuteCommandOptions { Commands = ImportCommands.All };

    public override async Task<ImportedSourceResult?> HandleAsync(ExecuteCommandParams @params, RequestContext context, CancellationToken cancellationToken)
    {
        var argument = @params.Arguments is [var first, ..] ? first : default;
        return @params.Command switch
        {
            ImportCommands.ImportSource => await ImportDeclaredAsync(Parse<ImportSourceArguments>(argument), context, cancellationToken),
            ImportCommands.AddSource => await AddAsync(Parse<AddSourceArguments>(argument), context, cancellationToken),
            _ => throw new LocalRpcException($"Unknown command '{@params.Command}'.") { ErrorCode = LspErrorCodes.InvalidParams },
        };
    }

    private async Task<ImportedSourceResult> ImportDeclaredAsync(ImportSourceArguments arguments, RequestContext context, CancellationToken cancellationToken)
    {
        var workspaces = context.State.Workspaces;
        var located = workspaces.Locate(arguments.Uri) ?? throw Failed("This document is in no FactLsp workspace.");
        var target = ImportTargets.All(located.Snapshot, located.Path).FirstOrDefault(t => t.SourceId == arguments.SourceId)
            ?? throw Failed($"'{arguments.SourceId}' is not a source of this article with a url: and no file:.");
        var prepared = await PrepareAsync(target.Url, located.Snapshot, new ImportOptions { Id = target.SourceId }, uniqueId: false, cancellationToken);
        var articleEdits = target.RemoveDeclaration is { } removal ? [removal] : Array.Empty<SuggestedEdit>();
        return await ApplyAsync(context, workspaces, located.Snapshot, prepared, articleEdits, $"Import source '{prepared.Id}'", cancellationToken);
    }

    private async Task<ImportedSourceResult> AddAsync(AddSourceArguments arguments, RequestContext context, CancellationToken cancellationToken)
    {
        var workspaces = context.State.Workspaces;
        var snapshot = (arguments.Uri is { } uri ? workspaces.Locate(uri)?.Snapshot ?? workspaces.Entries.FirstOrDefault(e => uri.TrimEnd('/') == DocumentUris.FromLocalPath(e.RootPath).TrimEnd('/'))?.Snapshot : null)
            ?? (workspaces.Entries.Length > 0 ? workspaces.Entries[0].Snapshot : null)
            ?? throw Failed("There is no FactLsp workspace open to add the source to.");
        var prepared = await PrepareAsync(arguments.Input, snapshot, new ImportOptions { Id = arguments.Id, Kind = arguments.Kind }, uniqueId: arguments.Id is null, cancellationToken);
        return await ApplyAsync(context, workspaces, snapshot, prepared, [], $"Add source '{prepared.Id}'", cancellationToken);
    }

    private async Task<PreparedSource> PrepareAsync(string input, WorkspaceSnapshot snapshot, ImportOptions options, bool uniqueId, CancellationToken cancellationToken)
    {
        try
        {
            var taken = uniqueId ? SourceImporter.TakenIds(snapshot) : new HashSet<string>(StringComparer.Ordinal);
            var prepared = await SourceImporter.PrepareAsync(_fetcher.Value, input, snapshot.Root.FullPath, options, taken, cancellationToken);
            if (snapshot.GetFile(prepared.RelativePath) is not null || snapshot.Root.Exists(prepared.RelativePath))
            {
                throw new ImportException($"{prepared.RelativePath} already exists");
            }
            return prepared;
        }
        catch (ImportException e)
        {
            throw Failed($"Cannot import '{input}': {e.Message}");
        }
    }

    private static async Task<ImportedSourceResult> ApplyAsync(RequestContext context, WorkspaceSet workspaces, WorkspaceSnapshot snapshot,
        PreparedSource prepared, IReadOnlyList<SuggestedEdit> articleEdits, string label, CancellationToken cancellationToken)
    {
        var encoding = context.Client.PositionEncoding;
        var newUri = workspaces.UriOf(snapshot, prepared.RelativePath);
        var others = LspPositions.ToWorkspaceEdit(workspaces, snapshot, articleEdits, encoding);
        WorkspaceEdit edit;
        if (context.Client.Capabilities.CreateFiles)
        {
            var changes = new List<object>
            {
                new CreateFile(newUri, new CreateFileOptions(Overwrite: false, IgnoreIfExists: false)),
                new TextDocumentEdit(new OptionalVersionedTextDocumentIdentifier(newUri), [new TextEdit(new Protocol.Range(new Position(0, 0), new Position(0, 0)), prepared.Text)]),
            };
            changes.AddRange(others.Changes.Select(c => new TextDocumentEdit(new OptionalVersionedTextDocumentIdentifier(c.Key), c.Value)));
            edit = others with { DocumentChanges = changes };
        }
        else
        {
            try
            {
                SourceImporter.Write(snapshot.Root.FullPath, prepared, force: false);
            }
            catch (ImportException e)
            {
                throw Failed($"Cannot import: {e.Message}");
            }
            edit = others;
        }

        var applied = edit.Changes.Count == 0 && edit.DocumentChanges is null;
        if (!applied)
        {
            var result = await context.Client.RequestAsync<ApplyWorkspaceEditResult?>(LspMethods.ApplyEdit, new ApplyWorkspaceEditParams(label, edit), cancellationToken);
            applied = result?.Applied == true;
            if (!applied)
            {
                await context.Client.LogAsync(MessageType.Warning, $"{label}: the editor did not apply the edit ({result?.FailureReason ?? "no reason given"}).");
            }
        }
        return new ImportedSourceResult(prepared.Id, newUri, prepared.Kind, applied);
    }

    private static T Parse<T>(JsonElement argument)
    {
        try
        {
            return argument.ValueKind == JsonValueKind.Object && argument.Deserialize<T>(Json) is { } value
                ? value
                : throw new LocalRpcException($"The command takes one object argument ({typeof(T).Name}).") { ErrorCode = LspErrorCodes.InvalidParams };
        }
        catch (JsonException e)
        {
            throw new LocalRpcException($"Bad command argument: {e.Message}") { ErrorCode = LspErrorCodes.InvalidParams };
        }
    }

    private static LocalRpcException Failed(string message) => new(message) { ErrorCode = LspErrorCodes.RequestFailed };
}
