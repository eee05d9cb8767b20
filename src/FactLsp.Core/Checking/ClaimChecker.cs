using FactLsp.Core.Diagnostics;
using FactLsp.Core.Matching;
using FactLsp.Core.Model;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Checking;

/// <summary>A claim: it needs a source, its status may warn, and its evidence is checked like a quote without a speaker.</summary>
internal static class ClaimChecker
{
    public static AnnotationResult Check(CheckContext context, AnnotationModel claim, Person? speaker, SourceModel? source)
    {
        if (claim.Src is null)
        {
            context.Report(Rules.ClaimWithoutSource, claim.Syntax.ContentSpan, "This claim cites no source: add src=… so readers and checkers can verify it.");
        }
        if (claim.Status is "disputed" or "false" or "misleading")
        {
            context.Report(Rules.DisputedClaim, claim.Syntax.Get("status")!.ValueSpan, $"This claim is marked {claim.Status}: make sure the text says so to the reader.");
        }
        if (claim.Evidence is not { } evidence || source is null)
        {
            return new AnnotationResult(claim, speaker, source, QuoteVerdict.NotChecked, null, null, null);
        }
        if (!source.HasText)
        {
            return new AnnotationResult(claim, speaker, source, QuoteVerdict.Unverifiable, null, null, null);
        }

        var pattern = QuotePattern.Parse(MappedText.Identity(evidence.Value, evidence.ValueSpan.Start));
        var match = QuoteMatcher.Match(pattern, source.Text.Searchable, new MatchOptions { MisquoteSimilarity = context.Snapshot.Config.MisquoteSimilarity });
        var passage = match.Passage is { } p ? new Location(source.Text.File!.Path, p) : null;
        if (match.Outcome is MatchOutcome.Exact or MatchOutcome.ExactWithAlterations)
        {
            return new AnnotationResult(claim, speaker, source, QuoteVerdict.Verified, match, passage, null);
        }
        var related = passage is null ? (IReadOnlyList<RelatedLocation>)[] : [new RelatedLocation(passage, $"The closest passage in '{source.Id}'.")];
        var fixes = match.Outcome == MatchOutcome.Close && match.Replacement is { } replacement
            ? [new SuggestedFix("Use the source's words as evidence", [new SuggestedEdit(context.Path, match.QuoteCore, replacement)], IsPreferred: true)]
            : (IReadOnlyList<SuggestedFix>)[];
        var message = match.Outcome == MatchOutcome.Close
            ? $"The evidence is not in '{source.Id}' as written ({match.Similarity:P0} similar): the source says “{Messages.Shorten(match.PassageText ?? string.Empty)}”."
            : $"The evidence is not in '{source.Id}'.";
        context.Report(Rules.EvidenceNotFound, evidence.ValueSpan, message, related, fixes);
        return new AnnotationResult(claim, speaker, source, match.Outcome == MatchOutcome.Close ? QuoteVerdict.Misquote : QuoteVerdict.NotFound, match, passage, null);
    }
}
