using FactLsp.Core.Diagnostics;
using FactLsp.Core.Syntax;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;
using FactLsp.Core.Yaml;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace FactLsp.Core.Navigation;

/// <summary>
/// Gives a source file whose id is its file name an explicit <c>id:</c>: how a rename changes such
/// an id. Renaming the file instead would break every article's <c>file:</c> that points at it
/// and every link outside the workspace; an <c>id:</c> line changes what the rename means to
/// change and nothing else.
/// </summary>
internal static class SourceIdLine
{
    /// <summary>The edit that sets the id, or a refusal when the front matter is in no state to take a line.</summary>
    public static (SuggestedEdit? Edit, string? Refusal) Set(WorkspaceFile file, string id)
    {
        if (file.Text is not { } text)
        {
            return (null, $"{file.Path} cannot be read, so no id: can be added to it.");
        }
        var newline = NewlineOf(text);
        var front = FrontMatterSyntax.Scan(text, out var unclosed);
        if (unclosed is not null)
        {
            return (null, $"The front matter of {file.Path} is never closed; close it before renaming the source.");
        }
        if (front is null)
        {
            var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            return (new SuggestedEdit(file.Path, new TextSpan(start, 0), $"---{newline}id: {id}{newline}---{newline}"), null);
        }

        var yaml = YamlText.Parse(front.Yaml, front.YamlSpan.Start);
        if (yaml.Problems.Count > 0)
        {
            return (null, $"The front matter of {file.Path} is not valid YAML; fix it before renaming the source.");
        }
        switch (yaml.Root)
        {
            case null:
            case YamlScalarNode when YamlText.IsNull(yaml.Root):
                return (new SuggestedEdit(file.Path, new TextSpan(front.YamlSpan.Start, 0), $"id: {id}{newline}"), null);
            case YamlMappingNode { Style: not MappingStyle.Flow } map when YamlText.Get(map, "id") is { } invalid:
                // An id: the reader refused (not a valid id): the new one takes its place.
                return (new SuggestedEdit(file.Path, IdSpans.Unquoted(text, yaml.SpanOf(invalid)), id), null);
            case YamlMappingNode { Style: not MappingStyle.Flow } map when map.Children.Count > 0:
                // Before the first key, at its indentation.
                var first = yaml.SpanOf(map.Children.Keys.First()).Start;
                var lineStart = file.Lines.LineStart(file.Lines.LineOf(first));
                return (new SuggestedEdit(file.Path, new TextSpan(first, 0), $"id: {id}{newline}{text[lineStart..first]}"), null);
            default:
                return (null, $"The front matter of {file.Path} is not a block mapping; add `id: {id}` to it by hand.");
        }
    }

    private static string NewlineOf(string text)
    {
        var at = text.IndexOfAny(['\r', '\n']);
        return at >= 0 && text[at] == '\r' ? (at + 1 < text.Length && text[at + 1] == '\n' ? "\r\n" : "\r") : "\n";
    }
}
