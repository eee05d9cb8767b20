using System.Text;
using FactLsp.Core.Diagnostics;

namespace FactLsp.Cli;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>): each finding becomes an
/// annotation on the pull request's diff without code scanning. Errors and warnings keep their
/// level; infos and hints, which GitHub has no level for, are notices. Paths are as the text
/// format prints them (relative to the current folder, the repository's root in a workflow).
/// The related places follow the message on lines of their own, then the summary as a plain line.
/// </summary>
internal static class GithubReportWriter
{
    public static void Write(CheckReport report, TextWriter output)
    {
        foreach (var d in report.Diagnostics)
        {
            var (start, end) = (d.Range.Start, d.Range.End);
            var command = d.Diagnostic.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };
            var message = new StringBuilder(d.Diagnostic.Message);
            foreach (var related in d.Related)
            {
                message.Append('\n').Append($"{related.DisplayPath}:{related.Range.Start.Line + 1}:{related.Range.Start.Character + 1}: {related.Message}");
            }
            var properties = string.Join(',',
                $"file={Property(d.DisplayPath)}",
                $"line={start.Line + 1}",
                $"endLine={end.Line + 1}",
                $"col={start.Character + 1}",
                $"endColumn={end.Character + 1}",
                $"title={Property($"FactLsp {d.Diagnostic.Code}")}");
            output.WriteLine($"::{command} {properties}::{Data(message.ToString())}");
        }
        output.WriteLine(TextReportWriter.Summary(report));
    }

    /// <summary>A command's message: %, CR and LF escaped (GitHub's toolkit escapeData).</summary>
    internal static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property value: also ':' and ',' escaped (GitHub's toolkit escapeProperty).</summary>
    internal static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
