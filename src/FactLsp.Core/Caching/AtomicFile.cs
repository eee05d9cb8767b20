namespace FactLsp.Core.Caching;

/// <summary>Writes a file whole or not at all: to a temporary name beside it, then renamed over it.</summary>
internal static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="bytes"/> to <paramref name="path"/>, creating its folder; with
    /// <paramref name="ignoreFolder"/>, also a <c>.gitignore</c> of <c>*</c> in that folder so git
    /// never sees the cache. Returns null, or why the file could not be written.
    /// </summary>
    public static string? Write(string path, byte[] bytes, string? ignoreFolder)
    {
        string? temporary = null;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            if (ignoreFolder is not null)
            {
                var gitignore = Path.Combine(ignoreFolder, ".gitignore");
                if (!File.Exists(gitignore))
                {
                    File.WriteAllText(gitignore, "# FactLsp's cache: safe to delete, never committed.\n*\n");
                }
            }
            temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
            temporary = null;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return e.Message;
        }
        finally
        {
            if (temporary is not null)
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Left behind in a folder we cannot write to: nothing more to do.
                }
            }
        }
    }
}
