using FactLsp.Server.Diagnostics;
using FactLsp.Server.Handlers;

namespace FactLsp.Server;

/// <summary>What varies between the real server and the one under test.</summary>
public sealed class LanguageServerOptions
{
    /// <summary>Computes diagnostics: the Core's, unless a test stands in for it.</summary>
    public IDiagnosticsProvider DiagnosticsProvider { get; init; } = new CoreDiagnosticsProvider();

    /// <summary>The quiet time after a change before diagnostics are pushed.</summary>
    public TimeSpan DiagnosticsDelay { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>How often the client's processId is checked.</summary>
    public TimeSpan ParentProcessPollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long to wait for the client to answer `workspace/configuration`.</summary>
    public TimeSpan ConfigurationTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Handlers beyond the built-in ones (feature handlers, test handlers).</summary>
    public IReadOnlyList<ILspHandler> AdditionalHandlers { get; init; } = [];

    /// <summary>
    /// Workspaces with more bytes of files than this start partially: the open documents are
    /// checked with only their sources while the rest is read in the background. Smaller ones are
    /// read whole in `initialized`, which takes less time than it would save.
    /// </summary>
    public long PartialStartBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>
    /// In a partial start, how long the background read and the hand-over wait, at most, for the
    /// opened articles' checks and first publications (and each opened article for its publication).
    /// </summary>
    public TimeSpan OpenArticlePatience { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// After the last whole-workspace pass, how long the client must have sent nothing (and the publisher be idle)
    /// before the heap is compacted and its free memory given back (see <see cref="Memory.IndexingMemory"/>):
    /// a blocking collection is then not felt by a keystroke. Null: never.
    /// </summary>
    public TimeSpan? CompactAfterIndexingQuiet { get; init; } = TimeSpan.FromSeconds(2);

    public string ServerName { get; init; } = "factlsp";

    public string? ServerVersion { get; init; } = ProductVersion.Value;
}
