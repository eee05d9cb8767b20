using FactLsp.Benchmarks.Generation;
using FactLsp.Core.Matching;
using FactLsp.Core.Text;

namespace FactLsp.Benchmarks.Matching;

/// <summary>
/// The search case, shared by the BenchmarkDotNet class and the search driver: a 300-character
/// quote with four edits (two substitutions, a deletion, an insertion) from the middle of a generated
/// 1 MB English-like source.
/// </summary>
internal sealed class SearchCase
{
    public const int SourceLength = 1 << 20;

    /// <summary>The threshold the matcher gives a 300-character quote at similarity 0.8.</summary>
    public const int MaxDistance = 60;

    private SearchCase(string text, string quote, string verbatim)
    {
        Text = text;
        Pattern = new PatternText(quote);
        Quote = QuotePattern.Parse(MappedText.Identity("“" + quote + "”"));
        Verbatim = QuotePattern.Parse(MappedText.Identity("“" + verbatim + "”"));
        Source = SearchableSource.FromPlainText(text);
    }

    public string Text { get; }

    public PatternText Pattern { get; }

    /// <summary>The edited quote, as an article would hold it.</summary>
    public QuotePattern Quote { get; }

    /// <summary>The same 300 characters without the edits: the exact path.</summary>
    public QuotePattern Verbatim { get; }

    public SearchableSource Source { get; }

    public static SearchCase Create()
    {
        var text = EnglishLikeText.Generate(SourceLength, seed: 42);
        var start = text.IndexOf(' ', SourceLength / 2) + 1;
        var verbatim = text.Substring(start, 300);
        var quote = verbatim.ToCharArray();
        quote[20] = quote[20] == 'x' ? 'y' : 'x';
        quote[140] = quote[140] == 'q' ? 'z' : 'q';
        var edited = new string(quote).Remove(200, 1).Insert(250, "k");
        return new SearchCase(text, edited, verbatim);
    }
}
