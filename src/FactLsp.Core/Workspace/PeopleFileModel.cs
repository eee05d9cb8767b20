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
        var yaml = YamlText.Parse(file.Text ?? string.Empty);
        var problems = new List<YamlProblem>(yaml.Problems);
        var people = PeopleReader.Read(yaml, yaml.Root, file.Path, problems);
        return new PeopleFileModel(file, people, problems);
    }
}
