using System.Text.Json;
using System.Text.Json.Serialization;
using FactLsp.Server.Handlers;
using FactLsp.Server.Queue;

namespace FactLsp.Server.Tests.Infrastructure;

// Handlers that exist only in tests, registered through LanguageServerOptions.AdditionalHandlers,
// exactly as feature handlers will be.

public sealed record UriParams([property: JsonPropertyName("uri")] string Uri);

public sealed record DocumentProbe(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("version")] int Version);

/// <summary>Reads a document from the request's snapshot.</summary>
public sealed class DocumentProbeHandler : RequestHandler<UriParams, DocumentProbe?>
{
    public const string MethodName = "test/document";

    public override string Method => MethodName;

    public override HandlerKind Kind => HandlerKind.ReadOnly;

    public override Task<DocumentProbe?> HandleAsync(UriParams @params, RequestContext context, CancellationToken cancellationToken) =>
        Task.FromResult(context.State.Documents.Get(@params.Uri) is { } d ? new DocumentProbe(d.Text, d.Version) : null);
}

/// <summary>A read-only handler that meets a source changed on disk since it was first read, as a hover can.</summary>
public sealed class FileChangedHandler : RequestHandler<JsonElement?, object?>
{
    public const string MethodName = "test/file-changed";

    public override string Method => MethodName;

    public override HandlerKind Kind => HandlerKind.ReadOnly;

    protected override bool RequiresParams => false;

    public override Task<object?> HandleAsync(JsonElement? @params, RequestContext context, CancellationToken cancellationToken) =>
        throw new FactLsp.Core.Workspace.FileChangedException("sources/changed.txt");
}

/// <summary>A mutating handler that commits a state (every document closed) and then throws.</summary>
public sealed class FailingHandler : RequestHandler<JsonElement?, object?>
{
    public const string MethodName = "test/fail";

    public override string Method => MethodName;

    public override HandlerKind Kind => HandlerKind.Mutating;

    protected override bool RequiresParams => false;

    public override Task<object?> HandleAsync(JsonElement? @params, RequestContext context, CancellationToken cancellationToken)
    {
        context.Commit(context.State with { Documents = FactLsp.Server.Documents.DocumentStore.Empty });
        throw new InvalidOperationException("the test handler broke on purpose");
    }
}

/// <summary>Waits until cancelled; says when a request has reached it.</summary>
public sealed class SlowHandler : RequestHandler<JsonElement?, string>
{
    public const string MethodName = "test/slow";

    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Waits until a request is running in this handler.</summary>
    public async Task WaitUntilStartedAsync()
    {
        try
        {
            await _started.Task.WaitAsync(LspClient.DefaultTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Waited {LspClient.DefaultTimeout.TotalSeconds} s for a {MethodName} request to reach its handler; none did.");
        }
    }

    public override string Method => MethodName;

    public override HandlerKind Kind => HandlerKind.ReadOnly;

    protected override bool RequiresParams => false;

    public override async Task<string> HandleAsync(JsonElement? @params, RequestContext context, CancellationToken cancellationToken)
    {
        _started.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return "never";
    }
}

/// <summary>Runs a work-done progress through begin, one report and end.</summary>
public sealed class ProgressProbeHandler : RequestHandler<JsonElement?, string>
{
    public const string MethodName = "test/progress";

    public override string Method => MethodName;

    public override HandlerKind Kind => HandlerKind.ReadOnly;

    protected override bool RequiresParams => false;

    public override async Task<string> HandleAsync(JsonElement? @params, RequestContext context, CancellationToken cancellationToken)
    {
        await using var progress = await context.Client.BeginProgressAsync("Indexing", cancellationToken: cancellationToken);
        await progress.ReportAsync("half way", 50);
        await progress.EndAsync("done");
        return progress.Token;
    }
}

/// <summary>Returns the `factlsp` settings of the snapshot.</summary>
public sealed class SettingsProbeHandler : RequestHandler<JsonElement?, JsonElement?>
{
    public const string MethodName = "test/settings";

    public override string Method => MethodName;

    public override HandlerKind Kind => HandlerKind.ReadOnly;

    protected override bool RequiresParams => false;

    public override Task<JsonElement?> HandleAsync(JsonElement? @params, RequestContext context, CancellationToken cancellationToken) =>
        Task.FromResult(context.State.Settings.Section);
}
