using System.Text.Json;

namespace FactLsp.Benchmarks.Generation;

/// <summary>What the generator wrote, kept beside the files (<see cref="FileName"/>) so a driver can reuse them.</summary>
public sealed record GeneratedWorkspace
{
    public const string FileName = "generated.json";

    public required string Root { get; init; }

    public required string Fingerprint { get; init; }

    /// <summary>Workspace-relative paths, '/' separated.</summary>
    public required IReadOnlyList<string> Articles { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>The long read (the edit benchmark's article), or null.</summary>
    public string? LongArticle { get; init; }

    /// <summary>The person quoted once in every article.</summary>
    public required string StarSpeaker { get; init; }

    public required int StarQuotes { get; init; }

    public required int Quotes { get; init; }

    public required long SourceBytes { get; init; }

    public required long LargestSourceBytes { get; init; }

    public required long ArticleBytes { get; init; }

    /// <summary>What the articles were written to hold: quote variants, claims, terms, unattributed quotations.</summary>
    public required IReadOnlyDictionary<string, int> Counts { get; init; }

    public string FullPath(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public void Save() => File.WriteAllText(Path.Combine(Root, FileName), JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = true }));

    public static GeneratedWorkspace? TryLoad(string root)
    {
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<GeneratedWorkspace>(File.ReadAllText(path)) is { } found ? found with { Root = root } : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public string Describe() =>
        $"{Articles.Count:N0} articles ({ArticleBytes / 1e6:N1} MB), {Quotes:N0} quotes, {Sources.Count:N0} sources " +
        $"({SourceBytes / 1e6:N1} MB, largest {LargestSourceBytes / 1e6:N2} MB); '{StarSpeaker}' quoted {StarQuotes:N0} times";
}
