using FactLsp.Core.Attribution;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Matching;
using FactLsp.Core.Model;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;
using Humanizer;

namespace FactLsp.Core.Checking;

/// <summary>Section 5 of the spec: the words against the source, then the speaker against the source's attribution.</summary>
internal static class QuoteChecker
{
    public static AnnotationResult Check(CheckContext context, AnnotationModel annotation, Person? speaker, SourceModel? source)
    {
        if (source is null)
        {
            return new AnnotationResult(annotation, speaker, null, QuoteVerdict.NotChecked, null, null, null);
        }
        if (Unverifiable(context, annotation, source))
        {
            return new AnnotationResult(annotation, speaker, source, QuoteVerdict.Unverifiable, null, null, null);
        }

        var text = source.Text;
        var pattern = QuotePattern.Parse(annotation.Syntax.PlainContent);
        var options = new MatchOptions { MisquoteSimilarity = context.Snapshot.Config.MisquoteSimilarity };
        var match = QuoteMatcher.Match(pattern, text.Searchable, options);
        // The passage chosen below is attributed again by the speaker check: asked once (the same passage, the same answer).
        var attributed = new Attributed(context, source);
        if (speaker is not null && match.Outcome is MatchOutcome.Exact or MatchOutcome.ExactWithAlterations)
        {
            match = OccurrenceOf(speaker, attributed, pattern, options, match);
        }
        var passage = match.Passage is { } p ? new Location(text.File!.Path, p) : null;
        var related = passage is null ? (IReadOnlyList<RelatedLocation>)[] : [new RelatedLocation(passage, $"The passage in '{source.Id}'.")];

        QuoteVerdict verdict;
        switch (match.Outcome)
        {
            case MatchOutcome.Exact:
                verdict = QuoteVerdict.Verified;
                break;
            case MatchOutcome.ExactWithAlterations:
                verdict = QuoteVerdict.VerifiedWithAlterations;
                context.Report(Rules.QuoteAlteration, annotation.Syntax.ContentSpan, Messages.Alterations(match), related);
                break;
            case MatchOutcome.Close:
                verdict = QuoteVerdict.Misquote;
                var fixes = match.Replacement is { } replacement
                    ? [new SuggestedFix("Use the source's words", [new SuggestedEdit(context.Path, match.QuoteCore, replacement)], IsPreferred: true)]
                    : (IReadOnlyList<SuggestedFix>)[];
                context.Report(Rules.Misquote, annotation.Syntax.ContentSpan,
                    $"Misquote ({match.Similarity:P0} similar): '{source.Id}' says “{Messages.Shorten(match.PassageText ?? string.Empty)}”.", related, fixes);
                break;
            default:
                verdict = QuoteVerdict.NotFound;
                context.Report(Rules.QuoteNotFound, annotation.Syntax.ContentSpan, Messages.NotFound(source, match), related);
                break;
        }

        SpeakerAttribution? attribution = null;
        if (verdict != QuoteVerdict.NotFound && match.Passage is { } filePassage && speaker is not null)
        {
            attribution = CheckSpeaker(context, annotation, speaker, source, filePassage, attributed);
        }
        return new AnnotationResult(annotation, speaker, source, verdict, match, passage, attribution);
    }

    private static bool Unverifiable(CheckContext context, AnnotationModel annotation, SourceModel source)
    {
        if (!source.HasText)
        {
            var why = source.ReadProblem?.Message ?? $"'{source.Id}' has no text to check against";
            context.Report(Rules.UnverifiableQuote, annotation.Syntax.ContentSpan, $"Cannot verify this quote: {why}.".Replace("..", "."));
            return true;
        }
        if (annotation.Lang is { } lang && source.Metadata.Language is { } language
            && !string.Equals(Primary(lang), Primary(language), StringComparison.OrdinalIgnoreCase))
        {
            context.Report(Rules.UnverifiableQuote, annotation.Syntax.Get("lang")!.ValueSpan,
                $"The quote is printed in '{lang}' but '{source.Id}' is in '{language}': a translation cannot be checked word for word.");
            return true;
        }
        return false;
    }

    // "en-GB" and "en" are one language for checking words.
    private static string Primary(string tag) => tag.Split('-', '_')[0];

    /// <summary>
    /// A phrase the source prints more than once ("security zone") may be given to a different person at
    /// each place: the passage is the first occurrence the source gives to the quoted speaker, else the first.
    /// </summary>
    private static QuoteMatch OccurrenceOf(Person speaker, Attributed attributed, QuotePattern pattern, MatchOptions options, QuoteMatch first)
    {
        if (first.Passage is not { } passage || attributed.Of(passage).SpeakerId == speaker.Id)
        {
            return first;
        }
        return QuoteMatcher.ExactMatches(pattern, attributed.Source.Text.Searchable, options).Skip(1)
            .FirstOrDefault(m => m.Passage is { } p && attributed.Of(p).SpeakerId == speaker.Id) ?? first;
    }

    /// <summary>One quote's attributions of passages in its source, the last one remembered.</summary>
    private sealed class Attributed(CheckContext context, SourceModel source)
    {
        private TextSpan _passage;
        private SpeakerAttribution? _last;

        public SourceModel Source => source;

        public SpeakerAttribution Of(TextSpan filePassage)
        {
            if (_last is null || _passage != filePassage)
            {
                _last = Attribute(context, source, filePassage);
                _passage = filePassage;
            }
            return _last;
        }
    }

    private static SpeakerAttribution Attribute(CheckContext context, SourceModel source, TextSpan filePassage)
    {
        var plain = source.Text.Plain.Text;
        var plainPassage = TextSpan.FromBounds(plain.FromOriginal(filePassage.Start), Math.Max(plain.FromOriginal(filePassage.Start), plain.FromOriginal(filePassage.End - 1) + 1));
        return source.Text.Attribute(context.Directory, plainPassage);
    }

    /// <summary>
    /// The speaker half of §5: whom the source gives the passage to, against <c>by</c>. Every finding says what in
    /// the source decided, with that place as related information.
    /// </summary>
    private static SpeakerAttribution CheckSpeaker(CheckContext context, AnnotationModel annotation, Person speaker, SourceModel source, TextSpan filePassage,
        Attributed attributed)
    {
        var text = source.Text;
        var attribution = attributed.Of(filePassage);
        var bySpan = annotation.By!.ValueSpan;
        string NameOf(string id) => context.People.Find(id)?.DisplayName ?? Person.HumanizeId(id);
        var wording = AttributionWording.Describe(attribution, source, NameOf);
        var where = (IReadOnlyList<RelatedLocation>)[new RelatedLocation(wording.Place ?? new Location(text.File!.Path, filePassage), "What in the source decides who speaks.")];
        var name = speaker.DisplayName;

        switch (attribution.Method)
        {
            case AttributionMethod.Narration:
                context.Report(Rules.NotQuotedInSource, bySpan,
                    $"'{source.Id}' does not quote anyone saying these words: they are {wording.Reason}. A direct quote must reproduce words the source prints as a quotation.", where);
                return attribution;
            case AttributionMethod.IndirectSpeech when attribution.SpeakerId == speaker.Id:
                // The words are the speaker's in substance (a careful editor accepts the attribution), but the source
                // paraphrases: said at a lower severity than narration, so it is seen without being an alarm.
                context.Report(Rules.NotQuotedInSource, bySpan,
                    $"'{source.Id}' reports these words as {name}'s {wording.Reason}: they are {name}'s in substance, but not a quotation.", where, severity: Severity.Info);
                return attribution;
        }

        if (attribution.SpeakerId is null)
        {
            if (attribution.IsQuestioner && text.Turns(context.Directory).Any(t => t.SpeakerId == speaker.Id))
            {
                context.Report(Rules.WrongSpeaker, bySpan,
                    $"'{source.Id}' gives these words to {wording.Reason}, not to {name}, who has labelled turns of their own in it.", where, severity: Severity.Error);
            }
            else
            {
                context.Report(Rules.SpeakerNotEvident, bySpan, $"'{source.Id}' does not make clear that {name} said this: {wording.Reason}.", where);
            }
        }
        else if (attribution.SpeakerId != speaker.Id)
        {
            // A transcript may map a label to someone the registry does not hold ("MODERATOR: moderator").
            var other = NameOf(attribution.SpeakerId);
            var severity = attribution.Method is AttributionMethod.TranscriptTurn or AttributionMethod.SourceAnnotation or AttributionMethod.OwnWords
                ? Severity.Error
                : Severity.Warning;
            var fix = new SuggestedFix($"Attribute to {other}", [new SuggestedEdit(context.Path, bySpan, attribution.SpeakerId)]);
            context.Report(Rules.WrongSpeaker, bySpan, $"'{source.Id}' gives these words to {other}, not {name}: {wording.Reason}.", where, [fix], severity);
        }
        return attribution;
    }
}
