using FactLsp.Core.Checking;
using Humanizer;

namespace FactLsp.Core.Assistance;

/// <summary>
/// An article's quotes counted by standing: "12 quotes: 9 verified, 1 wrong speaker, 1 misquote, 1 unverifiable".
/// Verified means the words and the speaker both check out (<see cref="AnnotationResult.Standing"/>).
/// </summary>
public sealed record QuoteSummary(int Quotes, int Verified, int Misquotes, int NotFound, int Unverifiable, int NotChecked)
{
    /// <summary>Words in the source, but given to someone else by the source.</summary>
    public int WrongSpeaker { get; init; }

    /// <summary>Words in the source, but the source does not make clear the quoted speaker said them.</summary>
    public int SpeakerUnconfirmed { get; init; }

    /// <summary>Words in the source, but as its narration or paraphrase, not anyone's quotation.</summary>
    public int NotQuotedInSource { get; init; }

    public static QuoteSummary Of(ArticleAnalysis analysis)
    {
        var standings = analysis.Results.Where(r => r.Annotation.IsQuote).Select(r => r.Standing).ToList();
        int Count(QuoteStanding standing) => standings.Count(s => s == standing);
        return new QuoteSummary(
            standings.Count,
            Count(QuoteStanding.Verified),
            Count(QuoteStanding.Misquote),
            Count(QuoteStanding.NotFound),
            Count(QuoteStanding.Unverifiable),
            Count(QuoteStanding.NotChecked))
        {
            WrongSpeaker = Count(QuoteStanding.WrongSpeaker),
            SpeakerUnconfirmed = Count(QuoteStanding.SpeakerUnconfirmed),
            NotQuotedInSource = Count(QuoteStanding.NotQuotedInSource),
        };
    }

    /// <summary>Verified always; the other standings when they occur, the speaker's before the words'.</summary>
    public override string ToString()
    {
        if (Quotes == 0)
        {
            return "No quotes";
        }
        var parts = new List<string> { $"{Verified} verified" };
        if (WrongSpeaker > 0)
        {
            parts.Add("wrong speaker".ToQuantity(WrongSpeaker));
        }
        if (SpeakerUnconfirmed > 0)
        {
            parts.Add(SpeakerUnconfirmed == 1 ? "1 speaker unconfirmed" : $"{SpeakerUnconfirmed} speakers unconfirmed");
        }
        if (NotQuotedInSource > 0)
        {
            parts.Add($"{NotQuotedInSource} not quoted in source");
        }
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
