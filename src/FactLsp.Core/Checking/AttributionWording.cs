using FactLsp.Core.Attribution;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Model;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Checking;

/// <summary>
/// What decided a source's attribution, in words a writer can check against the source ("‘Khalil said’, line
/// 17") and the place to show them. Messages and hovers say it the same way.
/// </summary>
public sealed record AttributionWording(string Reason, Location? Place)
{
    /// <param name="attribution">The sieve's answer.</param>
    /// <param name="source">The source it was asked of.</param>
    /// <param name="nameOf">A person's display name by id.</param>
    public static AttributionWording Describe(SpeakerAttribution attribution, SourceModel source, Func<string, string> nameOf)
    {
        var text = source.Text;
        var evidence = attribution.Evidence ?? attribution.NameSpan;
        Location? place = null;
        var quoted = string.Empty;
        if (evidence is { } span && text.File is { } file && span.End <= text.Plain.Text.Text.Length)
        {
            var original = text.Plain.Text.ToOriginal(span);
            place = new Location(file.Path, original);
            var words = Messages.Shorten(text.Plain.Text.Text.Substring(span.Start, span.Length), 60);
            quoted = $"‘{words}’, line {file.Lines.LineOf(original.Start) + 1}";
        }
        var at = quoted.Length > 0 ? $" ({quoted})" : string.Empty;
        var speaker = attribution.SpeakerId is { } id ? nameOf(id) : null;
        var reason = attribution.Method switch
        {
            AttributionMethod.None when attribution.OwnerUnknown => $"the {KindName(source.Metadata.Kind)}'s own words, but it does not say whose (give it a `speaker:`)",
            AttributionMethod.TranscriptTurn when attribution.IsQuestioner => $"an unnamed questioner's transcript turn{at}",
            AttributionMethod.TranscriptTurn when speaker is null => $"a transcript turn whose label names nobody known{at}",
            AttributionMethod.TranscriptTurn => $"the transcript turn{at}",
            AttributionMethod.SourceAnnotation => $"the source's own annotation{at}",
            AttributionMethod.OwnWords => $"the {KindName(source.Metadata.Kind)}'s own words, as its speaker",
            AttributionMethod.IndirectSpeech => $"indirect speech, not a quotation{at}",
            AttributionMethod.Narration => $"the source's own narration, outside every quotation{at}",
            AttributionMethod.QuotedInside => quoted.Length > 0 ? $"the speech tag {quoted} inside another speaker's words" : "a quotation inside another speaker's words",
            _ => attribution.Rule switch
            {
                ProseRule.SpeechTag => speaker is null ? $"a speech tag that names nobody registered{at}" : $"the speech tag {quoted}",
                ProseRule.ContinuedQuotation => $"a quotation continued from the paragraph before{at}",
                ProseRule.PreviousQuotation => $"no speech tag; carried from the paragraph's previous quotation{at}",
                ProseRule.PreviousSentence => $"no speech tag; carried from the previous sentence{at}",
                ProseRule.PreviousParagraph => $"no speech tag; carried from the previous paragraph{at}",
                ProseRule.AnnotatedQuote => $"the source's own annotation{at}",
                _ => "no speech tag, and nobody to carry from",
            },
        };
        return new AttributionWording(reason, place);
    }

    private static string KindName(SourceKind kind) => kind.ToString().ToLowerInvariant();
}
