using FactLsp.Server.Client;
using FactLsp.Server.Handlers;
using FactLsp.Server.State;

namespace FactLsp.Server.Queue;

/// <summary>
/// What a handler sees: the state snapshot current when its message left the queue, the client,
/// and (for mutating handlers only) the means to commit a new state and say what changed.
/// </summary>
public sealed class RequestContext
{
    internal RequestContext(string method, HandlerKind kind, ServerState state, ClientSession client)
    {
        Method = method;
        Kind = kind;
        State = state;
        Client = client;
    }

    public string Method { get; }

    public HandlerKind Kind { get; }

    /// <summary>The snapshot this request works on. Never changes under the handler.</summary>
    public ServerState State { get; }

    public ClientSession Client { get; }

    internal ServerState? Committed { get; private set; }

    internal ChangeSet Changes { get; } = new();

    /// <summary>
    /// Makes <paramref name="next"/> the server's state once the handler returns. If the handler
    /// throws afterwards the commit is discarded and the last good state stays.
    /// </summary>
    public void Commit(ServerState next)
    {
        if (Kind != HandlerKind.Mutating)
        {
            throw new InvalidOperationException($"'{Method}' is not a mutating handler and cannot change the server state.");
        }
        Committed = next;
    }

    /// <summary>The state as this handler leaves it: its own commit, else the snapshot.</summary>
    public ServerState Current => Committed ?? State;

    public void MarkChanged(string uri) => Changes.Add(uri);

    public void MarkEverythingChanged() => Changes.AddEverything();
}
