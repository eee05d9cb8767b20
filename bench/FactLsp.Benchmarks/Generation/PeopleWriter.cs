using System.Text;

namespace FactLsp.Benchmarks.Generation;

/// <summary>Invents a registry of people with unique last names and writes it as <c>people.yaml</c>.</summary>
internal static class PeopleWriter
{
    public static List<GeneratedPerson> Invent(ProseWriter prose, int count)
    {
        var people = new List<GeneratedPerson>(count);
        var lastNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (people.Count < count)
        {
            var last = Name(prose, prose.Random.Next(2, 4));
            if (!lastNames.Add(last))
            {
                continue;
            }
            var first = Name(prose, 2);
            // One in ten has a middle name, as "Recep Tayyip Erdogan" does.
            var full = prose.Chance(0.1) ? $"{first} {Name(prose, 2)} {last}" : $"{first} {last}";
            var id = full.ToLowerInvariant().Replace(' ', '-');
            if (!ids.Add(id))
            {
                continue;
            }
            // The first person (the most quoted) always has a name; a few others rely on the humanized id.
            var hasName = people.Count == 0 || !prose.Chance(0.05);
            people.Add(new GeneratedPerson(id, full, last, prose.Pick(Vocabulary.Descriptions), prose.Pick(Vocabulary.Organisations), hasName));
        }
        return people;
    }

    public static string Yaml(IEnumerable<GeneratedPerson> people, ProseWriter prose)
    {
        var yaml = new StringBuilder("# Generated registry of people.\n");
        foreach (var person in people)
        {
            yaml.Append('\n').Append(person.Id).Append(":\n");
            if (person.HasName)
            {
                yaml.Append("  name: ").Append(person.FullName).Append('\n');
            }
            yaml.Append("  aliases: [").Append(person.LastName).Append("]\n");
            yaml.Append("  description: ").Append(WithoutArticle(person.Description)).Append('\n');
            yaml.Append("  roles:\n");
            yaml.Append("    - {title: ").Append(prose.Pick(["official", "minister", "spokesperson", "commander", "adviser"]))
                .Append(", org: ").Append(person.Organisation).Append(", from: 20").Append(prose.Random.Next(10, 19)).Append("-01-01}\n");
            if (prose.Chance(0.5))
            {
                yaml.Append("  url: https://www.wikidata.org/wiki/Q").Append(prose.Random.Next(1000, 9_999_999)).Append('\n');
            }
        }
        return yaml.ToString();
    }

    private static string WithoutArticle(string description) =>
        description.StartsWith("a ", StringComparison.Ordinal) ? description[2..]
        : description.StartsWith("an ", StringComparison.Ordinal) ? description[3..]
        : description;

    private static string Name(ProseWriter prose, int syllables)
    {
        var name = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            name.Append(prose.Pick(Vocabulary.Syllables));
        }
        return ProseWriter.Capitalize(name.ToString());
    }
}
