using FactLsp.Core.Assistance;
using FactLsp.Server.Protocol;

namespace FactLsp.Server.Conversions;

/// <summary>
/// Annotation parts as LSP's standard token types, which every theme colours: a class as a class,
/// a key as a property, ids as variables, a status as an enum member, other values as strings,
/// brackets and '=' as operators; the <c>#id</c> is a variable with the declaration modifier.
/// </summary>
internal static class SemanticTokenLegend
{
    public static readonly IReadOnlyList<string> TokenTypes = ["operator", "class", "variable", "property", "enumMember", "string"];

    public static readonly IReadOnlyList<string> TokenModifiers = ["declaration"];

    public static SemanticTokensLegend Legend { get; } = new(TokenTypes, TokenModifiers);

    /// <summary>The legend index of the type and the modifier bits of a Core token type.</summary>
    public static (int Type, int Modifiers) Of(AnnotationTokenType type) => type switch
    {
        AnnotationTokenType.Bracket or AnnotationTokenType.Equals => (0, 0),
        AnnotationTokenType.Class => (1, 0),
        AnnotationTokenType.Identifier => (2, 1),
        AnnotationTokenType.SpeakerId or AnnotationTokenType.SourceId => (2, 0),
        AnnotationTokenType.Key => (3, 0),
        AnnotationTokenType.Status => (4, 0),
        _ => (5, 0),
    };
}
