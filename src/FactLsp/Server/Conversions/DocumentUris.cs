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

    // The last root asked for and its URI (null: not plain); a server has one or a few workspaces. One object, so
    // that a thread never sees one root's path with another's URI.
    private static RootUri? _lastRoot;

    /// <summary>
    /// The URI of a workspace-relative path ('/' separated) under the full path of a root: what
    /// <see cref="FromLocalPath"/> gives for the joined path. When root and path hold only letters, digits and
    /// <c>-_./</c>, with no empty, "." or ".." segment and no segment ending in a dot, neither escaping nor
    /// normalizing changes them, and the URI is the root's followed by the path: no <see cref="Uri"/> per file
    /// (references and rename answer with a location in each of thousands of files).
    /// </summary>
    public static string FromWorkspacePath(string rootFullPath, string relativePath)
    {
        if (IsPlain(relativePath, allowLeadingSeparator: false) && UriOfRoot(rootFullPath) is { } root)
        {
            return root + "/" + relativePath;
        }
        return FromLocalPath(Path.Combine(rootFullPath, relativePath.Replace('/', Path.DirectorySeparatorChar)));
    }

    private static string? UriOfRoot(string rootFullPath)
    {
        if (Volatile.Read(ref _lastRoot) is { } last && last.Root == rootFullPath)
        {
            return last.Uri;
        }
        // Only a plain absolute root in '/' form (a Unix path); any other root takes the general conversion.
        var uri = IsPlain(rootFullPath, allowLeadingSeparator: true) && rootFullPath.StartsWith('/') ? FromLocalPath(rootFullPath) : null;
        if (uri is not null && uri != "file://" + rootFullPath)
        {
            uri = null;
        }
        Volatile.Write(ref _lastRoot, new RootUri(rootFullPath, uri));
        return uri;
    }

    private static bool IsPlain(string path, bool allowLeadingSeparator)
    {
        if (path.Length == 0)
        {
            return false;
        }
        var segmentStart = allowLeadingSeparator && path[0] == '/' ? 1 : 0;
        for (var i = segmentStart; i <= path.Length; i++)
        {
            if (i == path.Length || path[i] == '/')
            {
                // An empty segment, or one ending in a dot ("." and ".." among them), could be normalized away.
                if (i == segmentStart || path[i - 1] == '.')
                {
                    return false;
                }
                segmentStart = i + 1;
            }
            else if (!char.IsAsciiLetterOrDigit(path[i]) && path[i] is not ('-' or '_' or '.'))
            {
                return false;
            }
        }
        return true;
    }

    private sealed record RootUri(string Root, string? Uri);
}
