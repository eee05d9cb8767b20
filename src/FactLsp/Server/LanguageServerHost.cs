namespace FactLsp.Server;

/// <summary>Runs the language server over a pair of streams (stdio for `factlsp serve`).</summary>
public static class LanguageServerHost
{
    /// <summary>Serves until the client sends `exit` or the connection closes; returns the process exit code.</summary>
    public static Task<int> RunAsync(Stream input, Stream output, TextWriter log, CancellationToken cancellationToken)
    {
        // Placeholder until the server issue lands: nothing is served yet.
        log.WriteLine("factlsp serve: the language server is not built yet.");
        return Task.FromResult(2);
    }
}
