using FactLsp.Core.Model;
using FactLsp.Core.Text;
using YamlDotNet.RepresentationModel;

namespace FactLsp.Core.Yaml;

/// <summary>Reads what describes a source: a source file's front matter, or an entry of an article's <c>sources:</c>.</summary>
public static class SourceMetadataReader
{
    // `speaker` is spec v1.1's; `retrieved`, `sha256` and `imported_from` are what `factlsp source add` records.
    private static readonly string[] Keys = ["id", "title", "publisher", "author", "date", "url", "kind", "language", "speaker", "speakers", "file", "retrieved", "sha256", "imported_from"];

    // A source file is named by `id`; an article's entry by its key, and may point at a `file`.
    private static readonly string[] FileKeys = Keys.Where(k => k != "file").ToArray();
    private static readonly string[] EntryKeys = Keys.Where(k => k != "id").ToArray();

    /// <param name="defaultId">The id when none is given: the file name without its extension.</param>
    /// <param name="allowFile">Only article entries may point at a file.</param>
    public static (SourceMetadata Metadata, TextSpan? IdSpan, string? File, TextSpan? FileSpan) Read(
        YamlText yaml, YamlNode? node, string defaultId, bool allowFile, List<YamlProblem> problems)
    {
        var map = node as YamlMappingNode;
        if (node is not null && map is null && !YamlText.IsNull(node))
        {
            problems.Add(new YamlProblem(yaml.SpanOf(node), "A source's description should be a mapping (title, publisher, date, …)."));
        }
        if (map is null)
        {
            return (Empty(defaultId), null, null, null);
        }

        // Keys of the writer's own are allowed (spec v1.1 §3); a likely typo of ours gets a hint. Ours in the
        // wrong place do not do what the writer meant, so they stay warnings.
        FrontMatterKeys.HintTypos(yaml, map, allowFile ? EntryKeys : FileKeys, "source", problems);
        foreach (var keyNode in map.Children.Keys)
        {
            var misplaced = YamlText.Scalar(keyNode) switch
            {
                "file" when !allowFile => "'file' is read only in an article's `sources:` entry: a source file is its own text.",
                "id" when allowFile => "'id' is not read in an article's `sources:` entry: the entry's key is the source's id.",
                _ => null,
            };
            if (misplaced is not null)
            {
                problems.Add(new YamlProblem(yaml.SpanOf(keyNode), misplaced, IsWarning: true));
            }
        }

        string id = defaultId;
        TextSpan? idSpan = null;
        if (!allowFile && YamlText.Get(map, "id") is YamlScalarNode idNode)
        {
            if (Ids.IsValid(idNode.Value))
            {
                id = idNode.Value!;
                idSpan = yaml.SpanOf(idNode);
            }
            else
            {
                problems.Add(new YamlProblem(yaml.SpanOf(idNode), $"'{idNode.Value}' is not a valid source id."));
            }
        }

        PublicationDate? date = null;
        if (YamlText.Get(map, "date") is { } dateNode && !YamlText.IsNull(dateNode))
        {
            if (PublicationDate.TryParse(YamlText.Scalar(dateNode), out var parsed))
            {
                date = parsed;
            }
            else
            {
                problems.Add(new YamlProblem(yaml.SpanOf(dateNode), $"'{YamlText.Scalar(dateNode)}' is not an ISO 8601 date (2019-01-24) or date-time."));
            }
        }

        var kind = SourceKind.Article;
        if (YamlText.Get(map, "kind") is { } kindNode && YamlText.Scalar(kindNode) is { } kindText)
        {
            if (!Enum.TryParse(kindText, ignoreCase: true, out kind) || !SourceMetadata.KindNames.Contains(kindText.ToLowerInvariant()))
            {
                kind = SourceKind.Article;
                problems.Add(new YamlProblem(yaml.SpanOf(kindNode), $"'{kindText}' is not a source kind: use one of {string.Join(", ", SourceMetadata.KindNames)}."));
            }
        }

        var speakers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var speakerIds = new List<SpeakerIdReference>();
        if (YamlText.Get(map, "speakers") is YamlMappingNode speakerMap)
        {
            foreach (var (label, speaker) in speakerMap.Children)
            {
                if (YamlText.Scalar(label) is { } l && YamlText.Scalar(speaker) is { } s)
                {
                    speakers[l] = s;
                    speakerIds.Add(new SpeakerIdReference(s, yaml.SpanOf(speaker), "speakers"));
                }
            }
        }
        var speakerNode = YamlText.Get(map, "speaker");
        if (YamlText.Scalar(speakerNode) is { Length: > 0 } ownSpeaker)
        {
            speakerIds.Add(new SpeakerIdReference(ownSpeaker, yaml.SpanOf(speakerNode!), "speaker"));
        }

        string? file = null;
        TextSpan? fileSpan = null;
        if (allowFile && YamlText.Get(map, "file") is YamlScalarNode fileNode && !string.IsNullOrWhiteSpace(fileNode.Value))
        {
            file = fileNode.Value;
            fileSpan = yaml.SpanOf(fileNode);
        }

        var metadata = new SourceMetadata(
            id,
            YamlText.Scalar(YamlText.Get(map, "title")),
            YamlText.Scalar(YamlText.Get(map, "publisher")),
            YamlText.Scalar(YamlText.Get(map, "author")),
            date,
            YamlText.Scalar(YamlText.Get(map, "url")),
            kind,
            YamlText.Scalar(YamlText.Get(map, "language")),
            speakers)
        {
            Speaker = YamlText.Scalar(speakerNode),
            SpeakerIds = speakerIds,
        };
        return (metadata, idSpan, file, fileSpan);
    }

    public static SourceMetadata Empty(string id) =>
        new(id, null, null, null, null, null, SourceKind.Article, null, new Dictionary<string, string>());
}
