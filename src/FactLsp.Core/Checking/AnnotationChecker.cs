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
        if (annotation.IsQuote || annotation.IsClaim)
        {
            if (context.Prepared?.Take(annotation) is { } prepared)
            {
                context.Replay(prepared.Reported);
                return prepared.Result;
            }
            return CheckWords(context, annotation, speaker, source);
        }
        return new AnnotationResult(annotation, speaker, source, QuoteVerdict.NotChecked, null, null, null);
    }

    /// <summary>The part of a quote's or claim's check that reads its source (and reports into <paramref name="context"/>).</summary>
    internal static AnnotationResult CheckWords(CheckContext context, AnnotationModel annotation, Model.Person? speaker, SourceModel? source) =>
        annotation.IsQuote ? QuoteChecker.Check(context, annotation, speaker, source) : ClaimChecker.Check(context, annotation, speaker, source);

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
        var gap = sourceDate.HasTime && articleDate.HasTime ? later.Humanize(2) : Messages.Quantity((int)later.TotalDays, "day");
        context.Report(Rules.SourceAfterArticle, annotation.Src!.ValueSpan,
            $"Source '{source.Id}' is dated {sourceDate} ({gap} after the article, {articleDate}): the article cannot quote it yet.");
    }
}
