namespace FactLsp.Core.Tests.Rules;

/// <summary>
/// One test per file under Fixtures/ (copied to the output folder): a new case is a new file.
/// The format is described on <see cref="Fixture"/>.
/// </summary>
public class RuleFixtureTests
{
    public static TheoryData<string> Fixtures() => new(FixtureRunner.Names());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_holds(string fixture) => FixtureRunner.Run(fixture);

    [Fact]
    public void There_are_fixtures_for_every_rule_firing()
    {
        var fired = FixtureRunner.Names().Select(FixtureRunner.Read)
            .SelectMany(f => f.Markers).Where(m => m.Kind == FixtureMarkerKind.Diagnostic).Select(m => m.Rule!).ToHashSet();
        var missing = Diagnostics.Rules.All.Select(r => r.Code).Where(code => !fired.Contains(code)).ToList();
        Assert.Empty(missing);
    }
}
