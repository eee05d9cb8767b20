namespace FactLsp.Server.Conversions;

/// <summary>file: URIs to local paths and back, the one place the server converts them.</summary>
public static class DocumentUris
{
    public static string? ToLocalPath(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }
        return Path.GetFullPath(parsed.LocalPath);
    }

    public static string FromLocalPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
