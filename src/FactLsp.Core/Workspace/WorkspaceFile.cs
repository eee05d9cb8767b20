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
/// </remarks>
public sealed class WorkspaceFile
{
    private readonly string? _text;
    private readonly byte[]? _utf8;
    private readonly object? _gate;
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
    public bool HasText => _text is not null || _utf8 is not null;

    /// <summary>The bytes of a file held as UTF-8, else empty.</summary>
    internal ReadOnlyMemory<byte> Utf8 => _utf8;

    /// <summary>Whether the text is held as UTF-8 bytes and decoded on demand.</summary>
    public bool IsCompact => _utf8 is not null;

    /// <summary>The text, or null when the file could not be read (see <see cref="Problem"/>).</summary>
    public string? Text => _utf8 is null ? _text : Decoded();

    public FileProblem? Problem { get; }

    /// <summary>
    /// The line map. For a file held as bytes it is made from the bytes and kept (a few bytes a line): line numbers
    /// and UTF-16 columns never decode the file, and what needs the characters decodes them on demand.
    /// </summary>
    public LineMap Lines
    {
        get
        {
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
            var text = System.Text.Encoding.UTF8.GetString(_utf8!);
            _decoded = new WeakReference<string>(text);
            return text;
        }
    }

    public WorkspaceFile WithKind(FileKind kind) =>
        kind == Kind ? this
        : _utf8 is not null && kind == FileKind.Source ? new WorkspaceFile(Path, kind, _utf8)
        : _utf8 is not null ? new WorkspaceFile(Path, kind, Decoded(), null) // an article or registry is read all the time: held decoded
        : new WorkspaceFile(Path, kind, _text, Problem) { _lines = _lines };
}
