using System.Text.RegularExpressions;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Tests.Assistance;
using CoreRules = FactLsp.Core.Diagnostics.Rules;

namespace FactLsp.Core.Tests.Rules;

/// <summary>
/// Every rule FactLsp reports is in the rule tables people read (README.md, docs/annotation-language.md),
/// with its default severity, and no table lists a rule that does not exist. (SARIF's rule metadata is
/// checked in the CLI's SarifFormatTests; the VS Code settings by the client's tests.)
/// </summary>
public partial class RuleTableTests
{
    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/annotation-language.md")]
    public void The_rule_tables_list_every_rule_with_its_default_severity(string document)
    {
        var rows = TableRows(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), document)));

        var missing = CoreRules.All.Select(r => r.Code).Where(code => !rows.ContainsKey(code)).ToList();
        Assert.True(missing.Count == 0, $"{document} has no table row for: {string.Join(", ", missing)}");
        var unknown = rows.Keys.Where(code => CoreRules.Find(code) is null).ToList();
        Assert.True(unknown.Count == 0, $"{document} lists rules FactLsp does not have: {string.Join(", ", unknown)}");
        foreach (var rule in CoreRules.All)
        {
            // "error / warning" (wrong-speaker) and "error (warning for …)" (invalid-yaml) start with the default.
            Assert.True(rows[rule.Code].StartsWith(rule.DefaultSeverity.ToName(), StringComparison.Ordinal),
                $"{document}: '{rule.Code}' is listed as {rows[rule.Code]}, its default is {rule.DefaultSeverity.ToName()}");
        }
    }

    [Fact]
    public void A_rule_left_out_of_a_table_is_found()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "README.md"));
        var without = string.Join('\n', readme.Split('\n').Where(l => !l.StartsWith("| `not-quoted-in-source`", StringComparison.Ordinal)));
        Assert.True(TableRows(readme).ContainsKey("not-quoted-in-source"));
        Assert.False(TableRows(without).ContainsKey("not-quoted-in-source"));
    }

    /// <summary>Rule code → the default-severity cell, for every table row that starts with a code in backquotes.</summary>
    private static Dictionary<string, string> TableRows(string markdown) =>
        RowPattern().Matches(markdown).ToDictionary(m => m.Groups["code"].Value, m => m.Groups["severity"].Value.Trim(), StringComparer.Ordinal);

    [GeneratedRegex(@"^\| `(?<code>[a-z]+(?:-[a-z]+)*)` \|(?<severity>[^|]*)\|", RegexOptions.Multiline)]
    private static partial Regex RowPattern();
}
