using FactLsp.Core.Attribution;
using FactLsp.Core.Model;
using FactLsp.Core.Text;

namespace FactLsp.Core.Tests.Attribution;

/// <summary>Builds plain documents and the test registry without the Markdown parser.</summary>
internal static class TestDocs
{
    /// <summary>A plain document whose text is <paramref name="text"/> itself; paragraphs are split at blank lines (LF or CRLF).</summary>
    public static PlainDocument Plain(string text, params PlainAnnotation[] annotations)
    {
        var paragraphs = new List<TextSpan>();
        var lineStart = 0;
        var paraStart = -1;
        var paraEnd = -1;
        while (lineStart <= text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var contentEnd = lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            if (string.IsNullOrWhiteSpace(text[lineStart..contentEnd]))
            {
                if (paraStart >= 0)
                {
                    paragraphs.Add(TextSpan.FromBounds(paraStart, paraEnd));
                    paraStart = -1;
                }
            }
            else
            {
                if (paraStart < 0)
                {
                    paraStart = lineStart;
                }
                paraEnd = contentEnd;
            }
            if (newline < 0)
            {
                break;
            }
            lineStart = newline + 1;
        }
        if (paraStart >= 0)
        {
            paragraphs.Add(TextSpan.FromBounds(paraStart, paraEnd));
        }
        return new PlainDocument(MappedText.Identity(text), paragraphs, annotations);
    }

    public static Person Person(string id, string? name, params string[] aliases) =>
        new(id, name, aliases, null, [], null, Definition.None);

    /// <summary>The registry of the brief.</summary>
    public static SpeakerDirectory Registry(params Person[] extra) => new(
    [
        Person("redur-khalil", "Redur Khalil", "Khalil"),
        Person("vladimir-putin", "Vladimir Putin"),
        Person("recep-tayyip-erdogan", "Recep Tayyip Erdogan", "Erdogan"),
        Person("donald-trump", "Donald Trump"),
        Person("bashar-al-assad", "Bashar al-Assad"),
        .. extra,
    ]);

    /// <summary>The span of the <paramref name="occurrence"/>-th (0-based) occurrence of <paramref name="needle"/>.</summary>
    public static TextSpan SpanOf(string text, string needle, int occurrence = 0)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = text.IndexOf(needle, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{needle}' (occurrence {occurrence}) not in the text");
        }
        return new TextSpan(at, needle.Length);
    }

    public static string At(string text, TextSpan? span)
    {
        Assert.NotNull(span);
        return text.Substring(span.Value.Start, span.Value.Length);
    }
}
