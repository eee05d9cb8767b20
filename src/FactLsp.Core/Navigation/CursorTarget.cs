using FactLsp.Core.Model;
using FactLsp.Core.Syntax;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Navigation;

/// <summary>
/// What the cursor is on, as every editor feature (hover, definition, references, rename) needs
/// to know it. <see cref="CursorLocator"/> finds it; the features decide what to do with it.
/// </summary>
public abstract record CursorTarget(string Path, Text.TextSpan Span);

/// <summary>Inside an annotation, but not on one of its ids: the quote, claim or term itself.</summary>
public sealed record AnnotationTarget(ArticleModel Article, AnnotationModel Annotation)
    : CursorTarget(Article.Path, Annotation.Span);

/// <summary>On the value of a <c>by=</c>: a use of a speaker id. <see cref="Person"/> is null when nobody has that id.</summary>
public sealed record SpeakerReferenceTarget(ArticleModel Article, AnnotationModel Annotation, AttributeSyntax Attribute, Person? Person)
    : CursorTarget(Article.Path, Attribute.ValueSpan)
{
    public string Id => Attribute.Value;
}

/// <summary>On the value of a <c>src=</c>: a use of a source id. <see cref="Source"/> is null when no source has that id.</summary>
public sealed record SourceReferenceTarget(ArticleModel Article, AnnotationModel Annotation, AttributeSyntax Attribute, SourceModel? Source)
    : CursorTarget(Article.Path, Attribute.ValueSpan)
{
    public string Id => Attribute.Value;
}

/// <summary>On the key that defines a person: in a people registry, or in an article's <c>speakers:</c>.</summary>
public sealed record PersonDefinitionTarget(Person Person)
    : CursorTarget(Person.Definition.Path, Person.Definition.KeySpan);

/// <summary>On the definition of a source: its id in the source file, anywhere in a source file's text, or an article's <c>sources:</c> key.</summary>
public sealed record SourceDefinitionTarget(SourceModel Source, Text.TextSpan At)
    : CursorTarget(Source.Definition.Path, At);

/// <summary>
/// On the person id of a source's <c>speakers:</c> map (<c>KHALIL: redur-khalil</c>): a use of a
/// registry id. <see cref="Person"/> is null when the registry has nobody with that id.
/// </summary>
public sealed record SpeakerLabelTarget(string SourcePath, SpeakerLabel Label, Person? Person)
    : CursorTarget(SourcePath, Label.IdSpan)
{
    public string Id => Label.Id;
}
