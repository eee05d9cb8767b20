using FactLsp.Core.Model;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Navigation;

public enum IdKind
{
    Person,
    Source,
}

/// <summary>
/// What an id names: a person or a source, known by its definition rather than by its id. Two
/// entries with one id (a <c>duplicate-id</c>) are two symbols, and only the one the checker
/// uses has uses; a local speaker that shares a registry id is not the registry's person.
/// </summary>
/// <param name="Definition">
/// Where the id is defined: a people registry key, an article's <c>speakers:</c> or
/// <c>sources:</c> key, a source file's <c>id:</c> value, or the start of a source file whose id
/// is its file name (an empty span at 0).
/// </param>
public sealed record IdSymbol(IdKind Kind, string Id, Definition Definition)
{
    /// <summary>The article whose front matter defines this symbol, which only that article can use; null for the workspace's people and source files.</summary>
    public ArticleModel? LocalArticle(WorkspaceSnapshot snapshot) => snapshot.GetArticle(Definition.Path);

    public static IdSymbol ForPerson(Person person) => new(IdKind.Person, person.Id, person.Definition);

    public static IdSymbol ForSource(SourceModel source) => new(IdKind.Source, source.Id, source.Definition);

    /// <summary>
    /// The symbol under a cursor: the id itself, a definition, or for a quote, claim or term its
    /// speaker (else its source). Null for an id that names nothing.
    /// </summary>
    public static IdSymbol? Of(WorkspaceSnapshot snapshot, CursorTarget target) => target switch
    {
        SpeakerReferenceTarget { Person: { } person } => ForPerson(person),
        SpeakerLabelTarget { Person: { } person } => ForPerson(person),
        SourceReferenceTarget { Source: { } source } => ForSource(source),
        PersonDefinitionTarget definition => ForPerson(definition.Person),
        SourceDefinitionTarget definition => ForSource(definition.Source),
        AnnotationTarget annotation => OfAnnotation(snapshot, annotation.Article, annotation.Annotation),
        _ => null,
    };

    private static IdSymbol? OfAnnotation(WorkspaceSnapshot snapshot, ArticleModel article, AnnotationModel annotation)
    {
        if (annotation.By is { } by && IdScope.Person(snapshot, article, by.Value) is { } person)
        {
            return ForPerson(person);
        }
        if (annotation.Src is { } src && IdScope.Source(snapshot, article, src.Value) is { } definition)
        {
            return new IdSymbol(IdKind.Source, src.Value, definition);
        }
        return null;
    }
}
