using FactLsp.Core.Configuration;
using Microsoft.Extensions.FileSystemGlobbing;

namespace FactLsp.Core.Workspace;

/// <summary>Decides each file's kind from the configuration's globs: sources first, so a Markdown source is not an article.</summary>
/// <remarks>
/// The globs are matched against the paths in memory, under a made-up absolute root: the library's one-file
/// <c>Match(path)</c> roots the path at the current folder, asking the system for it each time (a third of a
/// 2,500-file workspace's classification). A whole workspace is classified in one walk per glob set
/// (<see cref="ClassifyAll"/>); one file is a walk of one, with the same answer.
/// </remarks>
public sealed class FileClassifier
{
    // Any absolute folder does: nothing is read from it.
    private static readonly string GlobRoot = OperatingSystem.IsWindows() ? @"C:\factlsp-globs" : "/factlsp-globs";

    private readonly Matcher _articles;
    private readonly Matcher _sources;
    private readonly Matcher _people;

    public FileClassifier(FactLspConfig config)
    {
        _articles = Build(config.Articles, config.Exclude);
        _sources = Build(config.Sources, config.Exclude);
        _people = Build(config.People, config.Exclude);
    }

    public FileKind Classify(string path) => ClassifyAll([path])[0];

    /// <summary>The kind of each of <paramref name="paths"/> (workspace-relative, '/' separated), in their order.</summary>
    public FileKind[] ClassifyAll(IReadOnlyList<string> paths)
    {
        var kinds = new FileKind[paths.Count];
        var people = Matches(_people, paths);
        var sources = Matches(_sources, paths);
        var articles = Matches(_articles, paths);
        for (var i = 0; i < paths.Count; i++)
        {
            var path = paths[i];
            kinds[i] = path == FactLspConfig.FileName ? FileKind.Config
                : people.Contains(path) ? FileKind.People
                : sources.Contains(path) ? FileKind.Source
                : articles.Contains(path) ? FileKind.Article
                : FileKind.Other;
        }
        return kinds;
    }

    // The paths the matcher accepts, as given (the library answers with paths relative to the root, '/' separated).
    private static HashSet<string> Matches(Matcher matcher, IReadOnlyList<string> paths)
    {
        var rooted = new string[paths.Count];
        for (var i = 0; i < rooted.Length; i++)
        {
            rooted[i] = GlobRoot + "/" + paths[i];
        }
        var result = matcher.Match(GlobRoot, rooted);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in result.Files)
        {
            found.Add(match.Path.Replace('\\', '/'));
        }
        return found;
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
