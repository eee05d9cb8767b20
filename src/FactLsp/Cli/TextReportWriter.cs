using FactLsp.Core.Diagnostics;

namespace FactLsp.Cli;

/// <summary>The compiler-style format editors and CI logs understand: <c>file:line:col: severity rule: message</c>.</summary>
internal static class TextReportWriter
{
    public static void Write(CheckReport report, TextWriter output)
    {
        foreach (var d in report.Diagnostics)
        {
            var start = d.Range.Start;
            output.WriteLine($"{d.DisplayPath}:{start.Line + 1}:{start.Character + 1}: {d.Diagnostic.Severity.ToName()} {d.Diagnostic.Code}: {d.Diagnostic.Message}");
            foreach (var related in d.Related)
            {
                output.WriteLine($"    {related.DisplayPath}:{related.Range.Start.Line + 1}:{related.Range.Start.Character + 1}: {related.Message}");
            }
        }
        output.WriteLine(Summary(report));
    }

    /// <summary>"2 errors, 1 warning, 0 infos, 3 hints in 4 files."</summary>
    public static string Summary(CheckReport report)
    {
        var parts = new[]
        {
            Quantity("error", report.Count(Severity.Error)),
            Quantity("warning", report.Count(Severity.Warning)),
            Quantity("info", report.Count(Severity.Info)),
            Quantity("hint", report.Count(Severity.Hint)),
        };
        var shard = report.Shard is { } s ? $" ({s})" : string.Empty;
        return $"{string.Join(", ", parts)} in {Quantity("file", report.FilesChecked)} checked{shard}.";
    }

    // Not Humanizer's ToQuantity: its first use builds its whole table of plural rules (about 130 ms of a warm
    // re-check on the release binary), for four nouns whose plurals take an "s".
    private static string Quantity(string noun, int count) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
