using System.Globalization;
using FactLsp.Core.Attribution;
using FactLsp.Core.Checking;
using FactLsp.Core.Matching;
using FactLsp.Core.Model;
using FactLsp.Core.Navigation;
using FactLsp.Core.Workspace;
using Humanizer;

namespace FactLsp.Core.Assistance;

/// <summary>
/// The hover of an annotation: the checker's verdict on it, who said it (and whom the source
/// gives the words to), where it comes from, and the source's passage in its context.
/// </summary>
public static class QuoteHover
{
    public static string Render(WorkspaceSnapshot snapshot, ArticleModel article, AnnotationModel annotation)
    {
        var result = snapshot.GetAnalysis(article.Path)?.ResultFor(annotation);
        var lines = new List<string> { Verdict(snapshot, article, annotation, result) };
        if (SpeakerLine(snapshot, article, annotation, result) is { } speaker)
        {
            lines.Add(speaker);
        }
        if (result?.Source is { } source)
        {
            lines.Add($"**Source:** {SourceHover.Heading(source)}, {SourceHover.Byline(source.Metadata, article.FrontMatter.Date)}");
            if (result.Match is { } match && PassageExcerpt.Render(source, match) is { } excerpt)
            {
                // An imported PDF marks its pages: say which one the passage is on (an `at=p. 3` to check by eye).
                var page = match.Passage is { } passage && source.Text.File?.Text is { } fileText ? Import.SourcePages.PageAt(fileText, passage.Start) : null;
                lines.Add("> " + excerpt + (page is { } n ? $" (p. {n})" : string.Empty));
            }
        }
        return string.Join("\n\n", lines);
    }

    private static string Verdict(WorkspaceSnapshot snapshot, ArticleModel article, AnnotationModel annotation, AnnotationResult? result)
    {
        var kind = annotation.Kind switch
        {
            "claim" => "Claim",
            "term" => "Term",
            _ => "Quote",
        };
        if (annotation.IsTerm)
        {
            return "**Term**: scare quotes or a coined term, not checked as a quote.";
        }
        if (annotation.Syntax.IsUnclosed)
        {
            return $"**{kind}, not checked**: its attribute block is not closed with '}}'.";
        }
        var status = annotation.IsClaim ? $" (status: {annotation.Status ?? "unverified"})" : string.Empty;
        if (annotation.IsClaim && annotation.Evidence is null)
        {
            return $"**Claim**{status}: no `evidence` to check against the source.";
        }
        var what = annotation.IsClaim ? "the evidence is" : "these words are";
        if (result?.Source is not { } source)
        {
            return annotation.Src is { } src
                ? $"**{kind}, not checked**{status}: no source is named {MarkdownText.Code(src.Value)}."
                : $"**{kind}, not checked**{status}: it names no source (`src=`).";
        }
        var match = result.Match;
        switch (result.Verdict)
        {
            case QuoteVerdict.Verified when match is { Outcome: MatchOutcome.ExactWithAlterations }:
            case QuoteVerdict.VerifiedWithAlterations when match is not null:
                return $"**{kind}{status}, verified {Alterations(match!)}**: {Changes(match!)}.";
            case QuoteVerdict.Verified:
            case QuoteVerdict.VerifiedWithAlterations:
                return $"**{kind}{status}, verified**: {what} in the source.";
            case QuoteVerdict.Misquote when annotation.IsClaim:
                return $"**Claim{status}, evidence not as written**: {Percent(match!.Similarity)} similar; the source says “{MarkdownText.Escape(match.PassageText ?? string.Empty)}”.";
            case QuoteVerdict.Misquote:
                return $"**Misquote**{status}: {Percent(match!.Similarity)} similar; the source says “{MarkdownText.Escape(match.PassageText ?? string.Empty)}”.";
            case QuoteVerdict.NotFound:
                var closest = match is { Similarity: > 0 } ? $" (the closest passage is {Percent(match.Similarity)} similar)" : string.Empty;
                return $"**{kind}{status}, not found**: {what} not in the source{closest}.";
            case QuoteVerdict.Unverifiable:
                return $"**{kind}{status}, unverifiable**: {WhyUnverifiable(annotation, source)}.";
            default:
                return $"**{kind}{status}, not checked**.";
        }
    }

    private static string Alterations(QuoteMatch match) => (match.Omissions.Count > 0, match.Insertions.Count > 0) switch
    {
        (true, true) => "with omissions and insertions",
        (false, true) => "with insertions",
        _ => "with omissions",
    };

    /// <summary>"leaves out “…”; inserts “[the noose]” for “it”".</summary>
    private static string Changes(QuoteMatch match)
    {
        var parts = new List<string>();
        if (match.Omissions.Count > 0)
        {
            parts.Add("leaves out " + string.Join(" and ", match.Omissions.Select(o => o.Text.Trim().Length == 0 ? "nothing" : $"“{MarkdownText.Escape(o.Text)}”")));
        }
        foreach (var insertion in match.Insertions)
        {
            var replaced = insertion.ReplacedText.Trim().Length > 0 ? $" for “{MarkdownText.Escape(insertion.ReplacedText)}”" : string.Empty;
            parts.Add($"inserts “{MarkdownText.Escape(insertion.Insertion.Text)}”{replaced}");
        }
        return parts.Count == 0 ? "these words are in the source" : string.Join("; ", parts);
    }

    private static string WhyUnverifiable(AnnotationModel annotation, SourceModel source)
    {
        if (!source.HasText)
        {
            return source.ReadProblem is { } problem
                ? $"{MarkdownText.Code(source.Id)} cannot be read ({MarkdownText.Escape(problem.Message.TrimEnd('.'))})"
                : $"{MarkdownText.Code(source.Id)} has no text to check against";
        }
        if (annotation.Lang is { } lang && source.Metadata.Language is { } language)
        {
            return $"the quote is printed in {MarkdownText.Code(lang)} but the source is in {MarkdownText.Code(language)}: a translation cannot be checked word for word";
        }
        return "the source cannot be checked";
    }

    private static string? SpeakerLine(WorkspaceSnapshot snapshot, ArticleModel article, AnnotationModel annotation, AnnotationResult? result)
    {
        if (annotation.By is not { } by)
        {
            return null;
        }
        var speaker = result?.Speaker ?? CursorLocator.ResolvePerson(snapshot, article, by.Value);
        if (speaker is null)
        {
            return $"**Speaker:** {MarkdownText.Code(by.Value)}, registered nowhere.";
        }
        var who = PersonHover.Describe(speaker) is { } description
            ? $"{MarkdownText.Escape(speaker.DisplayName)}, {MarkdownText.Escape(description)}"
            : MarkdownText.Escape(speaker.DisplayName);
        var line = $"**Speaker:** {who}";
        if (result?.Attribution is { } attribution)
        {
            line += " — " + InSource(snapshot, article, speaker, attribution);
        }
        return line;
    }

    private static string InSource(WorkspaceSnapshot snapshot, ArticleModel article, Person speaker, SpeakerAttribution attribution)
    {
        if (attribution.SpeakerId is null)
        {
            return "the source does not make clear who said this.";
        }
        var how = attribution.Method switch
        {
            AttributionMethod.TranscriptTurn => "a transcript turn",
            AttributionMethod.SourceAnnotation => "the source's own annotation",
            _ => attribution.Rule switch
            {
                ProseRule.NamedBefore => "named before the words",
                ProseRule.CueAfter => "named after the words, with a cue verb",
                ProseRule.PreviousSentence => "carried from the previous sentence",
                ProseRule.PreviousParagraph => "carried from the previous paragraph",
                ProseRule.AnnotatedQuote => "the source's own annotation",
                _ => "by its wording",
            },
        };
        if (attribution.SpeakerId == speaker.Id)
        {
            return $"as in the source ({how}).";
        }
        var other = CursorLocator.ResolvePerson(snapshot, article, attribution.SpeakerId)?.DisplayName ?? attribution.SpeakerId.Humanize(LetterCasing.Title);
        return $"but the source gives the words to {MarkdownText.Escape(other)} ({how}).";
    }

    private static string Percent(double similarity) => Math.Round(similarity * 100, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) + "%";
}
