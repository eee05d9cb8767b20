using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace FactLsp.Testing;

/// <summary>
/// Bless mode: with <c>FACTLSP_BLESS=1</c> in the environment, a test whose expected dump or expected
/// diagnostics no longer hold rewrites them in place, in the repository's source files (not bin/),
/// and passes; the change is then reviewed in the diff, as Bicep's baselines and rust's expect-test
/// are. Without it a mismatch fails with a diff of expected against actual.
/// </summary>
public static class Bless
{
    public const string Variable = "FACTLSP_BLESS";

    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) is "1" or "true";

    /// <summary>The lines that differ, "-" expected and "+" actual, with two lines of context around each change.</summary>
    public static string Diff(string expected, string actual)
    {
        var lines = InlineDiffBuilder.Diff(expected.ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"), ignoreWhiteSpace: false).Lines;
        var changed = lines.Select(l => l.Type is ChangeType.Inserted or ChangeType.Deleted).ToList();
        var report = new StringBuilder();
        var skipped = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var near = Enumerable.Range(Math.Max(0, i - 2), Math.Min(lines.Count, i + 3) - Math.Max(0, i - 2)).Any(j => changed[j]);
            if (!near)
            {
                skipped = true;
                continue;
            }
            if (skipped && report.Length > 0)
            {
                report.Append("  …\n");
            }
            skipped = false;
            var sign = lines[i].Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            };
            report.Append(sign).Append(lines[i].Text).Append('\n');
        }
        return report.ToString();
    }

    /// <summary>How a failure tells the reader to take the new version.</summary>
    public static string Hint => $"(run with {Variable}=1 to rewrite the expectation in place, then review the diff)";
}
