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
                var page = match.Passage is { } passage && source.Text.File is { } file ? Import.SourcePages.PageAt(file, passage.Start) : null;
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
            case QuoteVerdict.Verified or QuoteVerdict.VerifiedWithAlterations when QuoteStandings.WordsOnly(result.Standing):
                return SpeakerUnchecked(kind, result, match);
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

    /// <summary>The words check out, the speaker does not: not "verified" (the speaker line says whom the source names).</summary>
    private static string SpeakerUnchecked(string kind, AnnotationResult result, QuoteMatch? match)
    {
        var words = match is { Outcome: MatchOutcome.ExactWithAlterations } ? $"words verified {Alterations(match)}" : "words verified";
        var changes = match is { Outcome: MatchOutcome.ExactWithAlterations } ? Changes(match) + "; " : "these words are in the source, ";
        var why = result.Standing switch
        {
            QuoteStanding.NotQuotedInSource => "but as its own narration or paraphrase, not as anyone's quotation",
            QuoteStanding.WrongSpeaker => "but the source gives them to someone else",
            _ when result.Speaker is null => "but the quote names no known speaker",
            _ => $"but the source does not make clear that {MarkdownText.Escape(result.Speaker!.DisplayName)} said them",
        };
        return $"**{kind}, {words}, {QuoteStandings.Label(result.Standing)}**: {changes}{why}.";
    }

    private static string Alterations(QuoteMatch match) => (match.Omissions.Count > 0, match.Insertions.Count > 0) switch
    {
        (true, true) => "with omissions and insertions",
        (false, true) => "with insertions",
        (false, false) when match.Dropped.Count > 0 => "with the speaker's slips left out",
        _ => "with omissions",
    };

    /// <summary>"leaves out “…”; inserts “[the noose]” for “it”".</summary>
    private static string Changes(QuoteMatch match)
    {
        var parts = new List<string>();
        var passages = match.Omissions.Where(o => o.Interjections.Count == 0 || o.Text.Length > 0).ToList();
        if (passages.Count > 0)
        {
            parts.Add("leaves out " + string.Join(" and ", passages.Select(o => o.Text.Trim().Length == 0 ? "nothing" : $"“{MarkdownText.Escape(o.Text)}”")));
        }
        parts.AddRange(match.Omissions.SelectMany(o => o.Interjections)
            .Select(i => $"bridges the interjection {MarkdownText.Escape(i.Label)}: “{MarkdownText.Escape(i.Text)}”"));
        parts.AddRange(match.Dropped.Where(d => !d.IsSilent)
            .Select(d => $"drops the {d.Kind.ToString().Humanize(LetterCasing.LowerCase)} “{MarkdownText.Escape(d.Text)}”"));
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
            line += " — " + InSource(snapshot, article, speaker, attribution, result.Source);
        }
        return line;
    }

    private static string InSource(WorkspaceSnapshot snapshot, ArticleModel article, Person speaker, SpeakerAttribution attribution, SourceModel? source)
    {
        string NameOf(string id) => CursorLocator.ResolvePerson(snapshot, article, id)?.DisplayName ?? id.Humanize(LetterCasing.Title);
        var how = source is null ? "by its wording" : AttributionWording.Describe(attribution, source, NameOf).Reason;
        if (attribution.Method == AttributionMethod.Narration)
        {
            return $"but the source quotes nobody saying these words: {MarkdownText.Escape(how)}.";
        }
        if (attribution.Method == AttributionMethod.IndirectSpeech && attribution.SpeakerId == speaker.Id)
        {
            return $"the words are {MarkdownText.Escape(speaker.DisplayName)}'s in substance, but the source does not quote them: {MarkdownText.Escape(how)}.";
        }
        if (attribution.SpeakerId is null)
        {
            return $"the source does not make clear who said this: {MarkdownText.Escape(how)}.";
        }
        if (attribution.SpeakerId == speaker.Id)
        {
            return $"as in the source: {MarkdownText.Escape(how)}.";
        }
        return $"but the source gives the words to {MarkdownText.Escape(NameOf(attribution.SpeakerId))}: {MarkdownText.Escape(how)}.";
    }

    private static string Percent(double similarity) => Math.Round(similarity * 100, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) + "%";
}
