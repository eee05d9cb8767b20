using FactLsp.Server.Protocol;

namespace FactLsp.Server.Client;

/// <summary>
/// One work-done progress shown by the client (begin → report… → end). <see cref="None"/> is
/// the stand-in when the client cannot show progress: every call on it does nothing.
/// </summary>
public sealed class WorkDoneProgress : IAsyncDisposable
{
    public static readonly WorkDoneProgress None = new(null, "");

    private readonly ClientSession? _session;
    private int _ended;

    internal WorkDoneProgress(ClientSession? session, string token)
    {
        _session = session;
        Token = token;
    }

    public string Token { get; }

    internal Task BeginAsync(string title, string? message) =>
        SendAsync(new WorkDoneProgressValue { Kind = "begin", Title = title, Message = message, Cancellable = false, Percentage = 0 });

    /// <param name="percentage">0–100; LSP requires it to never go down.</param>
    public Task ReportAsync(string? message, int? percentage = null) =>
        Volatile.Read(ref _ended) == 0
            ? SendAsync(new WorkDoneProgressValue { Kind = "report", Message = message, Percentage = percentage is { } p ? Math.Clamp(p, 0, 100) : null })
            : Task.CompletedTask;

    public Task EndAsync(string? message = null) =>
        Interlocked.Exchange(ref _ended, 1) == 0
            ? SendAsync(new WorkDoneProgressValue { Kind = "end", Message = message })
            : Task.CompletedTask;

    public async ValueTask DisposeAsync() => await EndAsync().ConfigureAwait(false);

    private Task SendAsync(WorkDoneProgressValue value) =>
        _session is null ? Task.CompletedTask : _session.NotifyAsync(LspMethods.Progress, new ProgressParams(Token, value));
}
