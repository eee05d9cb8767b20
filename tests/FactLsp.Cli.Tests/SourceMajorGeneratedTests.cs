using FactLsp.Benchmarks.Generation;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Workspace;

namespace FactLsp.Cli.Tests;

/// <summary>
/// On a generated newsroom (articles citing shared sources, transcripts, misquotes, wrong speakers), the
/// whole-workspace check, source by source, says exactly what each article checked alone says.
/// </summary>
public sealed class SourceMajorGeneratedTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "factlsp-cli-tests", "source-major-" + Guid.NewGuid().ToString("N")[..8]);

    public SourceMajorGeneratedTests() =>
        WorkspaceGenerator.Generate(_root, new GeneratorOptions
        {
            Articles = 50,
            QuotesPerArticle = 6,
            ArticleWords = 300,
            Sources = 12,
            MinSourceBytes = 2 << 10,
            MaxSourceBytes = 24 << 10,
            People = 30,
            LongArticleWords = 0,
        });

    private static List<string> Describe(IEnumerable<(WorkspaceFile File, IReadOnlyList<Diagnostic> Diagnostics)> all) =>
        all.OrderBy(x => x.File.Path, StringComparer.Ordinal)
            .SelectMany(x => x.Diagnostics.Select(d => $"{d.Path} {d.Span} {d.Code} {d.Severity} {d.Message} | "
                + string.Join("; ", d.Related.Select(r => $"{r.Location} {r.Message}")) + " | "
                + string.Join("; ", d.Fixes.Select(f => $"{f.Title} {f.IsPreferred} " + string.Join(",", f.Edits)))))
            .ToList();

    [Fact]
    public void Source_major_findings_equal_each_article_checked_alone()
    {
        var alone = WorkspaceSnapshot.Load(_root);
        var expected = Describe(alone.Files.Reverse().Select(f => (f, alone.GetDiagnostics(f.Path))).ToList());
        var whole = WorkspaceSnapshot.Load(_root);
        var actual = Describe(whole.GetAllDiagnostics());

        Assert.Contains(expected, l => l.Contains(" misquote ", StringComparison.Ordinal));
        Assert.Contains(expected, l => l.Contains(" wrong-speaker ", StringComparison.Ordinal));
        Assert.Equal(expected, actual);
        foreach (var path in whole.ArticlePaths)
        {
            Assert.Equal(
                alone.GetAnalysis(path)!.Results.Select(r => $"{r.Verdict} {r.Standing} {r.Passage} {r.Attribution}"),
                whole.GetAnalysis(path)!.Results.Select(r => $"{r.Verdict} {r.Standing} {r.Passage} {r.Attribution}"));
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is no test failure.
        }
    }
}
