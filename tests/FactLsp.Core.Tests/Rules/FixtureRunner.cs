using System.Text;
using FactLsp.Core.Checking;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;
using Xunit.Sdk;

namespace FactLsp.Core.Tests.Rules;

/// <summary>
/// Loads a rule fixture's workspace and holds it to its markers (the format: <see cref="Fixture"/>, docs/testing.md).
/// Diagnostics are checked exactly: every diagnostic of every file must be marked, and every
/// diagnostic marker must be met; a fixture with no diagnostic markers expects a clean workspace.
/// In bless mode (<see cref="Bless"/>) a fixture whose diagnostics differ is rewritten in the repository.
/// </summary>
internal static class FixtureRunner
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>Where the fixtures are kept in the repository (bless mode rewrites them there).</summary>
    public static string SourceFolder => Path.Combine(TestPaths.RepositoryRoot(), "tests", "FactLsp.Core.Tests", "Fixtures");

    /// <summary>Every fixture file, by its path under Fixtures/.</summary>
    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.fixture.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static Fixture Read(string name) => Parse(File.ReadAllText(Path.Combine(Folder, name)), name);

    /// <summary>A fixture whose diagnostic and related markers name known rules.</summary>
    public static Fixture Parse(string text, string name)
    {
        var fixture = Fixture.Parse(text, name);
        foreach (var marker in fixture.Markers.Where(m => m.Rule is not null && Diagnostics.Rules.Find(m.Rule) is null))
        {
            throw new FixtureFormatException(name, marker.SourceLine, $"unknown rule '{marker.Rule}'", text.Replace("\r\n", "\n").Split('\n')[marker.SourceLine - 1]);
        }
        return fixture;
    }

    public static void Run(string name)
    {
        var written = Path.Combine(Folder, name);
        Run(Read(name), Bless.Enabled ? [Path.Combine(SourceFolder, name), written] : []);
    }

    /// <summary>Holds the fixture to its markers; when they differ and <paramref name="blessInto"/> names files, the blessed fixture is written to them instead of failing.</summary>
    public static void Run(Fixture fixture, IReadOnlyList<string> blessInto)
    {
        using var workspace = FixtureWorkspace.Create(fixture);
        var snapshot = workspace.Load();
        try
        {
            Check(fixture, workspace, snapshot);
        }
        catch (XunitException failure)
        {
            var blessed = Blessed(fixture, snapshot);
            if (blessInto.Count == 0 || blessed == fixture.Text.Replace("\r\n", "\n"))
            {
                // Not blessing, or a related or verdict marker failed: bless mode rewrites diagnostics only.
                throw new XunitException(failure.Message + (blessed == fixture.Text.Replace("\r\n", "\n") ? string.Empty
                    : $"\nThe fixture with the diagnostics reported {Bless.Hint}:\n{Bless.Diff(fixture.Text, blessed)}"));
            }
            foreach (var path in blessInto)
            {
                File.WriteAllText(path, blessed, new UTF8Encoding(false));
            }
        }
    }

    /// <summary>The fixture text with its diagnostic markers saying what the workspace reports.</summary>
    public static string Blessed(Fixture fixture, WorkspaceSnapshot snapshot) =>
        FixtureBless.Rewrite(fixture, Marked(snapshot, snapshot.Files.SelectMany(f => snapshot.GetDiagnostics(f.Path)).ToList()));

    /// <summary>Diagnostics at the lines and UTF-16 columns of their files as the snapshot holds them.</summary>
    private static List<MarkedDiagnostic> Marked(WorkspaceSnapshot snapshot, IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Select(d =>
        {
            var range = (snapshot.GetFile(d.Path)?.Lines ?? new LineMap(string.Empty)).GetRange(d.Span);
            return new MarkedDiagnostic(d.Path, range.Start.Line, range.Start.Character, range.End.Line, range.End.Character, d.Severity.ToName(), d.Code, d.Message);
        }).ToList();

    /// <summary>Every diagnostic of every file of the snapshot, exactly as the markers say, and the related and verdict markers met.</summary>
    public static void Check(Fixture fixture, FixtureWorkspace workspace, WorkspaceSnapshot snapshot)
    {
        var actual = snapshot.Files.SelectMany(f => snapshot.GetDiagnostics(f.Path)).ToList();
        foreach (var marker in fixture.Markers.Where(m => m.Kind == FixtureMarkerKind.Diagnostic))
        {
            // A marker past the end of its line is a malformed fixture, not a missing diagnostic.
            workspace.SpanOf(marker);
        }
        var failures = FixtureDiagnostics.Compare(fixture, Marked(snapshot, actual)).ToList();

        foreach (var marker in fixture.Markers.Where(m => m.Kind == FixtureMarkerKind.Related))
        {
            var span = workspace.SpanOf(marker);
            var related = actual.Where(d => d.Code == marker.Rule).SelectMany(d => d.Related)
                .Where(r => r.Location.Path == marker.Path && r.Location.Span == span).ToList();
            if (related.Count == 0)
            {
                var all = actual.Where(d => d.Code == marker.Rule).SelectMany(d => d.Related).Select(r => Describe(snapshot, r.Location.Path, r.Location.Span));
                failures.Add($"related:    no {marker.Rule} points at {Describe(snapshot, marker.Path, span)} (they point at: {string.Join(", ", all)})");
            }
            else if (marker.Fragment is { } fragment && !related.Any(r => r.Message.Contains(fragment, StringComparison.Ordinal)))
            {
                failures.Add($"related:    {Describe(snapshot, marker.Path, span)} says “{related[0].Message}”, not “…{fragment}…”");
            }
        }

        foreach (var marker in fixture.Markers.Where(m => m.Kind == FixtureMarkerKind.Verdict))
        {
            var span = workspace.SpanOf(marker);
            var result = snapshot.GetAnalysis(marker.Path)?.Results.FirstOrDefault(r => r.Annotation.Syntax.ContentSpan == span);
            if (result is null)
            {
                failures.Add($"verdict:    no annotation's content is {Describe(snapshot, marker.Path, span)}");
                continue;
            }
            if (Name(result.Verdict) != marker.Verdict)
            {
                failures.Add($"verdict:    {Describe(snapshot, marker.Path, span)} is {Name(result.Verdict)}, not {marker.Verdict}");
            }
            var attributed = result.Attribution?.SpeakerId ?? "nobody";
            if (marker.AttributedTo is { } who && attributed != who)
            {
                failures.Add($"verdict:    {Describe(snapshot, marker.Path, span)} is attributed to {attributed} ({result.Attribution?.Method}), not {who}");
            }
        }

        if (failures.Count > 0)
        {
            var report = new StringBuilder($"Fixture {fixture.Name} does not hold:\n");
            foreach (var failure in failures)
            {
                report.Append("  ").AppendLine(failure);
            }
            throw new XunitException(report.ToString());
        }
    }

    /// <summary>"verified-with-alterations" for <see cref="QuoteVerdict.VerifiedWithAlterations"/>.</summary>
    public static string Name(QuoteVerdict verdict) =>
        string.Concat(verdict.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>"article.md 3:14-3:40", 1-based, for people reading a failure.</summary>
    private static string Describe(WorkspaceSnapshot snapshot, string path, TextSpan span)
    {
        var lines = snapshot.GetFile(path)?.Lines ?? new LineMap(string.Empty);
        var range = lines.GetRange(span);
        return $"{path} {range.Start.Line + 1}:{range.Start.Character + 1}-{range.End.Line + 1}:{range.End.Character + 1}";
    }
}
