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
            var key = AsMatched(path);
            kinds[i] = path == FactLspConfig.FileName ? FileKind.Config
                : key is null ? FileKind.Other
                : people.Contains(key) ? FileKind.People
                : sources.Contains(key) ? FileKind.Source
                : articles.Contains(key) ? FileKind.Article
                : FileKind.Other;
        }
        return kinds;
    }

    // The path as the library answers it: relative to the root, '/' separated, with "." and ".." segments worked out
    // (a workspace's own paths already are; a path from elsewhere, "./people.yaml" say, may not be). A rooted path is
    // none of the workspace's: null, which no glob matches.
    private static string? AsMatched(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return null;
        }
        var plain = !path.Contains("//", StringComparison.Ordinal) && !path.Split('/').Any(part => part is "." or "..")
            && (Path.DirectorySeparatorChar == '/' || !path.Contains(Path.DirectorySeparatorChar));
        return plain ? path
            : Path.GetRelativePath(GlobRoot, Path.GetFullPath((GlobRoot + "/" + path).Replace(Path.AltDirectorySeparatorChar, Path.DirectorySeparatorChar)))
                .Replace(Path.DirectorySeparatorChar, '/');
    }

    // The paths the matcher accepts, as given (the library answers with paths relative to the root, '/' separated).
    private static HashSet<string> Matches(Matcher matcher, IReadOnlyList<string> paths)
    {
        var rooted = new List<string>(paths.Count);
        foreach (var path in paths)
        {
            if (!Path.IsPathRooted(path))
            {
                rooted.Add(GlobRoot + "/" + path);
            }
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
