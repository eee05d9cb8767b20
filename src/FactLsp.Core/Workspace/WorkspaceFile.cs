using FactLsp.Core.Text;

namespace FactLsp.Core.Workspace;

/// <summary>One file's text as the workspace holds it: from disk, or from an editor's open document.</summary>
public sealed class WorkspaceFile
{
    private LineMap? _lines;

    public WorkspaceFile(string path, FileKind kind, string? text, FileProblem? problem)
    {
        Path = path;
        Kind = kind;
        Text = text;
        Problem = problem;
    }

    /// <summary>Workspace-relative, '/' separated.</summary>
    public string Path { get; }

    public FileKind Kind { get; }

    /// <summary>The text, or null when the file could not be read (see <see cref="Problem"/>).</summary>
    public string? Text { get; }

    public FileProblem? Problem { get; }

    public LineMap Lines => _lines ??= new LineMap(Text ?? string.Empty);

    public WorkspaceFile WithKind(FileKind kind) => kind == Kind ? this : new WorkspaceFile(Path, kind, Text, Problem) { _lines = _lines };
}
