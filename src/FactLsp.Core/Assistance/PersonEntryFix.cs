using System.Text.RegularExpressions;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Model;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Assistance;

/// <summary>
/// The quick fix of <c>unknown-speaker</c> that registers the person: a well-formed entry, with the
/// name humanized from the id, appended to the workspace's first people registry in that file's
/// style (line endings, indentation, a blank line between entries). With no registry at all, it
/// creates the file the configuration names for people (<c>people.yaml</c> by default): the fix's
/// edit then targets a file the snapshot does not hold, and the editor must be able to create it.
/// </summary>
public static partial class PersonEntryFix
{
    public static SuggestedFix? Create(WorkspaceSnapshot snapshot, string id)
    {
        if (!Ids.IsValid(id))
        {
            return null;
        }
        var registry = snapshot.PeopleFiles.OrderBy(p => p.File.Path, StringComparer.Ordinal).FirstOrDefault();
        if (registry is null)
        {
            // Only a literal path the configuration reads as a registry: a file created elsewhere would not be read.
            var path = snapshot.FileConfig.People.FirstOrDefault(p => !p.Contains('*') && !p.Contains('?') && snapshot.Classifier.Classify(p) == FileKind.People);
            return path is null
                ? null
                : new SuggestedFix($"Create {path} with '{id}'", [new SuggestedEdit(path, new TextSpan(0, 0), Entry(id, "  ", "\n"))]);
        }

        var text = registry.File.Text ?? string.Empty;
        if (!AcceptsBlockEntry(text))
        {
            return null;
        }
        var eol = LineEndings.Of(registry.File.Lines);
        var lead = text.Length == 0 ? string.Empty
            : text.EndsWith(eol + eol, StringComparison.Ordinal) || text.TrimEnd().Length == 0 ? string.Empty
            : text.EndsWith('\n') || text.EndsWith('\r') ? eol
            : eol + eol;
        var entry = lead + Entry(id, Indentation(text), eol);
        return new SuggestedFix($"Add '{id}' to {registry.File.Path}", [new SuggestedEdit(registry.File.Path, new TextSpan(text.Length, 0), entry)]);
    }

    private static string Entry(string id, string indent, string eol) =>
        $"{Key(id)}:{eol}{indent}name: {Scalar(Person.HumanizeId(id))}{eol}";

    /// <summary>A registry written as a block mapping (or still empty) takes one more entry at its end; a flow mapping or a list does not.</summary>
    internal static bool AcceptsBlockEntry(string text)
    {
        // Line by line up to the first that says (not the whole registry split: an unknown id quoted 100 times asks 100 times).
        var rest = text.AsSpan();
        while (true)
        {
            var newline = rest.IndexOf('\n');
            var line = (newline < 0 ? rest : rest[..newline]).Trim();
            if (!(line.Length == 0 || line.StartsWith('#') || line.SequenceEqual("---")))
            {
                return !(line.StartsWith('{') || line.StartsWith('[') || line.StartsWith("- ", StringComparison.Ordinal) || line.SequenceEqual("-") || line.SequenceEqual("..."));
            }
            if (newline < 0)
            {
                return true;
            }
            rest = rest[(newline + 1)..];
        }
    }

    /// <summary>The indentation of the registry's first nested line, or two spaces.</summary>
    private static string Indentation(string text)
    {
        var match = IndentedLine().Match(text);
        return match.Success ? match.Groups[1].Value : "  ";
    }

    // YAML would read `true`, `null`, `1.5` or `2019-01-24` as other than a string: quote those.
    private static string Key(string id) => PlainSafe().IsMatch(id) && !Reserved.Contains(id.ToLowerInvariant()) ? id : $"\"{id}\"";

    private static string Scalar(string value) => PlainSafe().IsMatch(value.Replace(' ', '-')) && !Reserved.Contains(value.ToLowerInvariant()) ? value : $"\"{value}\"";

    private static readonly HashSet<string> Reserved = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"];

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_.-]*$")]
    private static partial Regex PlainSafe();

    [GeneratedRegex(@"^[^\s#][^\r\n]*:\s*\r?\n([ \t]+)\S", RegexOptions.Multiline)]
    private static partial Regex IndentedLine();
}
