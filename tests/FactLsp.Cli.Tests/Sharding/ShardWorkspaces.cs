using System.Text;
using FactLsp.Benchmarks.Generation;
using FactLsp.Cli.Tests.Infrastructure;

namespace FactLsp.Cli.Tests.Sharding;

/// <summary>
/// The workspaces the shard tests split: the repository's examples, and a small generated newsroom
/// (60 articles) given one finding of each workspace-wide kind, which must appear in one shard only.
/// </summary>
public sealed class ShardWorkspaces : IDisposable
{
    public ShardWorkspaces()
    {
        Generated = Path.Combine(Path.GetTempPath(), "factlsp-cli-tests", "shards-" + Guid.NewGuid().ToString("N")[..8]);
        WorkspaceGenerator.Generate(Generated, new GeneratorOptions
        {
            Articles = 60,
            QuotesPerArticle = 6,
            ArticleWords = 300,
            Sources = 24,
            MinSourceBytes = 2 << 10,
            MaxSourceBytes = 24 << 10,
            People = 40,
            LongArticleWords = 0,
        });
        // Workspace-wide findings: the configuration's, a registry's, a source's own (YAML, a twin id, bad bytes).
        File.AppendAllText(Path.Combine(Generated, "factlsp.yaml"), "unknown-setting: 1\n");
        File.AppendAllText(Path.Combine(Generated, "people.yaml"), "\nbroken: [\n");
        Write("sources/zz/broken.md", "---\nid: [broken\n---\nText.\n");
        var twin = Directory.EnumerateFiles(Path.Combine(Generated, "sources"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        Write("sources/zz/twin.md", $"---\nid: {Path.GetFileNameWithoutExtension(twin)}\n---\nThe same id again.\n");
        File.WriteAllBytes(Path.Combine(Generated, "sources", "zz", "latin1.txt"), [.. "Caf"u8, 0xE9, .. "\n"u8]);
    }

    public string Examples { get; } = InProcessCli.ExamplesFolder();

    public string Generated { get; }

    public string this[string name] => name == "examples" ? Examples : Generated;

    private void Write(string path, string text)
    {
        var full = Path.Combine(Generated, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Generated, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is no test failure.
        }
    }
}
