using Humanizer;

namespace FactLsp.Core.Model;

/// <summary>A role a person held: a title at an organisation, over a span of dates.</summary>
public sealed record PersonRole(string? Title, string? Org, string? From, string? To);

/// <summary>Someone who can be quoted: an entry of <c>people.yaml</c> or of an article's <c>speakers:</c>.</summary>
public sealed record Person(
    string Id,
    string? Name,
    IReadOnlyList<string> Aliases,
    string? Description,
    IReadOnlyList<PersonRole> Roles,
    string? Url,
    Definition Definition)
{
    /// <summary>The name to show: <c>name</c>, else the id humanized (<c>redur-khalil</c> → <c>Redur Khalil</c>).</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? HumanizeId(Id) : Name!;

    /// <summary>The words by which a text mentions this person: the name, each alias, the last word of the name.</summary>
    public IReadOnlyList<string> MentionNames
    {
        get
        {
            var names = new List<string> { DisplayName };
            names.AddRange(Aliases.Where(a => !string.IsNullOrWhiteSpace(a)));
            var words = DisplayName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 1)
            {
                names.Add(words[^1]);
            }
            return names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        }
    }

    public static string HumanizeId(string id) =>
        string.Join(' ', id.Split(['-', '_', '.', ':'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Transform(To.TitleCase)));
}
