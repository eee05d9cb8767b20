using System.Runtime.CompilerServices;
using FactLsp.Core.Syntax;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;
using FactLsp.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FactLsp.Core.Navigation;

/// <summary>One entry of a source's <c>speakers:</c> map, with the span of the person id it names.</summary>
public sealed record SpeakerLabel(string Label, string Id, TextSpan IdSpan);

/// <summary>
/// Finds the <c>speakers:</c> maps of source descriptions with their spans, which the models
/// keep only as dictionaries: renaming a person must rename the ids these maps point at too, or
/// the transcript's turns would lose their speaker.
/// </summary>
public static class SpeakerLabels
{
    // A file's text never changes (an edit makes a new WorkspaceFile), so its map is read once and kept while the
    // file lives: references and rename of a person read the maps of every transcript naming them, and parsing
    // their YAML again on every request was a sixth of the time.
    private static readonly ConditionalWeakTable<WorkspaceFile, IReadOnlyList<SpeakerLabel>> SourceFileLabels = new();

    /// <summary>The map of a source file's front matter.</summary>
    public static IReadOnlyList<SpeakerLabel> InSourceFile(WorkspaceFile file) =>
        SourceFileLabels.GetValue(file, ReadSourceFile);

    private static IReadOnlyList<SpeakerLabel> ReadSourceFile(WorkspaceFile file)
    {
        // A source held as bytes decodes only its front matter: references and rename of a person read the
        // maps of every source naming them, and decoding each whole source doubled their time.
        var text = file.IsCompact ? SourceHeadReader.Head(file) : file.Text;
        if (text is null || FrontMatterSyntax.Scan(text, out _) is not { } front)
        {
            return [];
        }
        var yaml = YamlText.Parse(front.Yaml, front.YamlSpan.Start);
        return yaml.Root is YamlMappingNode root ? Read(text, yaml, root).ToArray() : [];
    }

    /// <summary>The maps of the sources an article declares in its front matter.</summary>
    public static IReadOnlyList<SpeakerLabel> InArticle(ArticleModel article)
    {
        if (article.Document.FrontMatter is not { } front)
        {
            return [];
        }
        var yaml = YamlText.Parse(front.Yaml, front.YamlSpan.Start);
        if (yaml.Root is not YamlMappingNode root || YamlText.Get(root, "sources") is not YamlMappingNode sources)
        {
            return [];
        }
        return sources.Children.Values.OfType<YamlMappingNode>().SelectMany(source => Read(article.Document.Text, yaml, source)).ToList();
    }

    private static List<SpeakerLabel> Read(string text, YamlText yaml, YamlMappingNode description)
    {
        var labels = new List<SpeakerLabel>();
        if (YamlText.Get(description, "speakers") is not YamlMappingNode map)
        {
            return labels;
        }
        foreach (var (label, id) in map.Children)
        {
            if (YamlText.Scalar(label) is { } l && id is YamlScalarNode { Value: { } value } scalar)
            {
                labels.Add(new SpeakerLabel(l, value, IdSpans.Unquoted(text, yaml.SpanOf(scalar))));
            }
        }
        return labels;
    }
}
