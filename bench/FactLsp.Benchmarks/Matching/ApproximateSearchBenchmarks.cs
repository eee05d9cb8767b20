using BenchmarkDotNet.Attributes;
using FactLsp.Core.Matching;
using FactLsp.Benchmarks.Generation;

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
    private SearchCase _case = null!;

    [GlobalSetup]
    public void Setup() => _case = SearchCase.Create();

    [Benchmark(Description = "Myers bit-parallel, 1 MB, k=60")]
    public EndMatch Myers() => MyersSearch.Search(_case.Text, _case.Pattern, SearchCase.MaxDistance);

    [Benchmark(Description = "QuoteMatcher.Match (exact miss + approximate)")]
    public QuoteMatch Matcher() => QuoteMatcher.Match(_case.Quote, _case.Source);

    [Benchmark(Baseline = true, Description = "DP baseline O(n·m), 1 MB")]
    public EndMatch DynamicProgramming() => Alignment.SearchBaseline(_case.Text, _case.Pattern);
}

/// <summary>Building the searchable form of a 1 MB source (normalization + segments), done once per source.</summary>
[MemoryDiagnoser]
public class SearchableSourceBenchmarks
{
    private string _text = "";

    [GlobalSetup]
    public void Setup() => _text = EnglishLikeText.Generate(SearchCase.SourceLength, seed: 42);

    [Benchmark(Description = "SearchableSource.FromPlainText, 1 MB")]
    public SearchableSource Build() => SearchableSource.FromPlainText(_text);
}
