using FactLsp.Core.Diagnostics;
using FactLsp.Core.Model;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Navigation;

/// <summary>
/// Rename of speaker and source ids: from a <c>by=</c> or <c>src=</c> value, a people registry
/// key, an article's <c>speakers:</c> or <c>sources:</c> key, a source file's <c>id:</c>, or the
/// person id of a source's <c>speakers:</c> map. One
/// set of edits changes the definition and every use that resolves to it (and, for a person,
/// the source <c>speakers:</c> entries naming it), so the workspace checks as before.
/// </summary>
public static class Renamer
{
    private const string NotAnId =
        "Only speaker and source ids can be renamed: put the cursor on a by= or src= value, on a key of people.yaml or of the front matter's speakers: or sources:, or on a source's id:.";

    public static RenameTarget Prepare(WorkspaceSnapshot snapshot, string path, int offset)
    {
        var text = snapshot.GetFile(path)?.Text;
        switch (CursorLocator.Find(snapshot, path, offset))
        {
            case SpeakerReferenceTarget { Person: null } target:
                return RenameTarget.Refused($"'{target.Id}' names nobody: there is no person with this id to rename. Correct the id, or add the person to people.yaml.");
            case SourceReferenceTarget { Source: null } target:
                return RenameTarget.Refused($"'{target.Id}' names no source: there is nothing to rename. Correct the id, or declare the source.");
            case SpeakerLabelTarget { Person: null } target:
                return RenameTarget.Refused($"'{target.Id}' names nobody in the people registry: there is no person with this id to rename.");
            case SpeakerReferenceTarget { Person: { } person } target:
                return RenameTarget.Allowed(IdSymbol.ForPerson(person), target.Span);
            case SpeakerLabelTarget { Person: { } person } target:
                return RenameTarget.Allowed(IdSymbol.ForPerson(person), target.Span);
            case SourceReferenceTarget { Source: { } source } target:
                return RenameTarget.Allowed(IdSymbol.ForSource(source), target.Span);
            case PersonDefinitionTarget target:
                return RenameTarget.Allowed(IdSymbol.ForPerson(target.Person), IdSpans.Unquoted(text, target.Span));
            case SourceDefinitionTarget target when target.Source.Definition.KeySpan.IsEmpty && !target.Source.DeclaredInArticle:
                return RenameTarget.Refused(
                    $"This source has no id: line; its id is its file name, '{target.Source.Id}'. Rename it from a src= that cites it (an id: line is then added here), or add an id: line.");
            case SourceDefinitionTarget target when target.At == target.Source.Definition.KeySpan:
                return RenameTarget.Allowed(IdSymbol.ForSource(target.Source), IdSpans.Unquoted(text, target.At));
            default:
                return RenameTarget.Refused(NotAnId);
        }
    }

    public static RenameResult Rename(WorkspaceSnapshot snapshot, string path, int offset, string newName)
    {
        var target = Prepare(snapshot, path, offset);
        if (target.Symbol is not { } symbol)
        {
            return RenameResult.Refused(target.Refusal ?? NotAnId);
        }
        if (!Ids.IsValid(newName))
        {
            return RenameResult.Refused($"'{newName}' is not a valid id: a letter or digit, then letters, digits, '-', '_', '.' or ':'.");
        }
        if (newName == symbol.Id)
        {
            return new RenameResult([], null);
        }
        if (Conflict(snapshot, symbol, newName) is { } conflict)
        {
            return RenameResult.Refused(conflict);
        }

        var edits = new List<SuggestedEdit>();
        if (symbol.Kind == IdKind.Source && symbol.Definition.KeySpan.IsEmpty && symbol.LocalArticle(snapshot) is null)
        {
            var (edit, refusal) = SourceIdLine.Set(snapshot.GetFile(symbol.Definition.Path)!, newName);
            if (edit is null)
            {
                return RenameResult.Refused(refusal!);
            }
            edits.Add(edit);
        }
        else
        {
            var text = snapshot.GetFile(symbol.Definition.Path)?.Text;
            edits.Add(new SuggestedEdit(symbol.Definition.Path, IdSpans.Unquoted(text, symbol.Definition.KeySpan), newName));
        }
        foreach (var use in IdUses.Find(snapshot, symbol))
        {
            edits.Add(new SuggestedEdit(use.Location.Path, use.Location.Span, newName));
        }
        return new RenameResult(PlaceOrder.SortedDistinct(edits, e => e.Path, e => e.Span.Start), null);
    }

    /// <summary>
    /// A new id that something in scope already has would merge two people or two sources, or be
    /// a new <c>duplicate-id</c>: the registry and every article's front matter for a workspace
    /// id (an article's own definition is a duplicate of it), the registry and the article for a
    /// local one (the registry's would win).
    /// </summary>
    private static string? Conflict(WorkspaceSnapshot snapshot, IdSymbol symbol, string newName)
    {
        var local = symbol.LocalArticle(snapshot);
        var articles = local is null ? snapshot.Articles : [local];
        if (symbol.Kind == IdKind.Person)
        {
            if (snapshot.Index.PeopleDefinitions.TryGetValue(newName, out var people))
            {
                return $"'{newName}' already names {people[0].DisplayName} in {people[0].Definition.Path}.";
            }
            foreach (var article in articles)
            {
                // A loop, not LINQ: asked of every article on every rename.
                foreach (var speaker in article.FrontMatter.Speakers)
                {
                    if (speaker.Id == newName)
                    {
                        return $"'{newName}' is already a speaker of {article.Path}.";
                    }
                }
            }
            return null;
        }
        if (snapshot.Index.SourceDefinitions.TryGetValue(newName, out var sources))
        {
            return $"'{newName}' already names the source {sources[0].Definition.Path}.";
        }
        foreach (var article in articles)
        {
            foreach (var source in article.FrontMatter.Sources)
            {
                if (source.Metadata.Id == newName)
                {
                    return $"'{newName}' is already a source declared in {article.Path}.";
                }
            }
        }
        return null;
    }
}
