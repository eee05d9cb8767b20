namespace FactLsp.Cli;

internal sealed record CheckOptions(string[] Paths, string Format, FileInfo? Output, bool WarningsAsErrors, bool ShowProgress, bool Cache = false, string? CacheLocation = null);
