using FactLsp.Core.Model;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Assistance;

/// <summary>A person as a hover shows them: who they are, and how often the workspace quotes them.</summary>
public static class PersonHover
{
    public static string Render(WorkspaceSnapshot snapshot, Person person)
    {
        var lines = new List<string> { $"**{MarkdownText.Escape(person.DisplayName)}** {MarkdownText.Code(person.Id)}" };
        if (Describe(person) is { } who)
        {
            lines.Add(MarkdownText.Escape(who));
        }
        if (person.Aliases.Count > 0)
        {
            lines.Add("Also known as " + string.Join(", ", person.Aliases.Select(MarkdownText.Escape)) + ".");
        }
        if (person.Url is { Length: > 0 } url)
        {
            lines.Add(MarkdownText.Link(url));
        }
        lines.Add(Capitalize(UsageCounts.Quotes(snapshot, person).Describe("quoted")) + ".");
        return string.Join("\n\n", lines);
    }

    /// <summary>"unknown speaker" hover: the id names nobody; the nearest ids are suggested.</summary>
    public static string RenderUnknown(IEnumerable<string> knownIds, string id)
    {
        var nearest = Ids.Nearest(id, knownIds);
        var hint = nearest.Count > 0 ? " Did you mean " + string.Join(" or ", nearest.Select(MarkdownText.Code)) + "?" : string.Empty;
        return $"No one is registered as {MarkdownText.Code(id)}.{hint}";
    }

    /// <summary>The description, and the current role with its organisation: "senior Kurdish official; senior official, Syrian Democratic Council".</summary>
    public static string? Describe(Person person)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(person.Description))
        {
            parts.Add(person.Description.Trim());
        }
        if (CurrentRole(person) is { } role)
        {
            var text = string.Join(", ", new[] { role.Title, role.Org }.Where(s => !string.IsNullOrWhiteSpace(s)));
            if (text.Length > 0 && !parts.Any(p => p.Equals(text, StringComparison.OrdinalIgnoreCase)))
            {
                parts.Add(text);
            }
        }
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    // The role still held (no end date), the latest begun first; else the last listed.
    private static PersonRole? CurrentRole(Person person) =>
        person.Roles.Where(r => string.IsNullOrWhiteSpace(r.To)).OrderByDescending(r => r.From ?? string.Empty, StringComparer.Ordinal).FirstOrDefault()
        ?? person.Roles.LastOrDefault();

    internal static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
