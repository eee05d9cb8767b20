namespace FactLsp.Server.Lifecycle;

/// <summary>Where the server stands in LSP's initialize → shutdown → exit sequence.</summary>
public enum LifecyclePhase
{
    /// <summary>Before `initialize`: requests get -32002, notifications are dropped.</summary>
    NotInitialized,

    /// <summary>`initialize` arrived; everything after it is queued behind it.</summary>
    Initialized,

    /// <summary>`shutdown` arrived: requests get -32600 until `exit`.</summary>
    ShuttingDown,

    Exited,
}
