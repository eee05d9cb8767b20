using FactLsp.Core.Workspace;

namespace FactLsp.Core.Caching;

/// <summary>
/// Which finished checks of one snapshot are still right on another of the same workspace: those
/// whose cache key (see <see cref="ArticleKey"/>: the article's text, the people, the files its
/// sources resolve to, the files it reads) is the same on both. The server hands its partial
/// workspace's checks of the open articles over to the whole workspace this way, instead of
/// checking them again.
/// </summary>
public static class CarriedChecks
{
    /// <summary>The articles among <paramref name="paths"/> checked on <paramref name="earlier"/> whose findings <paramref name="later"/> would find too.</summary>
    public static IReadOnlySet<string> Holding(WorkspaceSnapshot earlier, WorkspaceSnapshot later, IEnumerable<string> paths)
    {
        var holding = new HashSet<string>(StringComparer.Ordinal);
        ArticleKeys? before = null;
        ArticleKeys? after = null;
        foreach (var path in paths)
        {
            // Only finished checks: asking for the findings of another would start it.
            if (!earlier.HasFinishedCheck(path) || earlier.GetFindings(path) is not { } findings)
            {
                continue;
            }
            before ??= new ArticleKeys(earlier);
            after ??= new ArticleKeys(later);
            if (after.Holds(before.Compute(path, findings)))
            {
                holding.Add(path);
            }
        }
        return holding;
    }
}
