using FactLsp.Core.Text;

namespace FactLsp.Core.Assistance;

/// <summary>The parts of an annotation an editor colours; the server maps them onto LSP's standard token types.</summary>
public enum AnnotationTokenType
{
    /// <summary><c>[</c>, <c>]</c>, <c>{</c>, <c>}</c>.</summary>
    Bracket,

    /// <summary><c>.quote</c>, <c>.claim</c>, <c>.term</c>, and any other class.</summary>
    Class,

    /// <summary><c>#id</c>.</summary>
    Identifier,

    /// <summary>The key of a <c>key=value</c>.</summary>
    Key,

    /// <summary>The <c>=</c> of a <c>key=value</c>.</summary>
    Equals,

    /// <summary>The value of <c>by=</c>.</summary>
    SpeakerId,

    /// <summary>The value of <c>src=</c>.</summary>
    SourceId,

    /// <summary>The value of <c>status=</c>: one of a fixed set.</summary>
    Status,

    /// <summary>Any other value (<c>at</c>, <c>lang</c>, <c>evidence</c>), quotes included.</summary>
    Value,
}

/// <summary>A coloured part of an annotation: an absolute span of the file (it may cross a line break).</summary>
public sealed record AnnotationToken(TextSpan Span, AnnotationTokenType Type);
