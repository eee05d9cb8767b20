using FactLsp.Core.Checking;
using Humanizer;

namespace FactLsp.Core.Assistance;

/// <summary>An article's quotes counted by verdict: "12 quotes: 10 verified, 1 misquote, 1 unverifiable".</summary>
public sealed record QuoteSummary(int Quotes, int Verified, int Misquotes, int NotFound, int Unverifiable, int NotChecked)
{
    public static QuoteSummary Of(ArticleAnalysis analysis)
    {
        var quotes = analysis.Results.Where(r => r.Annotation.IsQuote).ToList();
        return new QuoteSummary(
            quotes.Count,
            quotes.Count(r => r.Verdict is QuoteVerdict.Verified or QuoteVerdict.VerifiedWithAlterations),
            quotes.Count(r => r.Verdict == QuoteVerdict.Misquote),
            quotes.Count(r => r.Verdict == QuoteVerdict.NotFound),
            quotes.Count(r => r.Verdict == QuoteVerdict.Unverifiable),
            quotes.Count(r => r.Verdict == QuoteVerdict.NotChecked));
    }

    /// <summary>Verified always; the other verdicts when they occur.</summary>
    public override string ToString()
    {
        if (Quotes == 0)
        {
            return "No quotes";
        }
        var parts = new List<string> { $"{Verified} verified" };
        if (Misquotes > 0)
        {
            parts.Add("misquote".ToQuantity(Misquotes));
        }
        if (NotFound > 0)
        {
            parts.Add($"{NotFound} not found");
        }
        if (Unverifiable > 0)
        {
            parts.Add($"{Unverifiable} unverifiable");
        }
        if (NotChecked > 0)
        {
            parts.Add($"{NotChecked} not checked");
        }
        return $"{"quote".ToQuantity(Quotes)}: {string.Join(", ", parts)}";
    }
}
