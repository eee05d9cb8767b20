namespace FactLsp.Core.Tests.Rules;

/// <summary>
/// One test per file under Fixtures/ (copied to the output folder): a new case is a new file.
/// The format is described on <see cref="Fixture"/>.
/// </summary>
public class RuleFixtureTests
{
    public static TheoryData<string> Fixtures() => new(FixtureRunner.Names().Where(name => !NeedsShared(name)));

    public static TheoryData<string> FixturesWithSharedSeeds() => new(FixtureRunner.Names().Where(NeedsShared));

    /// <summary>A fixture with a <c>seed=</c> file reads it from shared/seed/, outside the repository.</summary>
    private static bool NeedsShared(string name) => FixtureRunner.Read(name).Files.Any(f => f.Option("seed") is not null);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_holds(string fixture) => FixtureRunner.Run(fixture);

    [Theory]
    [Trait("needs", "shared")]
    [MemberData(nameof(FixturesWithSharedSeeds))]
    public void Fixture_with_a_shared_seed_holds(string fixture) => FixtureRunner.Run(fixture);

    [Fact]
    public void There_are_fixtures_for_every_rule_firing()
    {
        var fired = FixtureRunner.Names().Select(FixtureRunner.Read)
            .SelectMany(f => f.Markers).Where(m => m.Kind == FixtureMarkerKind.Diagnostic).Select(m => m.Rule!).ToHashSet();
        var missing = Diagnostics.Rules.All.Select(r => r.Code).Where(code => !fired.Contains(code)).ToList();
        Assert.Empty(missing);
    }
}
