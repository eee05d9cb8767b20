using FactLsp.Core.Model;
using FactLsp.Core.Text;
using YamlDotNet.RepresentationModel;

namespace FactLsp.Core.Yaml;

/// <summary>
/// Reads people: <c>people.yaml</c> (a mapping of ids to people) and an article's
/// <c>speakers:</c>, which has the same form.
/// </summary>
public static class PeopleReader
{
    private static readonly HashSet<string> Keys = ["name", "aliases", "description", "roles", "url"];

    /// <summary>Reads a mapping of ids to people; each id keeps the span of its key for go-to-definition.</summary>
    public static List<Person> Read(YamlText yaml, YamlNode? node, string path, List<YamlProblem> problems)
    {
        var people = new List<Person>();
        if (node is null || YamlText.IsNull(node))
        {
            return people;
        }
        if (node is not YamlMappingNode map)
        {
            problems.Add(new YamlProblem(yaml.SpanOf(node), "People should be a mapping of ids to people (`redur-khalil: {name: Redur Khalil}`)."));
            return people;
        }
        foreach (var (keyNode, value) in map.Children)
        {
            var id = YamlText.Scalar(keyNode) ?? string.Empty;
            var keySpan = yaml.SpanOf(keyNode);
            if (!Ids.IsValid(id))
            {
                problems.Add(new YamlProblem(keySpan, $"'{id}' is not a valid id: start with a letter or digit, then letters, digits, '-', '_', '.', ':'."));
                continue;
            }
            people.Add(ReadPerson(yaml, id, value, new Definition(path, keySpan), problems));
        }
        return people;
    }

    private static Person ReadPerson(YamlText yaml, string id, YamlNode value, Definition definition, List<YamlProblem> problems)
    {
        if (value is YamlScalarNode scalar && !YamlText.IsNull(scalar))
        {
            // `putin: Vladimir Putin` is a natural shorthand for a person with just a name.
            return new Person(id, scalar.Value, [], null, [], null, definition);
        }
        if (value is not YamlMappingNode map)
        {
            if (!YamlText.IsNull(value))
            {
                problems.Add(new YamlProblem(yaml.SpanOf(value), $"Person '{id}' should be a mapping with name, aliases, description, roles, url."));
            }
            return new Person(id, null, [], null, [], null, definition);
        }
        foreach (var keyNode in map.Children.Keys)
        {
            var key = YamlText.Scalar(keyNode) ?? string.Empty;
            if (!Keys.Contains(key))
            {
                problems.Add(new YamlProblem(yaml.SpanOf(keyNode), $"Unknown key '{key}' for person '{id}'. Known keys: {string.Join(", ", Keys)}.", IsWarning: true));
            }
        }
        var roles = new List<PersonRole>();
        if (YamlText.Get(map, "roles") is YamlSequenceNode roleList)
        {
            foreach (var roleNode in roleList.Children)
            {
                if (roleNode is YamlMappingNode role)
                {
                    roles.Add(new PersonRole(
                        YamlText.Scalar(YamlText.Get(role, "title")),
                        YamlText.Scalar(YamlText.Get(role, "org")),
                        YamlText.Scalar(YamlText.Get(role, "from")),
                        YamlText.Scalar(YamlText.Get(role, "to"))));
                }
                else if (YamlText.Scalar(roleNode) is { } title)
                {
                    roles.Add(new PersonRole(title, null, null, null));
                }
            }
        }
        return new Person(
            id,
            YamlText.Scalar(YamlText.Get(map, "name")),
            YamlText.Strings(YamlText.Get(map, "aliases")),
            YamlText.Scalar(YamlText.Get(map, "description")),
            roles,
            YamlText.Scalar(YamlText.Get(map, "url")),
            definition);
    }
}
