using FactLsp.Core.Diagnostics;
using FactLsp.Core.Model;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Navigation;

/// <summary>Where go-to-definition lands, and the span of the article it was asked from (for a client that underlines it).</summary>
public sealed record DefinitionLink(TextSpan OriginSpan, Location Target);

/// <summary>
/// Go to definition: from a quote (or a claim's evidence) onto the exact words of the source;
/// from <c>by=</c> onto the person's key in the registry or the article's <c>speakers:</c>; from
/// <c>src=</c> onto the source.
/// </summary>
public static class DefinitionFinder
{
    public static IReadOnlyList<DefinitionLink> Find(WorkspaceSnapshot snapshot, string path, int offset)
    {
        switch (CursorLocator.Find(snapshot, path, offset))
        {
            case AnnotationTarget { Article: var article, Annotation: var annotation } target:
                if (snapshot.GetAnalysis(article.Path)?.ResultFor(annotation) is { } result)
                {
                    if (result.Passage is { } passage)
                    {
                        return [new DefinitionLink(target.Span, passage)];
                    }
                    // Words the source does not hold (or a source without text): the source itself is the next best place.
                    if (result.Source is { } source)
                    {
                        return [new DefinitionLink(target.Span, SourceLocation(source))];
                    }
                }
                return [];
            case SpeakerReferenceTarget { Person: { } person } target:
                return [new DefinitionLink(target.Span, PersonLocation(snapshot, person))];
            case SpeakerLabelTarget { Person: { } person } target:
                return [new DefinitionLink(target.Span, PersonLocation(snapshot, person))];
            case SourceReferenceTarget { Source: { } source } target:
                return [new DefinitionLink(target.Span, SourceLocation(source))];
            case PersonDefinitionTarget target:
                // A local speaker that repeats a registry id is not the one in use: the registry's is.
                var used = snapshot.GetArticle(target.Path) is { } owner ? IdScope.Person(snapshot, owner, target.Person.Id) ?? target.Person : target.Person;
                return [new DefinitionLink(target.Span, PersonLocation(snapshot, used))];
            case SourceDefinitionTarget target when target.At == target.Source.Definition.KeySpan:
                return [new DefinitionLink(target.Span, SourceLocation(target.Source))];
            default:
                return [];
        }
    }

    private static Location PersonLocation(WorkspaceSnapshot snapshot, Person person) =>
        new(person.Definition.Path, IdSpans.Unquoted(snapshot.GetFile(person.Definition.Path)?.Text, person.Definition.KeySpan));

    /// <summary>
    /// A source file: its <c>id:</c>, else its start. A source an article declares: the file its
    /// <c>file:</c> names when that can be read (where its words are), else its key.
    /// </summary>
    public static Location SourceLocation(SourceModel source)
    {
        if (source.DeclaredInArticle)
        {
            return source.File is { Text: not null } file && source.ReadProblem is null
                ? new Location(file.Path, new TextSpan(0, 0))
                : new Location(source.Definition.Path, source.Definition.KeySpan);
        }
        return new Location(source.Definition.Path, IdSpans.Unquoted(source.File?.Text, source.Definition.KeySpan));
    }
}
