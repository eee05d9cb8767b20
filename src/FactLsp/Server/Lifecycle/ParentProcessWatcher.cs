using System.Diagnostics;

namespace FactLsp.Server.Lifecycle;

/// <summary>
/// LSP: "If the parent process is not alive then the server should exit". Polls the client's
/// processId from `initialize`; an editor that crashes never sends `exit`, and its stdio pipe
/// may stay open (another process can hold it), so the pipe alone is no signal.
/// </summary>
internal static class ParentProcessWatcher
{
    public static void Start(int processId, TimeSpan interval, Action onExited, CancellationToken cancellationToken)
    {
        _ = Task.Run(async () =>
        {
            try
            {
                while (IsAlive(processId))
                {
                    await Task.Delay(interval, cancellationToken).ConfigureAwait(false);
                }
                onExited();
            }
            catch (OperationCanceledException)
            {
                // The server stopped first.
            }
        }, CancellationToken.None);
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // No such process.
        }
        catch (InvalidOperationException)
        {
            return false; // It exited between the lookup and the check.
        }
    }
}
