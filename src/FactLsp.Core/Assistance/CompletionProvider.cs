using FactLsp.Core.Attribution;
using FactLsp.Core.Model;
using FactLsp.Core.Syntax;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Assistance;

/// <summary>
/// Completion inside an annotation's <c>{…}</c>: the classes, the keys the span's kind takes, speaker
/// ids after <c>by=</c>, source ids after <c>src=</c>, statuses after <c>status=</c>. Items are
/// unfiltered (the editor filters on what is typed), but ranked: the speaker the prose before the
/// span names comes first, and the sources the article already cites.
/// </summary>
public static class CompletionProvider
{
    private static readonly Dictionary<string, string> ClassHelp = new()
    {
        [AnnotationKinds.Quote] = "Direct speech, checked word for word against the source. Needs `by` and `src`.",
        [AnnotationKinds.Claim] = "A paraphrase or factual claim; `evidence` is checked against the source.",
        [AnnotationKinds.Term] = "Scare quotes or a coined term: never an unattributed quote.",
    };

    private static readonly Dictionary<string, (string Detail, string Help)> KeyHelp = new()
    {
        ["by"] = ("speaker id", "Who said it: an id of `people.yaml` or of the article's `speakers:`."),
        ["src"] = ("source id", "Where it was said: a source file's id or one of the article's `sources:`."),
        ["at"] = ("locator", "Where in the source, in free text: `para. 4`, `00:12:31`, `p. 3`."),
        ["lang"] = ("language", "The language the quote is printed in, when it is a translation (BCP 47: `en`, `fr`)."),
        ["status"] = ("claim status", "One of verified, unverified (the default), disputed, false, misleading."),
        ["evidence"] = ("source passage", "An exact passage of the source that supports the claim; checked like a quote."),
    };

    private static readonly Dictionary<string, string> StatusHelp = new()
    {
        ["verified"] = "The claim has been checked and holds.",
        ["unverified"] = "Not checked yet (the default).",
        ["disputed"] = "Contested: the text should tell the reader so.",
        ["false"] = "The claim is false: the text should tell the reader so.",
        ["misleading"] = "True in part but misleading: the text should tell the reader so.",
    };

    public static IReadOnlyList<CompletionSuggestion> Complete(WorkspaceSnapshot snapshot, string path, int offset)
    {
        if (snapshot.GetArticle(path) is not { } article || AttributeCursor.Find(article.Document, offset) is not { } cursor)
        {
            return [];
        }
        return cursor.Part switch
        {
            AttributePart.NewItem => [.. Classes(cursor), .. Keys(cursor)],
            AttributePart.Class => Classes(cursor),
            AttributePart.Key => Keys(cursor),
            AttributePart.Value => cursor.Key switch
            {
                "by" => Speakers(snapshot, article, cursor),
                "src" => Sources(snapshot, article, cursor),
                "status" => Statuses(cursor),
                _ => [],
            },
            _ => [],
        };
    }

    private static List<CompletionSuggestion> Classes(AttributeCursor cursor)
    {
        if (cursor.HasKindClass)
        {
            // A second kind would be malformed.
            return [];
        }
        return AnnotationKinds.All
            .Select((kind, i) => new CompletionSuggestion("." + kind, CompletionSuggestionKind.Class, "." + kind, cursor.Replace,
                $"a FactLsp {kind}", ClassHelp[kind], $"0{i}"))
            .ToList();
    }

    private static List<CompletionSuggestion> Keys(AttributeCursor cursor) =>
        AnnotationModel.KeysOf(cursor.Kind)
            .Where(key => !cursor.Keys.Contains(key))
            .Select((key, i) => new CompletionSuggestion(key, CompletionSuggestionKind.Key, cursor.KeyHasEquals ? key : key + "=", cursor.Replace,
                KeyHelp[key].Detail, KeyHelp[key].Help, $"1{i}"))
            .ToList();

    private static List<CompletionSuggestion> Statuses(AttributeCursor cursor) =>
        AnnotationModel.Statuses
            .Select((status, i) => new CompletionSuggestion(status, CompletionSuggestionKind.Status, status, cursor.Replace, "claim status", StatusHelp[status], $"{i}"))
            .ToList();

    private static List<CompletionSuggestion> Speakers(WorkspaceSnapshot snapshot, ArticleModel article, AttributeCursor cursor)
    {
        var people = snapshot.Index.Registry.With(article.FrontMatter.Speakers);
        var directory = article.FrontMatter.Speakers.Count == 0 ? snapshot.SpeakerDirectory : new SpeakerDirectory(people.People);
        var named = NamedBefore(article, cursor.SpanStart, directory);
        return people.People
            .OrderBy(p => named.TryGetValue(p.Id, out var rank) ? rank : int.MaxValue)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .Select((person, i) => new CompletionSuggestion(person.Id, CompletionSuggestionKind.Speaker, person.Id, cursor.Replace,
                person.DisplayName, PersonHover.Describe(person) is { } who ? MarkdownText.Escape(who) : null, $"{i:D5}",
                Preselect: i == 0 && named.ContainsKey(person.Id)))
            .ToList();
    }

    /// <summary>The people the paragraph names before the span, the nearest first (rank 0).</summary>
    private static Dictionary<string, int> NamedBefore(ArticleModel article, int spanStart, SpeakerDirectory directory)
    {
        var text = article.File.Text ?? string.Empty;
        var start = ParagraphStart(text, spanStart, article.Document.BodyStart);
        var mentions = directory.FindMentions(text[start..spanStart]);
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            ranks.TryAdd(mentions[i].PersonId, ranks.Count);
        }
        return ranks;
    }

    private static int ParagraphStart(string text, int offset, int floor)
    {
        var i = offset;
        while (i > floor)
        {
            var newline = text.LastIndexOf('\n', i - 1, i - floor);
            if (newline < 0)
            {
                return floor;
            }
            var before = newline - 1;
            while (before >= floor && text[before] is ' ' or '\t' or '\r')
            {
                before--;
            }
            if (before < floor || text[before] == '\n')
            {
                return newline + 1;
            }
            i = newline;
        }
        return floor;
    }

    private static List<CompletionSuggestion> Sources(WorkspaceSnapshot snapshot, ArticleModel article, AttributeCursor cursor)
    {
        // The article's own sources: its declared ones shadow the workspace's of the same id.
        // Loaded here rather than taken from the article's analysis, so completing does not wait for a check.
        var declared = article.FrontMatter.Sources.Select(s => Checking.DeclaredSourceLoader.Load(snapshot, article, s));
        var sources = declared
            .Concat(snapshot.Index.SourceDefinitions.Values.Select(list => list[0]))
            .DistinctBy(s => s.Id)
            .ToList();
        var cited = article.Annotations.Select(a => a.Src?.Value).OfType<string>()
            .GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return sources
            .OrderByDescending(s => cited.GetValueOrDefault(s.Id))
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select((source, i) => new CompletionSuggestion(source.Id, CompletionSuggestionKind.Source, source.Id, cursor.Replace,
                SourceDetail(source.Metadata), SourceDocumentation(source, article), $"{i:D5}"))
            .ToList();
    }

    /// <summary>"Kurdish-led fighters overrun last IS village in Syria — Dawn, 2019-01-24".</summary>
    private static string SourceDetail(SourceMetadata meta)
    {
        var parts = new[] { meta.Publisher, meta.Date?.ToString() }.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        var title = string.IsNullOrWhiteSpace(meta.Title) ? meta.Id : meta.Title!;
        return parts.Count == 0 ? title : $"{title} — {string.Join(", ", parts)}";
    }

    private static string SourceDocumentation(SourceModel source, ArticleModel article)
    {
        var lines = new List<string> { SourceHover.Heading(source), SourceHover.Byline(source.Metadata, article.FrontMatter.Date) };
        if (source.Metadata.Url is { Length: > 0 } url)
        {
            lines.Add(MarkdownText.Link(url));
        }
        if (!source.HasText)
        {
            lines.Add("No text: quotes from it are unverifiable.");
        }
        return string.Join("\n\n", lines);
    }
}
