using System.Text.RegularExpressions;

namespace FactLsp.Benchmarks.Lsp;

/// <summary>Where to point requests in a generated article: each quote's words, each by= id, a place to type; as LSP positions.</summary>
internal sealed partial class ArticlePositions
{
    private readonly List<int> _lineStarts = [0];

    public ArticlePositions(string text)
    {
        Text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
        foreach (Match m in QuoteSpan().Matches(text))
        {
            var content = m.Groups["content"];
            var attributes = m.Groups["attributes"];
            var by = ById().Match(attributes.Value);
            if (!by.Success)
            {
                continue; // a .term
            }
            Quotes.Add(new QuoteAt(
                content.Index + content.Length / 2,
                attributes.Index + by.Groups["id"].Index + 1,
                by.Groups["id"].Value));
        }
        // Typing goes at the start of the first prose paragraph after the heading.
        var heading = text.IndexOf("\n# ", StringComparison.Ordinal);
        var paragraph = heading < 0 ? 0 : text.IndexOf("\n\n", heading + 1, StringComparison.Ordinal) + 2;
        EditOffset = Math.Clamp(paragraph, 0, text.Length);
    }

    /// <summary>A quote: an offset inside its words, an offset inside its by= id, and the id.</summary>
    public sealed record QuoteAt(int Words, int By, string Speaker);

    public string Text { get; }

    public List<QuoteAt> Quotes { get; } = [];

    public int EditOffset { get; }

    /// <summary>The LSP position (line, UTF-16 column) of an offset: C# strings count UTF-16 code units already.</summary>
    public object Position(int offset)
    {
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }
        return new { line, character = offset - _lineStarts[line] };
    }

    [GeneratedRegex(@"\[“(?<content>[^”]*)”\]\{(?<attributes>[^}]*)\}")]
    private static partial Regex QuoteSpan();

    [GeneratedRegex(@"(?:^|\s)by=(?<id>[^\s}]+)")]
    private static partial Regex ById();
}
