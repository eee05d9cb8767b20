namespace FactLsp.Server.Queue;

/// <summary>
/// What a mutation changed, for the diagnostics publisher: some document URIs, or (after a
/// configuration change, say) everything.
/// </summary>
public sealed class ChangeSet
{
    private readonly HashSet<string> _uris = new(StringComparer.Ordinal);

    public bool Everything { get; private set; }

    public IReadOnlySet<string> Uris => _uris;

    public bool IsEmpty => !Everything && _uris.Count == 0;

    public void Add(string uri) => _uris.Add(uri);

    public void AddEverything() => Everything = true;

    public void UnionWith(ChangeSet other)
    {
        Everything |= other.Everything;
        _uris.UnionWith(other._uris);
    }
}
