using FactLsp.Core.Diagnostics;
using FactLsp.Core.Text;
using FactLsp.Core.Yaml;

namespace FactLsp.Core.Checking;

/// <summary>The article's front matter: broken YAML, ids that redefine the workspace's, definitions never used.</summary>
internal static class FrontMatterChecker
{
    public static void Check(CheckContext context)
    {
        var article = context.Article;
        if (article.FrontMatterError is { } unclosed)
        {
            context.Report(Rules.InvalidYaml, unclosed.Span, unclosed.Message);
        }
        foreach (var problem in article.FrontMatter.Problems)
        {
            context.Report(Rules.InvalidYaml, problem.Span, problem.Message, severity: problem.Severity);
        }

        var index = context.Snapshot.Index;
        foreach (var speaker in article.FrontMatter.Speakers)
        {
            if (index.PeopleDefinitions.TryGetValue(speaker.Id, out var defined))
            {
                var first = defined[0].Definition;
                context.Report(Rules.DuplicateId, speaker.Definition.KeySpan,
                    $"'{speaker.Id}' is already defined in {first.Path}; the registry's entry is used.",
                    [new RelatedLocation(new Location(first.Path, first.KeySpan), $"'{speaker.Id}' is first defined here.")]);
            }
        }
        var seenSpeakers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var speaker in article.FrontMatter.Speakers.Where(s => !seenSpeakers.Add(s.Id)))
        {
            context.Report(Rules.DuplicateId, speaker.Definition.KeySpan, $"'{speaker.Id}' is defined twice in this front matter.");
        }
        foreach (var source in article.FrontMatter.Sources)
        {
            if (index.SourceDefinitions.TryGetValue(source.Metadata.Id, out var defined))
            {
                var first = defined[0].Definition;
                context.Report(Rules.DuplicateId, source.Definition.KeySpan,
                    $"Source '{source.Metadata.Id}' is already defined by {first.Path}; this article's declaration is used here.",
                    [new RelatedLocation(new Location(first.Path, first.KeySpan), $"'{source.Metadata.Id}' is defined here.")]);
            }
        }
        // A file: that leaves the root, is too large, or is missing (a typo in the path) is an unknown
        // source at the declaration; the quotes citing it say they cannot be verified.
        foreach (var declared in context.DeclaredSources.Where(s => s.ReadProblem is { Kind: Workspace.FileProblemKind.OutsideRoot or Workspace.FileProblemKind.TooLarge or Workspace.FileProblemKind.Unreadable }))
        {
            var entry = article.FrontMatter.Sources.First(s => s.Metadata.Id == declared.Id);
            context.Report(Rules.UnknownSource, entry.FileSpan ?? entry.Definition.KeySpan, declared.ReadProblem!.Message);
        }
    }

    public static void CheckUnused(CheckContext context)
    {
        var article = context.Article;
        var usedSpeakers = article.Annotations.Select(a => a.By?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var speaker in article.FrontMatter.Speakers.Where(s => !usedSpeakers.Contains(s.Id)))
        {
            context.Report(Rules.UnusedDefinition, speaker.Definition.KeySpan, $"Speaker '{speaker.Id}' is declared but never quoted in this article.");
        }
        foreach (var source in article.FrontMatter.Sources.Where(s => !article.CitedSourceIds.Contains(s.Metadata.Id)))
        {
            context.Report(Rules.UnusedDefinition, source.Definition.KeySpan, $"Source '{source.Metadata.Id}' is declared but never cited in this article.");
        }
    }
}
