using Humanizer;

namespace FactLsp.Core.Workspace;

/// <summary>The first bytes of a file, for a reader that needs only its start (a source's front matter).</summary>
public sealed partial class WorkspaceRoot
{
    /// <summary>
    /// Reads at most <paramref name="maxBytes"/> bytes from the start of a file, refusing what
    /// <see cref="Read"/> refuses, for the same reasons and with the same messages (a file over the
    /// size limit is refused whatever the prefix asked for, as <see cref="Read"/> would).
    /// </summary>
    public PrefixReadResult ReadPrefix(string relativePath, int maxBytes)
    {
        var full = ToFullPath(relativePath);
        if (ResolveRelative(string.Empty, relativePath) is null)
        {
            return new PrefixReadResult(null, false, new FileProblem(FileProblemKind.OutsideRoot, $"'{relativePath}' lies outside the workspace; it was not read."));
        }
        var real = Resolve(full);
        if (real is null || !File.Exists(real))
        {
            return new PrefixReadResult(null, false, new FileProblem(FileProblemKind.Unreadable, $"'{relativePath}' does not exist."));
        }
        if (!IsInside(real))
        {
            return new PrefixReadResult(null, false, new FileProblem(FileProblemKind.OutsideRoot, $"'{relativePath}' is a link to a file outside the workspace; it was not read."));
        }
        try
        {
            using var stream = RegularFile.Open(real, out var notRegular);
            if (stream is null)
            {
                return new PrefixReadResult(null, false, new FileProblem(FileProblemKind.Unreadable, $"'{relativePath}' was skipped: {notRegular}."));
            }
            var length = stream.Length;
            if (length > MaxFileBytes)
            {
                return new PrefixReadResult(null, false, new FileProblem(FileProblemKind.TooLarge,
                    $"'{relativePath}' is over the {MaxFileBytes.Bytes().Humanize()} limit ({length:N0} bytes); it was skipped."));
            }
            var bytes = new byte[Math.Min(length, Math.Max(0, maxBytes))];
            stream.ReadExactly(bytes);
            return new PrefixReadResult(bytes, bytes.Length == length, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new PrefixReadResult(null, false, new FileProblem(FileProblemKind.Unreadable, $"'{relativePath}' could not be read: {e.Message}"));
        }
    }
}

/// <summary>The start of a file (<see cref="IsWhole"/> when that is all of it), or why it was not read.</summary>
public sealed record PrefixReadResult(byte[]? Bytes, bool IsWhole, FileProblem? Problem);
