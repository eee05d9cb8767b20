using FactLsp.Core.Diagnostics;
using FactLsp.Core.Import;
using FactLsp.Core.Workspace;

namespace FactLsp.Tests.Import;

/// <summary>
/// A temporary workspace to import into and check: a people registry of the fixtures' speakers,
/// the imported source, and an article quoting it. The check is the real one (WorkspaceSnapshot).
/// </summary>
public sealed class ImportWorkspace : IDisposable
{
    public const string People = """
        redur-khalil:
          name: Redur Khalil
          description: senior Kurdish official
        jen-psaki:
          name: Jen Psaki
          roles:
            - {title: press secretary, org: The White House, from: 2021-01-20, to: 2022-05-13}
        brian-deese:
          name: Brian Deese
        serhiy-bondar:
          name: Serhiy Bondar
        anna-lindqvist:
          name: Anna Lindqvist
        etienne-morel:
          name: Étienne Morel
        """;

    private readonly FixtureWorkspace _workspace = FixtureWorkspace.Empty();

    public ImportWorkspace()
    {
        Root = _workspace.Root;
        _workspace.Write("people.yaml", People);
    }

    public string Root { get; }

    public static readonly DateOnly Retrieved = new(2026, 11, 30);

    public async Task<PreparedSource> ImportAsync(string input, ImportOptions? options = null, FetchOptions? fetch = null)
    {
        using var fetcher = new SourceFetcher(fetch ?? new FetchOptions { Timeout = TimeSpan.FromSeconds(10) });
        var snapshot = WorkspaceSnapshot.Load(Root);
        var prepared = await SourceImporter.PrepareAsync(fetcher, input, Root, (options ?? new ImportOptions()) with { Retrieved = Retrieved },
            SourceImporter.TakenIds(snapshot), CancellationToken.None);
        SourceImporter.Write(Root, prepared, force: false);
        return prepared;
    }

    /// <summary>Writes an article and returns its diagnostics from a fresh load of the workspace.</summary>
    public IReadOnlyList<Diagnostic> Check(string articleBody, string name = "article.md")
    {
        System.IO.File.WriteAllText(Path.Combine(Root, name), "---\ntitle: Test article\ndate: 2026-11-30\n---\n\n" + articleBody + "\n");
        var snapshot = WorkspaceSnapshot.Load(Root);
        // The imported sources must check clean themselves (front matter and all), not only the quotes.
        var sources = snapshot.Files.Where(f => f.Kind == FileKind.Source).SelectMany(f => snapshot.GetDiagnostics(f.Path));
        return snapshot.GetDiagnostics(name).Concat(sources).ToList();
    }

    public string[] SourceFiles() => Directory.Exists(Path.Combine(Root, "sources"))
        ? Directory.GetFiles(Path.Combine(Root, "sources"), "*", SearchOption.AllDirectories)
        : [];

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => $"{d.Rule.Code}: {d.Message}"));

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("FACTLSP_KEEP_IMPORTS") is { Length: > 0 })
        {
            return;
        }
        _workspace.Dispose();
    }
}
