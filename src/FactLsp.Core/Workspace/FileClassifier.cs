using FactLsp.Core.Configuration;
using Microsoft.Extensions.FileSystemGlobbing;

namespace FactLsp.Core.Workspace;

/// <summary>Decides each file's kind from the configuration's globs: sources first, so a Markdown source is not an article.</summary>
public sealed class FileClassifier
{
    private readonly Matcher _articles;
    private readonly Matcher _sources;
    private readonly Matcher _people;

    public FileClassifier(FactLspConfig config)
    {
        _articles = Build(config.Articles, config.Exclude);
        _sources = Build(config.Sources, config.Exclude);
        _people = Build(config.People, config.Exclude);
    }

    public FileKind Classify(string path)
    {
        if (path == FactLspConfig.FileName)
        {
            return FileKind.Config;
        }
        if (_people.Match(path).HasMatches)
        {
            return FileKind.People;
        }
        if (_sources.Match(path).HasMatches)
        {
            return FileKind.Source;
        }
        if (_articles.Match(path).HasMatches)
        {
            return FileKind.Article;
        }
        return FileKind.Other;
    }

    private static Matcher Build(IEnumerable<string> include, IEnumerable<string> exclude)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        foreach (var glob in include)
        {
            matcher.AddInclude(glob);
        }
        foreach (var glob in exclude)
        {
            matcher.AddExclude(glob);
        }
        return matcher;
    }
}
