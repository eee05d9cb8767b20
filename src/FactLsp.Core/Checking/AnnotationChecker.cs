using FactLsp.Core.Diagnostics;
using FactLsp.Core.Workspace;
using Humanizer;

namespace FactLsp.Core.Checking;

/// <summary>One annotation: its syntax, its references, then what its kind calls for.</summary>
internal static class AnnotationChecker
{
    public static AnnotationResult Check(CheckContext context, AnnotationModel annotation)
    {
        foreach (var (span, message) in annotation.Problems)
        {
            context.Report(Rules.MalformedAnnotation, span, message);
        }
        var speaker = ReferenceResolver.ResolveSpeaker(context, annotation.By);
        var source = ReferenceResolver.ResolveSource(context, annotation.Src);
        if (source is not null)
        {
            CheckDates(context, annotation, source);
        }

        if (annotation.Syntax.IsUnclosed)
        {
            return new AnnotationResult(annotation, speaker, source, QuoteVerdict.NotChecked, null, null, null);
        }
        if (annotation.IsQuote)
        {
            return QuoteChecker.Check(context, annotation, speaker, source);
        }
        if (annotation.IsClaim)
        {
            return ClaimChecker.Check(context, annotation, speaker, source);
        }
        return new AnnotationResult(annotation, speaker, source, QuoteVerdict.NotChecked, null, null, null);
    }

    private static void CheckDates(CheckContext context, AnnotationModel annotation, SourceModel source)
    {
        if (context.Article.FrontMatter.Date is not { } articleDate || source.Metadata.Date is not { } sourceDate)
        {
            return;
        }
        var later = sourceDate.After(articleDate);
        if (later <= TimeSpan.Zero)
        {
            return;
        }
        var gap = sourceDate.HasTime && articleDate.HasTime ? later.Humanize(2) : "day".ToQuantity((int)later.TotalDays);
        context.Report(Rules.SourceAfterArticle, annotation.Src!.ValueSpan,
            $"Source '{source.Id}' is dated {sourceDate} ({gap} after the article, {articleDate}): the article cannot quote it yet.");
    }
}
