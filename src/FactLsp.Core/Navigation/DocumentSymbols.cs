using FactLsp.Core.Checking;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Navigation;

/// <summary>
/// The outline of a file. An article: its quotes and claims grouped by speaker (a parent per
/// person, in order of first appearance), then its terms; a people registry: its people.
/// Source files have no outline of their own.
/// </summary>
public static class DocumentSymbols
{
    private const int NameLength = 60;

    public static IReadOnlyList<NavigationSymbol> For(WorkspaceSnapshot snapshot, string path)
    {
        if (snapshot.GetArticle(path) is { } article)
        {
            return ForArticle(snapshot, article);
        }
        if (snapshot.GetPeopleFile(path) is { } people)
        {
            return ForPeople(people);
        }
        return [];
    }

    private static List<NavigationSymbol> ForArticle(WorkspaceSnapshot snapshot, ArticleModel article)
    {
        var analysis = snapshot.GetAnalysis(article.Path);
        var groups = new List<(string Key, string Name, string? Detail, NavigationSymbolKind Kind, List<AnnotationModel> Members)>();
        foreach (var annotation in article.Annotations)
        {
            var (key, name, detail, kind) = GroupOf(snapshot, article, annotation);
            var index = groups.FindIndex(g => g.Key == key);
            if (index < 0)
            {
                groups.Add((key, name, detail, kind, [annotation]));
            }
            else
            {
                groups[index].Members.Add(annotation);
            }
        }
        return groups.Select(g =>
        {
            var children = g.Members.Select(a => Child(a, analysis?.ResultFor(a))).ToList();
            var span = TextSpan.FromBounds(children[0].Span.Start, children.Max(c => c.Span.End));
            var selection = g.Members[0].By is { } by && g.Kind == NavigationSymbolKind.Person ? by.ValueSpan : children[0].SelectionSpan;
            return new NavigationSymbol(g.Name, g.Detail, g.Kind, span, selection, children);
        }).ToList();
    }

    private static (string Key, string Name, string? Detail, NavigationSymbolKind Kind) GroupOf(WorkspaceSnapshot snapshot, ArticleModel article, AnnotationModel annotation)
    {
        if (annotation.IsTerm)
        {
            return ("term", "Terms", null, NavigationSymbolKind.Group);
        }
        if (annotation.By is not { } by)
        {
            return ("none", "Without a speaker", null, NavigationSymbolKind.Group);
        }
        if (IdScope.Person(snapshot, article, by.Value) is { } person)
        {
            // Keyed by definition: a registry person and a shadowed local one never share a parent by accident.
            return ($"person:{person.Definition.Path}:{person.Definition.KeySpan.Start}", person.DisplayName, person.Id, NavigationSymbolKind.Person);
        }
        var id = by.Value.Length > 0 ? by.Value : "(empty)";
        return ($"unknown:{by.Value}", id, "unknown speaker", NavigationSymbolKind.Person);
    }

    private static NavigationSymbol Child(AnnotationModel annotation, AnnotationResult? result)
    {
        var words = Messages.Shorten(annotation.Syntax.PlainContent.Text, NameLength);
        var name = words.Length > 0 ? words : $"(empty .{annotation.Kind})";
        var detail = string.Join(" · ", new[] { annotation.Kind, annotation.Src?.Value, Verdict(result) }.Where(p => !string.IsNullOrEmpty(p)));
        var kind = annotation.IsClaim ? NavigationSymbolKind.Claim : annotation.IsTerm ? NavigationSymbolKind.Term : NavigationSymbolKind.Quote;
        var selection = annotation.Syntax.ContentSpan.IsEmpty ? annotation.Span : annotation.Syntax.ContentSpan;
        return new NavigationSymbol(name, detail, kind, annotation.Span, selection, []);
    }

    // The standing, as the code lens counts it; "verified with alterations" only when the speaker checks out too.
    private static string? Verdict(AnnotationResult? result) => result?.Standing switch
    {
        null or QuoteStanding.NotChecked => null,
        QuoteStanding.Verified when result.Verdict == QuoteVerdict.VerifiedWithAlterations => "verified with alterations",
        { } standing => QuoteStandings.Label(standing),
    };

    private static List<NavigationSymbol> ForPeople(PeopleFileModel file)
    {
        var text = file.File.Text ?? string.Empty;
        var symbols = new List<NavigationSymbol>();
        for (var i = 0; i < file.People.Count; i++)
        {
            var person = file.People[i];
            var key = person.Definition.KeySpan;
            // An entry runs from its key to the next entry's key, without the blank lines between.
            var end = i + 1 < file.People.Count ? file.People[i + 1].Definition.KeySpan.Start : text.Length;
            while (end > key.End && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
            symbols.Add(new NavigationSymbol(person.Id, person.DisplayName, NavigationSymbolKind.Person, TextSpan.FromBounds(key.Start, Math.Max(end, key.End)), key, []));
        }
        return symbols;
    }
}
