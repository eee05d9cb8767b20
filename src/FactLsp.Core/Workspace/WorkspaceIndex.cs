using FactLsp.Core.Attribution;
using FactLsp.Core.Model;

namespace FactLsp.Core.Workspace;

/// <summary>
/// The workspace-wide ids: people from the registry files and sources from the source files,
/// each with every place it is defined (more than one is a <c>duplicate-id</c>).
/// Built from parsed files only, so it is cheap to rebuild after any edit.
/// </summary>
public sealed class WorkspaceIndex
{
    public WorkspaceIndex(IEnumerable<PeopleFileModel> peopleFiles, IEnumerable<SourceModel> sources)
    {
        var people = new List<Person>();
        var peopleById = new Dictionary<string, List<Person>>(StringComparer.Ordinal);
        foreach (var file in peopleFiles.OrderBy(f => f.File.Path, StringComparer.Ordinal))
        {
            foreach (var person in file.People)
            {
                people.Add(person);
                Add(peopleById, person.Id, person);
            }
        }
        Registry = new PeopleRegistry(people);
        PeopleDefinitions = peopleById;

        var sourcesById = new Dictionary<string, List<SourceModel>>(StringComparer.Ordinal);
        foreach (var source in sources.OrderBy(s => s.Definition.Path, StringComparer.Ordinal))
        {
            Add(sourcesById, source.Id, source);
        }
        SourceDefinitions = sourcesById;
        _directory = new Lazy<SpeakerDirectory>(() => new SpeakerDirectory(Registry.People));
    }

    private readonly Lazy<SpeakerDirectory> _directory;

    /// <summary>Finds the registry's people by label or mention; shared so each source's inference is built once per registry.</summary>
    public SpeakerDirectory Directory => _directory.Value;

    public PeopleRegistry Registry { get; }

    /// <summary>Every definition of each person id, in path order; the first is the one used.</summary>
    public IReadOnlyDictionary<string, List<Person>> PeopleDefinitions { get; }

    /// <summary>Every source file defining each source id, in path order; the first is the one used.</summary>
    public IReadOnlyDictionary<string, List<SourceModel>> SourceDefinitions { get; }

    public SourceModel? FindSource(string id) => SourceDefinitions.TryGetValue(id, out var list) ? list[0] : null;

    private static void Add<T>(Dictionary<string, List<T>> map, string id, T item)
    {
        if (!map.TryGetValue(id, out var list))
        {
            map[id] = list = new List<T>();
        }
        list.Add(item);
    }
}
