using BenchmarkDotNet.Attributes;
using FactLsp.Core.Matching;
using FactLsp.Core.Text;

namespace FactLsp.Benchmarks.Matching;

/// <summary>
/// A 300-character quote with a few edits, searched in a generated 1 MB English-like source:
/// the bit-parallel search against the plain O(n·m) dynamic programme (the baseline), and the
/// whole matcher (exact attempt + approximate fallback). BenchmarkDotNet prints the ratio
/// against the baseline in the Ratio column.
/// </summary>
[MemoryDiagnoser]
public class ApproximateSearchBenchmarks
{
    private const int SourceLength = 1 << 20;
    private string _text = "";
    private PatternText _pattern = new("");
    private QuotePattern _quote = null!;
    private SearchableSource _source = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = EnglishLikeText.Generate(SourceLength, seed: 42);
        var start = _text.IndexOf(' ', SourceLength / 2) + 1;
        var quote = _text.Substring(start, 300).ToCharArray();
        // A few edits: two substitutions, one deletion, one insertion.
        quote[20] = quote[20] == 'x' ? 'y' : 'x';
        quote[140] = quote[140] == 'q' ? 'z' : 'q';
        var edited = new string(quote).Remove(200, 1).Insert(250, "k");
        _pattern = new PatternText(edited);
        _quote = QuotePattern.Parse(MappedText.Identity("“" + edited + "”"));
        _source = SearchableSource.FromPlainText(_text);
    }

    [Benchmark(Description = "Myers bit-parallel, 1 MB, k=60")]
    public EndMatch Myers() => MyersSearch.Search(_text, _pattern, 60);

    [Benchmark(Description = "QuoteMatcher.Match (exact miss + approximate)")]
    public QuoteMatch Matcher() => QuoteMatcher.Match(_quote, _source);

    [Benchmark(Baseline = true, Description = "DP baseline O(n·m), 1 MB")]
    public EndMatch DynamicProgramming() => Alignment.SearchBaseline(_text, _pattern);
}

/// <summary>Building the searchable form of a 1 MB source (normalization + segments), done once per source.</summary>
[MemoryDiagnoser]
public class SearchableSourceBenchmarks
{
    private string _text = "";

    [GlobalSetup]
    public void Setup() => _text = EnglishLikeText.Generate(1 << 20, seed: 42);

    [Benchmark(Description = "SearchableSource.FromPlainText, 1 MB")]
    public SearchableSource Build() => SearchableSource.FromPlainText(_text);
}

/// <summary>Deterministic text with English word frequencies, punctuation, curly quotes and paragraphs.</summary>
internal static class EnglishLikeText
{
    private static readonly string[] s_words =
        ("the of and to a in is it you that he was for on are with as his they be at one have this from or had by " +
         "not word but what some we can out other were all there when up use your how said an each she which do " +
         "their time if will way about many then them write would like so these her long make thing see him two has " +
         "look more day could go come did number sound no most people my over know water than call first who may down " +
         "side been now find any new work part take get place made live where after back little only round man year " +
         "came show every good me give our under name very through just form sentence great think say help low line " +
         "differ turn cause much mean before move right boy old too same tell does set three want air well also play " +
         "small end put home read hand port large spell add even land here must big high such follow act why ask men " +
         "change went light kind off need house picture try us again animal point mother world near build self earth " +
         "government security offensive fighters official ceasefire negotiations province militia coalition").Split(' ');

    public static string Generate(int length, int seed)
    {
        var random = new Random(seed);
        var builder = new System.Text.StringBuilder(length + 64);
        var sentence = 0;
        while (builder.Length < length)
        {
            var word = s_words[random.Next(s_words.Length)];
            if (sentence == 0)
            {
                word = char.ToUpperInvariant(word[0]) + word[1..];
            }
            builder.Append(random.Next(40) == 0 ? "“" + word + "”" : word);
            sentence++;
            if (sentence > 8 && random.Next(10) == 0)
            {
                builder.Append('.');
                sentence = 0;
                builder.Append(random.Next(6) == 0 ? "\n\n" : " ");
            }
            else
            {
                builder.Append(random.Next(12) == 0 ? ", " : " ");
            }
        }
        return builder.ToString(0, length);
    }
}
