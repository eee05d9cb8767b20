using FactLsp.Core.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Assistance;

/// <summary>Code lenses: an article's quote summary at its top; on each person of a people registry, how often they are quoted.</summary>
public static class CodeLensProvider
{
    public static IReadOnlyList<CodeLensItem> For(WorkspaceSnapshot snapshot, string path)
    {
        if (snapshot.GetAnalysis(path) is { } analysis)
        {
            return [new CodeLensItem(new TextSpan(0, 0), QuoteSummary.Of(analysis).ToString(), CodeLensKind.ArticleSummary)];
        }
        if (snapshot.GetPeopleFile(path) is { } people)
        {
            return people.People
                .Select(p => new CodeLensItem(p.Definition.KeySpan, PersonHover.Capitalize(UsageCounts.Quotes(snapshot, p).Describe("quoted")), CodeLensKind.PersonUsage, p.Id))
                .ToList();
        }
        return [];
    }
}
