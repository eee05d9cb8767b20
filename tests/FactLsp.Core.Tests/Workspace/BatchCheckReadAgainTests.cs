using FactLsp.Core.Diagnostics;
using FactLsp.Core.Workspace;
using FactLsp.Testing;

namespace FactLsp.Core.Tests.Workspace;

/// <summary>
/// A batch check reads sources again rather than holding them (<see cref="WorkspaceFile.ReadAgain"/>): it finds what
/// a language server's check finds, and a source changed on disk during the check is reported, not mixed.
/// Sets <see cref="BatchCheck"/>'s process-wide settings: runs alone.
/// </summary>
[Collection(nameof(BatchCheckTests))]
public sealed class BatchCheckReadAgainTests
{
    private const string Source = "sources/dawn-2019-01-24.txt";

    [Fact]
    public void A_batch_checks_findings_equal_those_of_a_check_holding_the_sources()
    {
        using var workspace = FixtureWorkspace.CopyOfExamples();
        var held = workspace.Load();
        var expected = SourceMajorCheckTests.Describe(held, held.GetAllDiagnostics());

        using (BatchCheck.Begin())
        {
            var snapshot = workspace.Load();
            Assert.True(snapshot.GetFile(Source)!.ReadAgain);
            Assert.False(snapshot.GetFile("articles/first-draft.md")!.ReadAgain);
            GC.Collect();
            var all = snapshot.GetAllDiagnostics();

            Assert.Equal(expected, SourceMajorCheckTests.Describe(snapshot, all));
            Assert.DoesNotContain(all.SelectMany(x => x.Diagnostics), d => d.Message.Contains("changed on disk", StringComparison.Ordinal));
        }
        Assert.False(workspace.Load().GetFile(Source)!.ReadAgain);
    }

    [Fact]
    public void A_source_changed_on_disk_during_a_batch_check_is_reported_on_it_and_on_the_articles_citing_it()
    {
        using var workspace = FixtureWorkspace.CopyOfExamples();
        using (BatchCheck.Begin())
        {
            var snapshot = workspace.Load();
            _ = snapshot.Articles.ToList();
            _ = snapshot.Index;
            // Changed after the load read it (its front matter, its line map), before its turn in the check.
            workspace.Write(Source, workspace.Read(Source).Replace("Kurdish-led", "Kurdish-backed", StringComparison.Ordinal));
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var all = snapshot.GetAllDiagnostics().ToDictionary(x => x.File.Path, x => x.Diagnostics);

            Assert.True(snapshot.GetFile(Source)!.ChangedOnDisk);
            var onSource = Assert.Single(all[Source], d => d.Code == Core.Diagnostics.Rules.UnreadableFile.Code);
            Assert.Contains("changed on disk while it was being checked", onSource.Message, StringComparison.Ordinal);
            Assert.Equal(Severity.Error, onSource.Severity);
            foreach (var article in new[] { "articles/first-draft.md", "articles/baghouz-falls.md" })
            {
                // The article is not checked against either version: one diagnostic says why, and no verdict is made.
                var only = Assert.Single(all[article]);
                Assert.Equal(Core.Diagnostics.Rules.UnreadableFile.Code, only.Code);
                Assert.Contains($"'{Source}' changed on disk", only.Message, StringComparison.Ordinal);
            }
            // A source nobody changed is checked as ever.
            Assert.DoesNotContain(all["sources/sdc-briefing-2019-01-25.txt"], d => d.Code == Core.Diagnostics.Rules.UnreadableFile.Code);
        }
    }
}
