namespace FactLsp.Cli;

internal sealed record CheckOptions(string[] Paths, string Format, FileInfo? Output, bool WarningsAsErrors, bool ShowProgress, bool Cache = false, string? CacheLocation = null)
{
    /// <summary><c>--shard K/N</c>: check only this share of the articles (and, in shard 1, the workspace's other files).</summary>
    public Shard? Shard { get; init; }
}
