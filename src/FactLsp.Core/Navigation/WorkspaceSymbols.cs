using FactLsp.Core.Diagnostics;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Navigation;

/// <summary>A person or source found by a workspace symbol search, at its definition.</summary>
/// <param name="Container">The file that defines it, for a person or source local to an article or a registry.</param>
public sealed record WorkspaceSymbolMatch(string Id, string Name, NavigationSymbolKind Kind, Location Location, string? Container);

/// <summary>
/// Workspace symbols: every person (registries and articles' <c>speakers:</c>) and every source
/// (source files and articles' <c>sources:</c>) whose id or name (a source's title) matches the
/// query, case-insensitively: whole, as a prefix, as a substring, or as a subsequence
/// (<c>rkhal</c> finds <c>redur-khalil</c>), best matches first; on a tie, the workspace's
/// registries and source files before the articles' own definitions, which often repeat them.
/// </summary>
public static class WorkspaceSymbols
{
    public static IReadOnlyList<WorkspaceSymbolMatch> Search(WorkspaceSnapshot snapshot, string? query, int limit = 500)
    {
        query = query?.Trim() ?? string.Empty;
        return Candidates(snapshot)
            .Select(c => (c.Symbol, c.Local, Score: Math.Min(Score(c.Symbol.Id, query), Score(c.Symbol.Name, query))))
            .Where(x => x.Score < NoMatch)
            .OrderBy(x => x.Score)
            .ThenBy(x => x.Local)
            .ThenBy(x => x.Symbol.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(x => x.Symbol.Location.Path, StringComparer.Ordinal)
            .Take(limit)
            .Select(x => x.Symbol)
            .ToList();
    }

    private static IEnumerable<(WorkspaceSymbolMatch Symbol, bool Local)> Candidates(WorkspaceSnapshot snapshot)
    {
        foreach (var file in snapshot.PeopleFiles)
        {
            foreach (var person in file.People)
            {
                yield return (new WorkspaceSymbolMatch(person.Id, person.DisplayName, NavigationSymbolKind.Person, KeyLocation(snapshot, person.Definition.Path, person.Definition.KeySpan), file.File.Path), false);
            }
        }
        foreach (var source in snapshot.Sources)
        {
            yield return (new WorkspaceSymbolMatch(source.Id, source.Metadata.Title ?? source.Id, NavigationSymbolKind.Source, KeyLocation(snapshot, source.Definition.Path, source.Definition.KeySpan), source.Definition.Path), false);
        }
        foreach (var article in snapshot.Articles)
        {
            foreach (var speaker in article.FrontMatter.Speakers)
            {
                yield return (new WorkspaceSymbolMatch(speaker.Id, speaker.DisplayName, NavigationSymbolKind.Person, KeyLocation(snapshot, article.Path, speaker.Definition.KeySpan), article.Path), true);
            }
            foreach (var declared in article.FrontMatter.Sources)
            {
                yield return (new WorkspaceSymbolMatch(declared.Metadata.Id, declared.Metadata.Title ?? declared.Metadata.Id, NavigationSymbolKind.Source, KeyLocation(snapshot, article.Path, declared.Definition.KeySpan), article.Path), true);
            }
        }
    }

    private static Location KeyLocation(WorkspaceSnapshot snapshot, string path, TextSpan key) =>
        new(path, IdSpans.Unquoted(snapshot.GetFile(path)?.Text, key));

    private const int NoMatch = 4;

    private static int Score(string candidate, string query)
    {
        if (query.Length == 0 || candidate.Equals(query, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }
        if (candidate.StartsWith(query, StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }
        if (candidate.Contains(query, StringComparison.OrdinalIgnoreCase))
        {
            return 2;
        }
        return IsSubsequence(candidate, query) ? 3 : NoMatch;
    }

    private static bool IsSubsequence(string candidate, string query)
    {
        var q = 0;
        for (var i = 0; i < candidate.Length && q < query.Length; i++)
        {
            if (char.ToLowerInvariant(candidate[i]) == char.ToLowerInvariant(query[q]))
            {
                q++;
            }
        }
        return q == query.Length;
    }
}
