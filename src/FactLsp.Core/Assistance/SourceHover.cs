using FactLsp.Core.Model;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Assistance;

/// <summary>A source as a hover shows it: what it is, where it appeared, and how often it is cited.</summary>
public static class SourceHover
{
    public static string Render(WorkspaceSnapshot snapshot, SourceModel source, PublicationDate? articleDate = null)
    {
        var meta = source.Metadata;
        var lines = new List<string> { Heading(source) };
        if (Byline(meta, articleDate) is { Length: > 0 } byline)
        {
            lines.Add(byline);
        }
        if (meta.Url is { Length: > 0 } url)
        {
            lines.Add(MarkdownText.Link(url));
        }
        if (!source.HasText)
        {
            lines.Add(source.ReadProblem is { } problem
                ? $"No text to check quotes against: {MarkdownText.Escape(problem.Message)}"
                : "No text to check quotes against: quotes from it are unverifiable.");
        }
        lines.Add(PersonHover.Capitalize(UsageCounts.Citations(snapshot, source).Describe("cited")) + ".");
        return string.Join("\n\n", lines);
    }

    /// <summary>The title in italics and the id: "*Kurdish-led fighters…* `dawn-2019-01-24`"; the id alone without a title.</summary>
    public static string Heading(SourceModel source) =>
        string.IsNullOrWhiteSpace(source.Metadata.Title)
            ? MarkdownText.Code(source.Id)
            : $"*{MarkdownText.Escape(source.Metadata.Title)}* {MarkdownText.Code(source.Id)}";

    /// <summary>"Dawn (AFP), article, 2019-01-24: 1 day before the article".</summary>
    public static string Byline(SourceMetadata meta, PublicationDate? articleDate)
    {
        var parts = new List<string>();
        var who = string.Join(" / ", new[] { meta.Publisher, meta.Author }.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.OrdinalIgnoreCase));
        if (who.Length > 0)
        {
            parts.Add(MarkdownText.Escape(who));
        }
        parts.Add(meta.Kind.ToString().ToLowerInvariant());
        if (meta.Date is { } date)
        {
            parts.Add(articleDate is { } article ? $"{date}: {DateRelation.Describe(date, article)}" : date.ToString());
        }
        return string.Join(", ", parts);
    }
}
