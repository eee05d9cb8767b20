using FactLsp.Server.Protocol;
using StreamJsonRpc;

namespace FactLsp.Server.Lifecycle;

/// <summary>
/// LSP 3.17's lifecycle rules, checked when a message arrives (before it is queued), so that a
/// request sent after `shutdown` is refused even while `shutdown` still waits in the queue.
/// Callers run one at a time in arrival order (see JsonRpcFactory), but the phase is also read
/// from other threads, hence the interlocked access.
/// </summary>
public sealed class ServerLifecycle
{
    private int _phase = (int)LifecyclePhase.NotInitialized;
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LifecyclePhase Phase => (LifecyclePhase)Volatile.Read(ref _phase);

    public bool ShutdownRequested => Phase >= LifecyclePhase.ShuttingDown;

    /// <summary>Completes with the process exit code when the server must stop.</summary>
    public Task<int> Exited => _exit.Task;

    /// <summary>
    /// Decides what happens to an incoming message. Returns false when a notification must be
    /// dropped; throws <see cref="LocalRpcException"/> when a request must be refused.
    /// </summary>
    public bool Admit(string method, bool isNotification)
    {
        if (method == LspMethods.Exit)
        {
            return true;
        }

        switch (Phase)
        {
            case LifecyclePhase.NotInitialized:
                if (method == LspMethods.Initialize)
                {
                    Interlocked.Exchange(ref _phase, (int)LifecyclePhase.Initialized);
                    return true;
                }
                return isNotification
                    ? false
                    : throw new LocalRpcException($"The server is not initialized: '{method}' arrived before 'initialize'.") { ErrorCode = LspErrorCodes.ServerNotInitialized };

            case LifecyclePhase.Initialized:
                if (method == LspMethods.Initialize)
                {
                    throw new LocalRpcException("The server is already initialized.") { ErrorCode = LspErrorCodes.InvalidRequest };
                }
                if (method == LspMethods.Shutdown)
                {
                    Interlocked.Exchange(ref _phase, (int)LifecyclePhase.ShuttingDown);
                }
                return true;

            default:
                return isNotification
                    ? false
                    : throw new LocalRpcException($"The server is shutting down: '{method}' is refused.") { ErrorCode = LspErrorCodes.InvalidRequest };
        }
    }

    /// <summary>`exit`: code 0 after `shutdown`, 1 otherwise (LSP 3.17).</summary>
    public void Exit() => Stop(ShutdownRequested ? 0 : 1);

    /// <summary>Stops the server with the given code (the first call wins).</summary>
    public void Stop(int exitCode)
    {
        Interlocked.Exchange(ref _phase, (int)LifecyclePhase.Exited);
        _exit.TrySetResult(exitCode);
    }
}
