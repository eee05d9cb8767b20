using System.Text;
using Humanizer;

namespace FactLsp.Core.Workspace;

/// <summary>
/// The workspace folder on disk, and the only way the core reads files. Every path it hands out
/// or accepts is relative to the root, with '/' separators; nothing outside the root is read,
/// whether reached by "..", an absolute path or a symbolic link.
/// </summary>
public sealed partial class WorkspaceRoot
{
    /// <summary>Files over this size are skipped with a diagnostic rather than read.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public WorkspaceRoot(string path)
    {
        FullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        RealPath = Resolve(FullPath) ?? FullPath;
    }

    /// <summary>The root as given, made absolute.</summary>
    public string FullPath { get; }

    /// <summary>The root with its symbolic links resolved: what "inside" is measured against.</summary>
    public string RealPath { get; }

    public string ToFullPath(string relativePath) => Path.Combine(FullPath, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The workspace-relative path of an absolute path, or null when it lies outside the root.</summary>
    public string? ToRelativePath(string fullPath)
    {
        var full = Path.GetFullPath(fullPath);
        var relative = Path.GetRelativePath(FullPath, full);
        if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return null;
        }
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>
    /// Resolves <paramref name="target"/> written in the file at <paramref name="fromPath"/> (an
    /// article's <c>file:</c>), or null when it leaves the root: absolute, or ".." past the root.
    /// </summary>
    public static string? ResolveRelative(string fromPath, string target)
    {
        if (Path.IsPathRooted(target) || target.StartsWith('/') || target.StartsWith('\\') || target.Contains(':'))
        {
            return null;
        }
        var parts = new List<string>();
        var directory = fromPath.Contains('/') ? fromPath[..fromPath.LastIndexOf('/')] : string.Empty;
        foreach (var part in (directory + "/" + target).Replace('\\', '/').Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(part);
        }
        return parts.Count == 0 ? null : string.Join('/', parts);
    }

    /// <summary>Every file under the root, as relative paths. Linked folders are not followed: their files are reached by their real path or not at all.</summary>
    public IEnumerable<string> EnumerateFiles()
    {
        var pending = new Stack<string>();
        pending.Push(FullPath);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            var subdirectories = new List<string>();
            foreach (var entry in entries)
            {
                if (entry is DirectoryInfo dir)
                {
                    // .factlsp holds FactLsp's own cache: never workspace content, whatever the globs say.
                    if (dir.LinkTarget is null && dir.Name is not (".git" or "node_modules" or ".factlsp"))
                    {
                        subdirectories.Add(dir.FullName);
                    }
                }
                else if (ToRelativePath(entry.FullName) is { } relative)
                {
                    yield return relative;
                }
            }
            for (var i = subdirectories.Count - 1; i >= 0; i--)
            {
                pending.Push(subdirectories[i]);
            }
        }
    }

    public bool Exists(string relativePath) => File.Exists(ToFullPath(relativePath));

    /// <summary>Reads a file's text, refusing what leaves the root or is too large, decoding bad UTF-8 with replacement characters.</summary>
    public FileReadResult Read(string relativePath) =>
        ReadBytes(relativePath, out var problem) is { } bytes ? Decode(bytes) : new FileReadResult(null, problem);

    /// <summary>
    /// Reads a file as <see cref="Read"/> does; a valid UTF-8 file is held as its bytes when <paramref name="compact"/>
    /// (see <see cref="WorkspaceFile"/>), any other as its decoded text.
    /// </summary>
    public WorkspaceFile ReadFile(string relativePath, FileKind kind, bool compact)
    {
        if (ReadBytes(relativePath, out var problem) is not { } bytes)
        {
            return new WorkspaceFile(relativePath, kind, null, problem);
        }
        if (compact)
        {
            var utf8 = HasBom(bytes) ? bytes[3..] : bytes;
            return WorkspaceFile.ReadSourcesAgain && kind == FileKind.Source && System.Text.Unicode.Utf8.IsValid(utf8)
                ? WorkspaceFile.OnDisk(this, relativePath, kind, utf8)
                : WorkspaceFile.FromUtf8(relativePath, kind, utf8);
        }
        var read = Decode(bytes);
        return new WorkspaceFile(relativePath, kind, read.Text, read.Problem);
    }

    /// <summary>A file's bytes as <see cref="ReadFile"/> holds them (without a BOM), read again; null if it can no longer be read.</summary>
    internal byte[]? ReadUtf8Again(string relativePath) =>
        ReadBytes(relativePath, out _) is { } bytes ? HasBom(bytes) ? bytes[3..] : bytes : null;

    private static bool HasBom(ReadOnlySpan<byte> bytes) => bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;

    /// <summary>A file's bytes, or null with the reason it was not read.</summary>
    private byte[]? ReadBytes(string relativePath, out FileProblem? problem)
    {
        problem = null;
        var full = ToFullPath(relativePath);
        if (ResolveRelative(string.Empty, relativePath) is null)
        {
            problem = new FileProblem(FileProblemKind.OutsideRoot, $"'{relativePath}' lies outside the workspace; it was not read.");
            return null;
        }
        var real = Resolve(full);
        if (real is null || !File.Exists(real))
        {
            problem = new FileProblem(FileProblemKind.Unreadable, $"'{relativePath}' does not exist.");
            return null;
        }
        if (!IsInside(real))
        {
            problem = new FileProblem(FileProblemKind.OutsideRoot, $"'{relativePath}' is a link to a file outside the workspace; it was not read.");
            return null;
        }
        try
        {
            using var stream = RegularFile.Open(real, out var notRegular);
            if (stream is null)
            {
                problem = new FileProblem(FileProblemKind.Unreadable, $"'{relativePath}' was skipped: {notRegular}.");
                return null;
            }
            var length = stream.Length;
            if (length > MaxFileBytes)
            {
                problem = new FileProblem(FileProblemKind.TooLarge,
                    $"'{relativePath}' is over the {MaxFileBytes.Bytes().Humanize()} limit ({length:N0} bytes); it was skipped.");
                return null;
            }
            var bytes = new byte[length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = new FileProblem(FileProblemKind.Unreadable, $"'{relativePath}' could not be read: {e.Message}");
            return null;
        }
    }

    /// <summary>Decodes UTF-8 (a BOM is dropped); invalid bytes become U+FFFD and are reported at the first one.</summary>
    public static FileReadResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (HasBom(bytes))
        {
            bytes = bytes[3..];
        }
        try
        {
            return new FileReadResult(StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException e)
        {
            var badByte = Math.Clamp(e.Index, 0, bytes.Length);
            var text = LenientUtf8.GetString(bytes);
            var offset = text.IndexOf('\uFFFD');
            if (offset < 0)
            {
                offset = LenientUtf8.GetCharCount(bytes[..badByte]);
            }
            return new FileReadResult(text, new FileProblem(FileProblemKind.InvalidUtf8,
                "The file is not valid UTF-8; invalid bytes were read as U+FFFD (\uFFFD).", offset));
        }
    }

    private bool IsInside(string realPath)
    {
        var relative = Path.GetRelativePath(RealPath, realPath);
        return relative != "." && !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    /// <summary>The path with every symbolic link along it resolved, or null when a link is broken.</summary>
    private static string? Resolve(string fullPath) =>
        OperatingSystem.IsWindows() ? ResolveStepByStep(fullPath) : ResolveByRealPath(fullPath);

    /// <summary>
    /// <see cref="Resolve"/> by the C library's <c>realpath</c>: one call, where the step-by-step walk asks the system two
    /// questions per folder of the path (a third of a large workspace's load). It fails (null) where the walk finds a broken
    /// link, and also for a file that does not exist, which the callers report alike ("does not exist").
    /// </summary>
    private static string? ResolveByRealPath(string fullPath)
    {
        var resolved = CRealPath(fullPath, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }
        try
        {
            return System.Runtime.InteropServices.Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Free(resolved);
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "realpath")]
    private static extern IntPtr CRealPath([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "free")]
    private static extern void Free(IntPtr pointer);

    private static string? ResolveStepByStep(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? "/";
        var current = root;
        var parts = fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var hops = 0; hops < 64 && parts.Length > 0; hops++)
        {
            var restart = false;
            for (var i = 0; i < parts.Length; i++)
            {
                var next = Path.Combine(current, parts[i]);
                FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
                if (info.LinkTarget is { } target)
                {
                    var resolved = Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target));
                    var rest = parts.Skip(i + 1);
                    var combined = Path.Combine([resolved, .. rest]);
                    root = Path.GetPathRoot(combined) ?? "/";
                    current = root;
                    parts = combined[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
                    restart = true;
                    break;
                }
                current = next;
            }
            if (!restart)
            {
                return current;
            }
        }
        return parts.Length == 0 ? current : null;
    }
}
