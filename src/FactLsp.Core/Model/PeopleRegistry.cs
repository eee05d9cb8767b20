namespace FactLsp.Core.Model;

/// <summary>
/// Everyone who can be quoted in one article: the workspace's registry, with the article's own
/// <c>speakers:</c> over it. The first definition of an id wins; later ones are duplicates.
/// </summary>
public sealed class PeopleRegistry
{
    private readonly Dictionary<string, Person> _byId;

    public PeopleRegistry(IEnumerable<Person> people)
    {
        _byId = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            _byId.TryAdd(person.Id, person);
        }
    }

    public static PeopleRegistry Empty { get; } = new([]);

    public IReadOnlyCollection<Person> People => _byId.Values;

    public IEnumerable<string> Ids => _byId.Keys;

    public Person? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>This registry with <paramref name="local"/> people added; a local id already here keeps the registry's person.</summary>
    public PeopleRegistry With(IReadOnlyList<Person> local) => local.Count == 0 ? this : new PeopleRegistry(_byId.Values.Concat(local));
}
