namespace FactLsp.Server.Handlers;

/// <summary>How a handler is scheduled by the request queue.</summary>
public enum HandlerKind
{
    /// <summary>Changes the server state: runs alone, in arrival order (didOpen, didChange, …).</summary>
    Mutating,

    /// <summary>Reads a snapshot: runs concurrently with later messages (diagnostics, hover, …).</summary>
    ReadOnly,

    /// <summary>
    /// Runs on arrival, outside the queue. Only for messages that must not wait behind queued
    /// work and touch no server state: `exit`, `$/setTrace`.
    /// </summary>
    Immediate,
}
