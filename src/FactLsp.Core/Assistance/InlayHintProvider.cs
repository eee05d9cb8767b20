using FactLsp.Core.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Assistance;

/// <summary>The speaker's display name after each <c>by=</c> id that names someone (an unknown id has its diagnostic instead).</summary>
public static class InlayHintProvider
{
    public static IReadOnlyList<InlayHintItem> For(WorkspaceSnapshot snapshot, string path, TextSpan range)
    {
        if (snapshot.GetArticle(path) is not { } article)
        {
            return [];
        }
        // The people the checker would resolve against, without waiting for the article's check.
        var people = snapshot.Index.Registry.With(article.FrontMatter.Speakers);
        var hints = new List<InlayHintItem>();
        foreach (var annotation in article.Annotations)
        {
            if (annotation.By is not { } by || by.Span.End < range.Start || by.Span.End > range.End || people.Find(by.Value) is not { } person)
            {
                continue;
            }
            hints.Add(new InlayHintItem(by.Span.End, person.DisplayName, PersonHover.Describe(person)));
        }
        return hints;
    }
}
