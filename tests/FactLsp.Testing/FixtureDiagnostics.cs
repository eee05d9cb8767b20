namespace FactLsp.Testing;

/// <summary>
/// A fixture's diagnostic markers held to the diagnostics reported, whoever reports them (the Core
/// snapshot, the server over LSP, the CLI's JSON): every marker met at its exact range, severity and
/// rule, its fragment in the message, and no diagnostic left unmarked.
/// </summary>
public static class FixtureDiagnostics
{
    /// <summary>What does not hold, one line each ("missing:", "message:", "unexpected:"); empty when all does.</summary>
    public static IReadOnlyList<string> Compare(Fixture fixture, IReadOnlyList<MarkedDiagnostic> actual)
    {
        var failures = new List<string>();
        var unmatched = new List<MarkedDiagnostic>(actual);
        foreach (var marker in fixture.Markers.Where(m => m.Kind == FixtureMarkerKind.Diagnostic))
        {
            var found = unmatched.FirstOrDefault(d => d.Path == marker.Path && d.StartLine == marker.StartLine && d.StartColumn == marker.StartColumn
                && d.EndLine == marker.EndLine && d.EndColumn == marker.EndColumn && d.Rule == marker.Rule && d.Severity == marker.Severity);
            if (found is null)
            {
                failures.Add($"missing:    {Describe(marker.Path, marker.StartLine, marker.StartColumn, marker.EndLine, marker.EndColumn)} {marker.Severity} {marker.Rule}");
                continue;
            }
            unmatched.Remove(found);
            if (marker.Fragment is { } fragment && !found.Message.Contains(fragment, StringComparison.Ordinal))
            {
                failures.Add($"message:    {Describe(found)} says “{found.Message}”, not “…{fragment}…”");
            }
        }
        failures.AddRange(unmatched.Select(d => $"unexpected: {Describe(d)}: {d.Message}"));
        return failures;
    }

    /// <summary>"article.md 3:14-3:40 warning misquote", 1-based, for people reading a failure.</summary>
    public static string Describe(MarkedDiagnostic d) => $"{Describe(d.Path, d.StartLine, d.StartColumn, d.EndLine, d.EndColumn)} {d.Severity} {d.Rule}";

    /// <summary>"article.md 3:14-3:40", 1-based.</summary>
    public static string Describe(string path, int startLine, int startColumn, int endLine, int endColumn) =>
        $"{path} {startLine + 1}:{startColumn + 1}-{endLine + 1}:{endColumn + 1}";
}
