using FactLsp.Core.Diagnostics;

namespace FactLsp.Core.Checking;

/// <summary>Picks, from what was reported while one annotation was checked, the speaker rules that count against it.</summary>
internal static class SpeakerFindings
{
    private static readonly Rule[] SpeakerRules = [Rules.NotQuotedInSource, Rules.WrongSpeaker, Rules.SpeakerNotEvident];

    public static IReadOnlyList<Rule> Of(CheckContext context, IEnumerable<Diagnostic> reported)
    {
        var document = context.Article.Document;
        return reported
            .Where(d => SpeakerRules.Contains(d.Rule) && !document.Suppressions.IsSuppressed(d.Code, document.Lines.LineOf(d.Span.Start)))
            .Select(d => d.Rule)
            .Distinct()
            .ToList();
    }
}
