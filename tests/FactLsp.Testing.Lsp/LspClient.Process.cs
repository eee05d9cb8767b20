using System.Diagnostics;
using System.Text;

namespace FactLsp.Testing.Lsp;

// The child-process form: `factlsp serve` (or any command) started as an editor starts it, over stdio.
public sealed partial class LspClient
{
    private const int StderrKept = 64 * 1024;

    private readonly Process? _process;
    private readonly Task? _stderrLoop;
    private readonly StringBuilder _stderr = new();

    /// <summary>Starts <c>dotnet <paramref name="dll"/> <paramref name="args"/></c> as the server.</summary>
    public static LspClient Start(string dll, params string[] args) => StartCommand("dotnet", [dll, .. args]);

    /// <summary>Starts any command as the server (a published binary, or <c>dotnet factlsp.dll</c>).</summary>
    public static LspClient StartCommand(string fileName, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Cannot start the server: {fileName}");
        return new LspClient(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, process);
    }

    private Process Process => _process ?? throw new InvalidOperationException("This client talks to a server in this process, not to a child process.");

    public int ProcessId => Process.Id;

    public bool HasExited => Process.HasExited;

    /// <summary>The CPU time the server has used so far (user and system).</summary>
    public TimeSpan ProcessorTime
    {
        get { Process.Refresh(); return Process.TotalProcessorTime; }
    }

    /// <summary>What the server wrote on standard error so far (its last 64 KB).</summary>
    public string Stderr
    {
        get { lock (_stderr) { return _stderr.ToString(); } }
    }

    /// <summary>Waits for the server process to end; its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        using var cancel = new CancellationTokenSource(limit);
        try
        {
            await Process.WaitForExitAsync(cancel.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw TimedOut("the server process to exit", limit);
        }
        return Process.ExitCode;
    }

    public void Kill()
    {
        try
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It ended on its own meanwhile.
        }
    }

    // Read all along, so that the server never blocks writing its log.
    private async Task DrainStderrAsync(Process process)
    {
        while (await process.StandardError.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            lock (_stderr)
            {
                _stderr.AppendLine(line);
                if (_stderr.Length > StderrKept)
                {
                    _stderr.Remove(0, _stderr.Length - StderrKept);
                }
            }
        }
    }

    private string StderrTail()
    {
        lock (_stderr)
        {
            var start = Math.Max(0, _stderr.Length - 2000);
            return _stderr.ToString(start, _stderr.Length - start);
        }
    }
}
