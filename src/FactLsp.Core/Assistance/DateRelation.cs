using FactLsp.Core.Model;
using Humanizer;

namespace FactLsp.Core.Assistance;

/// <summary>How a source's date stands to the article's, in words: "3 days before the article".</summary>
public static class DateRelation
{
    public static string Describe(PublicationDate source, PublicationDate article)
    {
        var later = source.After(article);
        var byMoment = source.HasTime && article.HasTime;
        if (later == TimeSpan.Zero || (!byMoment && later.TotalDays == 0))
        {
            return byMoment ? "at the same time as the article" : "the same day as the article";
        }
        var gap = Gap(later.Duration(), byMoment);
        return later > TimeSpan.Zero ? $"{gap} after the article" : $"{gap} before the article";
    }

    // Days are counted to a month ("17 days"), then Humanizer rounds down to the largest unit ("2 months").
    private static string Gap(TimeSpan gap, bool byMoment)
    {
        if (!byMoment || gap.TotalDays >= 1)
        {
            var days = (int)gap.TotalDays;
            return days < 31 ? "day".ToQuantity(days) : gap.Humanize(1, maxUnit: TimeUnit.Year, minUnit: TimeUnit.Day);
        }
        return gap.Humanize(1, maxUnit: TimeUnit.Hour, minUnit: TimeUnit.Minute);
    }
}
