using FactLsp.Core.Model;
using FactLsp.Core.Text;
using YamlDotNet.RepresentationModel;

namespace FactLsp.Core.Yaml;

/// <summary>A source an article declares in its front matter, with or without text of its own.</summary>
public sealed record DeclaredSource(SourceMetadata Metadata, Definition Definition, string? File, TextSpan? FileSpan);

/// <summary>What FactLsp reads from an article's front matter; every other key belongs to the writer's tools.</summary>
public sealed record ArticleFrontMatter(
    PublicationDate? Date,
    TextSpan? DateSpan,
    IReadOnlyList<Person> Speakers,
    IReadOnlyList<DeclaredSource> Sources,
    IReadOnlyList<YamlProblem> Problems)
{
    public static ArticleFrontMatter Empty { get; } = new(null, null, [], [], []);

    public static ArticleFrontMatter Read(string yamlText, int origin, string path) =>
        SimpleMapping.TryRead(yamlText, origin) is { } entries && ReadSimple(entries) is { } simple
            ? simple
            : ReadWithYamlDotNet(yamlText, origin, path);

    /// <summary>
    /// A front matter of simple lines (<see cref="SimpleMapping"/>) without speakers or sources: its date and its
    /// typo hints, exactly as YamlDotNet's tree gives them, or null when there is more to read.
    /// </summary>
    private static ArticleFrontMatter? ReadSimple(List<SimpleMapping.Entry> entries)
    {
        var problems = new List<YamlProblem>();
        SimpleMapping.Entry? dateEntry = null;
        foreach (var entry in entries)
        {
            if (entry.Key is "speakers" or "sources" || (entry.Key == "date" && entry.Value is null))
            {
                return null;
            }
            if (entry.Key == "date")
            {
                dateEntry = entry;
            }
            if (FrontMatterKeys.Hint(entry.Key, entry.KeySpan, Keys, "article") is { } hint)
            {
                problems.Add(hint);
            }
        }
        PublicationDate? date = null;
        TextSpan? dateSpan = null;
        // YamlText.IsNull for a scalar: unquoted "", "~" or "null" is no date at all.
        if (dateEntry is { } d && (d.IsQuoted || d.Value is not ("" or "~" or "null")))
        {
            dateSpan = d.ValueSpan;
            if (PublicationDate.TryParse(d.Value, out var parsed))
            {
                date = parsed;
            }
            else
            {
                problems.Add(new YamlProblem(d.ValueSpan, $"'{d.Value}' is not an ISO 8601 date (2019-01-24) or date-time."));
            }
        }
        return new ArticleFrontMatter(date, dateSpan, [], [], problems);
    }

    /// <summary>Any front matter, read with YamlDotNet's representation model.</summary>
    internal static ArticleFrontMatter ReadWithYamlDotNet(string yamlText, int origin, string path)
    {
        // Key by key when the whole does not parse: a speaker being typed does not cost the date and sources.
        var recovered = RecoveredYaml.Parse(yamlText, origin);
        var problems = new List<YamlProblem>(recovered.Problems);
        var date = (Date: (PublicationDate?)null, Span: (TextSpan?)null);
        var speakers = new List<Person>();
        var sources = new List<DeclaredSource>();
        foreach (var yaml in recovered.Parts)
        {
            if (yaml.Root is null)
            {
                continue;
            }
            if (yaml.Root is not YamlMappingNode map)
            {
                problems.Add(new YamlProblem(yaml.SpanOf(yaml.Root), "Front matter should be a mapping (date, speakers, sources, …)."));
                continue;
            }
            ReadPart(yaml, map, path, problems, ref date, speakers, sources);
        }
        return new ArticleFrontMatter(date.Date, date.Span, speakers, sources, problems);
    }

    /// <summary>The keys FactLsp reads from an article; the writer's tools own every other (spec v1.1 §3).</summary>
    public static readonly IReadOnlyList<string> Keys = ["date", "speakers", "sources"];

    private static void ReadPart(
        YamlText yaml,
        YamlMappingNode map,
        string path,
        List<YamlProblem> problems,
        ref (PublicationDate? Date, TextSpan? Span) date,
        List<Person> speakers,
        List<DeclaredSource> sources)
    {
        FrontMatterKeys.HintTypos(yaml, map, Keys, "article", problems);
        if (YamlText.Get(map, "date") is { } dateNode && !YamlText.IsNull(dateNode))
        {
            var dateSpan = yaml.SpanOf(dateNode);
            date = (null, dateSpan);
            if (PublicationDate.TryParse(YamlText.Scalar(dateNode), out var parsed))
            {
                date = (parsed, dateSpan);
            }
            else
            {
                problems.Add(new YamlProblem(dateSpan, $"'{YamlText.Scalar(dateNode)}' is not an ISO 8601 date (2019-01-24) or date-time."));
            }
        }

        speakers.AddRange(PeopleReader.Read(yaml, YamlText.Get(map, "speakers"), path, problems));

        var sourcesNode = YamlText.Get(map, "sources");
        if (sourcesNode is YamlMappingNode sourceMap)
        {
            foreach (var (keyNode, value) in sourceMap.Children)
            {
                var id = YamlText.Scalar(keyNode) ?? string.Empty;
                if (!Ids.IsValid(id))
                {
                    problems.Add(new YamlProblem(yaml.SpanOf(keyNode), $"'{id}' is not a valid source id."));
                    continue;
                }
                var (metadata, _, file, fileSpan) = SourceMetadataReader.Read(yaml, value, id, allowFile: true, problems);
                sources.Add(new DeclaredSource(metadata, new Definition(path, yaml.SpanOf(keyNode)), file, fileSpan));
            }
        }
        else if (sourcesNode is not null && !YamlText.IsNull(sourcesNode))
        {
            problems.Add(new YamlProblem(yaml.SpanOf(sourcesNode), "'sources' should map source ids to their descriptions."));
        }
    }
}
