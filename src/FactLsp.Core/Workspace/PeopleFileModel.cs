using FactLsp.Core.Model;
using FactLsp.Core.Yaml;

namespace FactLsp.Core.Workspace;

/// <summary>A parsed people registry file: its people, in file order, and what was wrong with it.</summary>
public sealed class PeopleFileModel
{
    private PeopleFileModel(WorkspaceFile file, IReadOnlyList<Person> people, IReadOnlyList<YamlProblem> problems)
    {
        File = file;
        People = people;
        Problems = problems;
    }

    public WorkspaceFile File { get; }

    public IReadOnlyList<Person> People { get; }

    public IReadOnlyList<YamlProblem> Problems { get; }

    public static PeopleFileModel Parse(WorkspaceFile file)
    {
        // Entry by entry when the whole does not parse: while one person is being typed, the others still count.
        var yaml = RecoveredYaml.Parse(file.Text ?? string.Empty);
        var problems = new List<YamlProblem>(yaml.Problems);
        var people = new List<Person>();
        foreach (var part in yaml.Parts)
        {
            people.AddRange(PeopleReader.Read(part, part.Root, file.Path, problems));
        }
        return new PeopleFileModel(file, people, problems);
    }
}
