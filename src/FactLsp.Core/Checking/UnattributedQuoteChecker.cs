using FactLsp.Core.Attribution;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Matching;
using FactLsp.Core.Syntax;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Checking;

/// <summary>
/// Words in double quotation marks outside any annotation, four words or more: probably speech
/// nobody checked. The fix wraps them in a .quote with the speaker the article's own prose
/// suggests and the article's most likely source; a second fix marks them as a .term.
/// </summary>
internal static class UnattributedQuoteChecker
{
    public const int MinimumWords = 4;

    public static void Check(CheckContext context, IReadOnlyList<AnnotationResult> results)
    {
        var article = context.Article;
        // One inference for the article: it reads the prose (sentences, mentions) once. Built per
        // quotation, a paragraph of n quotations was read n times over (minutes for a thousand).
        var inference = new SpeakerInference(article.Document.Plain, context.Directory);
        foreach (var run in article.Document.QuotedRuns.Where(r => r.WordCount >= MinimumWords))
        {
            var text = article.File.Text!.Substring(run.Span.Start, run.Span.Length);
            var fixes = new List<SuggestedFix>();
            var speakerId = InferSpeaker(context, inference, run.Span);
            var sourceId = LikelySource(context, run, results);
            var by = speakerId ?? MostQuotedSpeaker(results);
            if (by is not null && sourceId is not null)
            {
                var name = context.People.Find(by)?.DisplayName ?? by;
                fixes.Add(new SuggestedFix($"Annotate as a quote by {name} from '{sourceId}'",
                    [new SuggestedEdit(context.Path, run.Span, $"[{text}]{{.quote by={by} src={sourceId}}}")], IsPreferred: speakerId is not null));
            }
            fixes.Add(new SuggestedFix("Mark as a term (scare quotes)", [new SuggestedEdit(context.Path, run.Span, $"[{text}]{{.term}}")]));
            var who = speakerId is not null ? $" The article seems to give it to {context.People.Find(speakerId)?.DisplayName ?? speakerId}." : string.Empty;
            context.Report(Rules.UnattributedQuote, run.Span, $"This quotation is not annotated, so nobody checks it against a source.{who}", fixes: fixes);
        }
    }

    private static string? InferSpeaker(CheckContext context, SpeakerInference inference, TextSpan fileSpan)
    {
        var plain = context.Article.Document.Plain;
        var start = plain.Text.FromOriginal(fileSpan.Start);
        var end = Math.Max(start, plain.Text.FromOriginal(fileSpan.End - 1) + 1);
        return inference.Attribute(TextSpan.FromBounds(start, end)).SpeakerId;
    }

    /// <summary>
    /// The cited source that holds the words exactly, else the source the article cites most. Exact
    /// search only: an approximate search of every cited source for every unannotated quotation cost
    /// a sixth of a large workspace's check, for a suggestion the writer reviews anyway (a wrapped
    /// quote that is not verbatim then shows its own misquote).
    /// </summary>
    private static string? LikelySource(CheckContext context, QuotedRun run, IReadOnlyList<AnnotationResult> results)
    {
        var cited = results.Where(r => r.Source is { HasText: true }).Select(r => r.Source!).DistinctBy(s => s.Id).ToList();
        var inner = run.Inner;
        if (cited.Count > 0 && inner.Length > 0)
        {
            var pattern = new Lazy<QuotePattern>(() => QuotePattern.Parse(inner));
            // A source-major pass may have looked already (SourceMajorChecker); else the source is asked now.
            bool Holds(SourceModel s) => context.Prepared?.Holds(run.Span.Start, s)
                ?? QuoteMatcher.ExactMatches(pattern.Value, s.Text.Searchable, MatchOptions.Default, limit: 1).Any();
            if (cited.FirstOrDefault(Holds) is { } holder)
            {
                return holder.Id;
            }
        }
        return results.Select(r => r.Annotation.Src?.Value).OfType<string>()
            .Concat(context.DeclaredSources.Select(s => s.Id))
            .GroupBy(id => id).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
    }

    private static string? MostQuotedSpeaker(IReadOnlyList<AnnotationResult> results) =>
        results.Where(r => r.Speaker is not null).GroupBy(r => r.Speaker!.Id).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
}
