using System.Globalization;

namespace FactLsp.Benchmarks.Generation;

/// <summary>What <see cref="WorkspaceGenerator"/> writes. The defaults are the check benchmark's scale (2,000 articles, 500 sources).</summary>
public sealed record GeneratorOptions
{
    public int Articles { get; init; } = 2000;

    public int QuotesPerArticle { get; init; } = 10;

    /// <summary>Words of prose per article, on average (each article is within ±40% of it).</summary>
    public int ArticleWords { get; init; } = 700;

    public int Sources { get; init; } = 500;

    public long MaxSourceBytes { get; init; } = 1 << 20;

    public long MinSourceBytes { get; init; } = 4 << 10;

    /// <summary>
    /// How source sizes spread between the minimum and the maximum: <c>log</c> (log-uniform: many
    /// short wire reports, a few long transcripts; mean ≈ 150 KB at the defaults), <c>uniform</c>
    /// (mean ≈ half the maximum) or <c>max</c> (every source at the maximum: the worst case).
    /// </summary>
    public string SourceSizes { get; init; } = "log";

    /// <summary>
    /// Which sources an article cites: <c>shared</c> (a few big stories every article cites, the rest
    /// now and then, drawn from all sources) or <c>own</c> (each article from the few sources next to
    /// its number, as a newsroom's story cites its own documents: with as many sources as articles,
    /// each source is cited by one to three articles, which is what lets a CI shard read few of them).
    /// </summary>
    public string Citations { get; init; } = "shared";

    public int People { get; init; } = 300;

    public int Seed { get; init; } = 20190124;

    /// <summary>The first article is a long read of this many words (0: none), with <see cref="LongArticleQuotes"/> quotes.</summary>
    public int LongArticleWords { get; init; } = 5000;

    public int LongArticleQuotes { get; init; } = 50;

    public double TranscriptRate { get; init; } = 0.3;

    public double MarkdownSourceRate { get; init; } = 0.3;

    public double ClaimRate { get; init; } = 0.6;

    public double TermRate { get; init; } = 0.5;

    public double UnattributedRate { get; init; } = 0.3;

    public double LocalSpeakerRate { get; init; } = 0.03;

    public double LateArticleRate { get; init; } = 0.01;

    /// <summary>How often each deliberate mistake or allowance is written; the rest of the quotes are verbatim.</summary>
    public IReadOnlyList<(QuoteVariant Variant, double Rate)> VariantRates { get; init; } =
    [
        (QuoteVariant.Ellipsis, 0.07),
        (QuoteVariant.Insertion, 0.03),
        (QuoteVariant.Sic, 0.01),
        (QuoteVariant.Misquote, 0.07),
        (QuoteVariant.NotFound, 0.03),
        (QuoteVariant.WrongSpeaker, 0.03),
        (QuoteVariant.NobodySaidIt, 0.02),
        (QuoteVariant.UnknownSpeaker, 0.005),
        (QuoteVariant.UnknownSource, 0.003),
        (QuoteVariant.Translated, 0.003),
    ];

    public const string Usage =
        "[--articles N] [--quotes-per-article N] [--article-words N] [--sources N] [--max-source-bytes N] " +
        "[--min-source-bytes N] [--source-sizes log|uniform|max] [--citations shared|own] [--people N] [--seed N] [--long-article-words N] [--long-article-quotes N]";

    /// <summary>Reads the options above from <c>--name value</c> pairs; returns the arguments it did not know.</summary>
    public static GeneratorOptions Parse(IReadOnlyList<string> args, out List<string> rest)
    {
        var options = new GeneratorOptions();
        rest = [];
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            int Int() => int.Parse(value ?? throw new ArgumentException($"{args[i]} needs a value"), CultureInfo.InvariantCulture);
            long Long() => ParseBytes(value ?? throw new ArgumentException($"{args[i]} needs a value"));
            switch (args[i])
            {
                case "--articles": options = options with { Articles = Int() }; i++; break;
                case "--quotes-per-article": options = options with { QuotesPerArticle = Int() }; i++; break;
                case "--article-words": options = options with { ArticleWords = Int() }; i++; break;
                case "--sources": options = options with { Sources = Int() }; i++; break;
                case "--max-source-bytes": options = options with { MaxSourceBytes = Long() }; i++; break;
                case "--min-source-bytes": options = options with { MinSourceBytes = Long() }; i++; break;
                case "--source-sizes": options = options with { SourceSizes = value ?? "log" }; i++; break;
                case "--citations": options = options with { Citations = value ?? "shared" }; i++; break;
                case "--people": options = options with { People = Int() }; i++; break;
                case "--seed": options = options with { Seed = Int() }; i++; break;
                case "--long-article-words": options = options with { LongArticleWords = Int() }; i++; break;
                case "--long-article-quotes": options = options with { LongArticleQuotes = Int() }; i++; break;
                default: rest.Add(args[i]); break;
            }
        }
        return options;
    }

    /// <summary>"1048576", "1MB", "512KB".</summary>
    private static long ParseBytes(string text)
    {
        var t = text.Trim().ToUpperInvariant();
        long unit = t.EndsWith("MB", StringComparison.Ordinal) ? 1 << 20 : t.EndsWith("KB", StringComparison.Ordinal) ? 1 << 10 : 1;
        return long.Parse(unit == 1 ? t : t[..^2], CultureInfo.InvariantCulture) * unit;
    }

    /// <summary>A line that tells two generated workspaces apart: equal lines, equal files.</summary>
    public string Fingerprint() =>
        string.Join(' ', Articles, QuotesPerArticle, ArticleWords, Sources, MaxSourceBytes, MinSourceBytes, SourceSizes, People, Seed, LongArticleWords, LongArticleQuotes, "v1")
        + (Citations == "shared" ? string.Empty : " citations=" + Citations);
}
