namespace FactLsp.Core.Import;

/// <summary>The limits of a fetch. The defaults suit news pages and government PDFs; tests shorten the timeout.</summary>
public sealed record FetchOptions
{
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    /// <summary>The whole fetch, headers and body, must finish within this.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public long MaxBytes { get; init; } = DefaultMaxBytes;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>A clear user agent: sites may block anonymous clients, and their owners can see who read the page.</summary>
    public string UserAgent { get; init; } = $"FactLsp/{typeof(FetchOptions).Assembly.GetName().Version?.ToString(3) ?? "1.0"} (+source import; quotation checking)";

    public static FetchOptions Default { get; } = new();
}
