using FactLsp.Core.Text;

namespace FactLsp.Core.Workspace;

/// <summary>One file's text as the workspace holds it: from disk, or from an editor's open document.</summary>
/// <remarks>
/// A source read from disk as valid UTF-8 is held as its bytes (half the size of a UTF-16 string for the
/// mostly Latin text of news sources: the largest single item of a big workspace) and decoded when asked
/// for. The decoded string is kept only while someone uses it, so asking twice in a row gives the same
/// string without decoding again; the line map is made from the bytes, and preparing a source
/// (<see cref="SourceText"/>) decodes only what it reads.
/// Decoding valid UTF-8 is exact, so every offset, excerpt and content hash is what the string would give.
/// <para>
/// In a batch check (<see cref="BatchCheck"/>) and in the language server a source is read again from disk instead (<see cref="ReadAgain"/>):
/// its bytes are held only while someone uses them, so the 90 MB of a large archive's sources are never all alive at
/// once. Each read is verified against the length and hash of the first; a file changed on disk since is not mixed
/// into the check: asking for its text throws <see cref="FileChangedException"/> and the file says so
/// (<see cref="ChangedOnDisk"/>). Its line map is made at the first read, so a report's ranges never read it again.
/// </para>
/// </remarks>
public sealed class WorkspaceFile
{
    private readonly string? _text;
    private readonly byte[]? _utf8;
    private readonly object? _gate;
    // A file read again from disk when asked (ReadAgain): where, and what the first read found.
    private readonly WorkspaceRoot? _root;
    private readonly int _length;
    private WeakReference<byte[]>? _bytes;
    private volatile bool _changed;
    private LineMap? _lines;
    private WeakReference<string>? _decoded;

    public WorkspaceFile(string path, FileKind kind, string? text, FileProblem? problem)
    {
        Path = path;
        Kind = kind;
        _text = text;
        Problem = problem;
    }

    private WorkspaceFile(string path, FileKind kind, byte[] utf8)
    {
        Path = path;
        Kind = kind;
        _utf8 = utf8;
        _gate = new object();
    }

    private WorkspaceFile(WorkspaceRoot root, string path, FileKind kind, byte[] utf8)
    {
        Path = path;
        Kind = kind;
        _root = root;
        _length = utf8.Length;
        // The content hash a findings cache keys its articles by, from the bytes in hand (a cache's save or a warm start's
        // reuse would otherwise read every source again from disk to hash it), and what each later read is verified against.
        FirstReadContentHash = Caching.ContentHash.OfValidUtf8(utf8);
        _bytes = new WeakReference<byte[]>(utf8);
        _gate = new object();
        _lines = LineMap.FromUtf8(utf8, Decoded);
        // The front matter, which the source's model reads (SourceHeadReader.Head), kept from this read: short.
        Head = SourceHeadReader.HeadToKeep(utf8);
    }

    /// <summary>
    /// For a file read again (<see cref="ReadAgain"/>): its <see cref="Caching.ContentHash"/> (of the text the checks
    /// read), from the first read; findings computed from that text are keyed by it.
    /// </summary>
    internal Caching.ContentHash? FirstReadContentHash { get; }

    /// <summary>For a file read again (<see cref="ReadAgain"/>): its text up to the end of its front matter, from the first read.</summary>
    internal string? Head { get; }

    /// <summary>
    /// Whether this file and <paramref name="other"/> (the same path in another snapshot) hold the same text. A file
    /// read again is compared by its first read's content hash, without reading it from disk again (a server's
    /// hand-over compares every source). A file changed on disk since its first read has no text to compare: it is
    /// never the same, where asking for its text would throw.
    /// </summary>
    internal bool SameTextAs(WorkspaceFile other)
    {
        try
        {
            return FirstReadContentHash is null && other.FirstReadContentHash is null
                ? string.Equals(Text, other.Text, StringComparison.Ordinal)
                : Caching.ContentHash.Of(this) == Caching.ContentHash.Of(other);
        }
        catch (FileChangedException)
        {
            return false;
        }
    }

    /// <summary>
    /// A file read as valid UTF-8 <paramref name="utf8"/> (no BOM) from <paramref name="root"/> that is read again from disk
    /// whenever its bytes are asked for and not in use (<see cref="ReadAgain"/>).
    /// </summary>
    internal static WorkspaceFile OnDisk(WorkspaceRoot root, string path, FileKind kind, byte[] utf8) => new(root, path, kind, utf8);

    /// <summary>
    /// Whether sources read from disk are held as <see cref="ReadAgain"/> files, process-wide: set by
    /// <see cref="BatchCheck"/> for a process that checks a workspace once, and by the language server, which keeps
    /// its sources prepared (<see cref="PreparedSources"/>) rather than their bytes.
    /// </summary>
    public static bool ReadSourcesAgain { get; set; }

    /// <summary>Whether the bytes are read again from disk when asked for and not in use, rather than held.</summary>
    public bool ReadAgain => _root is not null;

    /// <summary>
    /// Whether the file, read again (<see cref="ReadAgain"/>), was no longer what was first read: changed, deleted or
    /// unreadable since. Its text is then refused rather than mixed with what was read of it before.
    /// </summary>
    public bool ChangedOnDisk => _changed;

    /// <summary>
    /// A file read as <paramref name="utf8"/> bytes (no BOM), held as bytes when they are valid UTF-8 and
    /// decoded (with its problem, if the bytes are not valid) otherwise.
    /// </summary>
    public static WorkspaceFile FromUtf8(string path, FileKind kind, byte[] utf8)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return new WorkspaceFile(path, kind, utf8);
        }
        var read = WorkspaceRoot.Decode(utf8);
        return new WorkspaceFile(path, kind, read.Text, read.Problem);
    }

    /// <summary>Workspace-relative, '/' separated.</summary>
    public string Path { get; }

    public FileKind Kind { get; }

    /// <summary>Whether there is text (false when the file could not be read): cheaper than asking for <see cref="Text"/>.</summary>
    public bool HasText => _text is not null || _utf8 is not null || _root is not null;

    /// <summary>
    /// The bytes of a file held as UTF-8 (read again if need be: <see cref="ReadAgain"/>), else empty.
    /// Throws <see cref="FileChangedException"/> when a file read again is no longer what was first read.
    /// </summary>
    internal ReadOnlyMemory<byte> Utf8 => _utf8 ?? (_root is null ? default(ReadOnlyMemory<byte>) : Bytes());

    /// <summary>The length of <see cref="Utf8"/>, without reading the file again.</summary>
    internal int Utf8Length => _utf8?.Length ?? (_root is null ? 0 : _length);

    /// <summary>Whether the text is held as UTF-8 bytes (or read again as such) and decoded on demand.</summary>
    public bool IsCompact => _utf8 is not null || _root is not null;

    /// <summary>
    /// The text, or null when the file could not be read (see <see cref="Problem"/>). Throws <see cref="FileChangedException"/>
    /// when a file read again (<see cref="ReadAgain"/>) is no longer what was first read.
    /// </summary>
    public string? Text => _utf8 is null && _root is null ? _text : Decoded();

    public FileProblem? Problem { get; }

    /// <summary>
    /// The line map. For a file held as bytes it is made from the bytes and kept (a few bytes a line): line numbers
    /// and UTF-16 columns never decode the file, and what needs the characters decodes them on demand.
    /// </summary>
    public LineMap Lines
    {
        get
        {
            if (_root is not null)
            {
                return _lines!; // made at the first read
            }
            if (_utf8 is null)
            {
                return _lines ??= new LineMap(_text ?? string.Empty);
            }
            lock (_gate!)
            {
                return _lines ??= LineMap.FromUtf8(_utf8, Decoded);
            }
        }
    }

    /// <summary>
    /// A span as lines and UTF-16 columns: <see cref="Lines"/>' answer, which for a file held as bytes decodes nothing
    /// (a report names places in hundreds of sources).
    /// </summary>
    public LineRange GetRange(TextSpan span) => Lines.GetRange(span);

    private string Decoded()
    {
        lock (_gate!)
        {
            if (_decoded is not null && _decoded.TryGetTarget(out var kept))
            {
                return kept;
            }
            var text = System.Text.Encoding.UTF8.GetString(_utf8 ?? Bytes());
            _decoded = new WeakReference<string>(text);
            return text;
        }
    }

    // The bytes of a file read again: the ones in use if any, else read from disk and verified against the first read.
    private byte[] Bytes()
    {
        lock (_gate!)
        {
            if (_bytes is not null && _bytes.TryGetTarget(out var held))
            {
                return held;
            }
            if (!_changed)
            {
                var read = _root!.ReadUtf8Again(Path);
                if (read is not null && read.Length == _length && Caching.ContentHash.OfValidUtf8(read) == FirstReadContentHash)
                {
                    _bytes = new WeakReference<byte[]>(read);
                    return read;
                }
                _changed = true;
            }
            throw new FileChangedException(Path);
        }
    }

    public WorkspaceFile WithKind(FileKind kind) =>
        kind == Kind ? this
        : _root is not null ? new WorkspaceFile(Path, kind, Decoded(), null) // only sources are read again: not one any more
        : _utf8 is not null && kind == FileKind.Source ? new WorkspaceFile(Path, kind, _utf8)
        : _utf8 is not null ? new WorkspaceFile(Path, kind, Decoded(), null) // an article or registry is read all the time: held decoded
        : new WorkspaceFile(Path, kind, _text, Problem) { _lines = _lines };
}

/// <summary>
/// A file read again from disk during a check (<see cref="WorkspaceFile.ReadAgain"/>) is no longer what the check first
/// read: its findings would mix two versions, so they are refused. Checking again reads the new version throughout.
/// </summary>
public sealed class FileChangedException(string path)
    : IOException($"'{path}' changed on disk while it was being checked; check again.")
{
    public string Path { get; } = path;
}
