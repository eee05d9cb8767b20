using FactLsp.Core.Syntax;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Assistance;

/// <summary>
/// The annotation parts of an article, in file order and never overlapping: brackets, classes,
/// ids, keys and values. The content between the brackets is the Markdown's to colour.
/// </summary>
public static class SemanticTokenProvider
{
    public static IReadOnlyList<AnnotationToken> For(WorkspaceSnapshot snapshot, string path)
    {
        if (snapshot.GetArticle(path) is not { } article)
        {
            return [];
        }
        var tokens = new List<AnnotationToken>();
        foreach (var annotation in article.Annotations)
        {
            Add(tokens, annotation.Syntax);
        }
        tokens.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        // A nested span lies in its parent's content, so tokens cannot overlap; drop any that would rather than send a bad stream.
        var result = new List<AnnotationToken>(tokens.Count);
        foreach (var token in tokens)
        {
            if (token.Span.Length > 0 && (result.Count == 0 || result[^1].Span.End <= token.Span.Start))
            {
                result.Add(token);
            }
        }
        return result;
    }

    private static void Add(List<AnnotationToken> tokens, AnnotationSyntax syntax)
    {
        tokens.Add(new(new TextSpan(syntax.Span.Start, 1), AnnotationTokenType.Bracket));
        tokens.Add(new(new TextSpan(syntax.ContentSpan.End, 1), AnnotationTokenType.Bracket));
        tokens.Add(new(new TextSpan(syntax.AttributesSpan.Start - 1, 1), AnnotationTokenType.Bracket));
        if (!syntax.IsUnclosed)
        {
            tokens.Add(new(new TextSpan(syntax.Span.End - 1, 1), AnnotationTokenType.Bracket));
        }
        foreach (var attribute in syntax.Attributes)
        {
            switch (attribute.Kind)
            {
                case AttributeKind.Class:
                    tokens.Add(new(attribute.Span, AnnotationTokenType.Class));
                    break;
                case AttributeKind.Identifier:
                    tokens.Add(new(attribute.Span, AnnotationTokenType.Identifier));
                    break;
                default:
                    tokens.Add(new(attribute.NameSpan, AnnotationTokenType.Key));
                    tokens.Add(new(new TextSpan(attribute.NameSpan.End, 1), AnnotationTokenType.Equals));
                    var value = TextSpan.FromBounds(attribute.NameSpan.End + 1, attribute.Span.End);
                    tokens.Add(new(value, attribute.Name switch
                    {
                        "by" => AnnotationTokenType.SpeakerId,
                        "src" => AnnotationTokenType.SourceId,
                        "status" => AnnotationTokenType.Status,
                        _ => AnnotationTokenType.Value,
                    }));
                    break;
            }
        }
    }
}
