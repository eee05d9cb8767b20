using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Testing;

/// <summary>
/// A fixture (<see cref="Testing.Fixture"/>) written to a fresh temporary folder, deleted on dispose: the
/// workspace root is <c>TEMP/ws</c>, so a fixture path <c>../x</c> lands outside it. The one temporary
/// workspace of the test suites: Core tests load it as a snapshot, server and CLI tests hand its root
/// to the server or the command.
/// </summary>
public sealed partial class FixtureWorkspace : IDisposable
{
    private readonly Dictionary<string, LineMap> _lines = new(StringComparer.Ordinal);
    private WorkspaceSnapshot? _snapshot;

    private FixtureWorkspace(string folder, Fixture? fixture)
    {
        Folder = folder;
        Root = Path.Combine(folder, "ws");
        Fixture = fixture;
        Directory.CreateDirectory(Root);
    }

    /// <summary>The temporary folder; the workspace root lies inside it.</summary>
    public string Folder { get; }

    public string Root { get; }

    /// <summary>The root as a file URI ending in a slash, as an editor sends a workspace folder.</summary>
    public string RootUri => new Uri(Root + Path.DirectorySeparatorChar).AbsoluteUri;

    /// <summary>The fixture written, if the workspace was made from one.</summary>
    public Fixture? Fixture { get; }

    /// <summary>The file holding the cursor <c>$0</c>.</summary>
    public string CursorPath => (Fixture?.Cursor ?? throw new InvalidOperationException("The fixture has no $0 cursor.")).Path;

    /// <summary>The cursor's offset in its file as written.</summary>
    public int CursorOffset
    {
        get
        {
            var cursor = Fixture?.Cursor ?? throw new InvalidOperationException("The fixture has no $0 cursor.");
            return Offset(cursor.Path, cursor.Line, cursor.Column, 0, "the cursor");
        }
    }

    /// <summary>The fixture's plain expected ranges (<c>^^^</c> with nothing after), in file order then text order.</summary>
    public IReadOnlyList<Location> Ranges => (Fixture?.Ranges ?? []).Select(m => new Location(m.Path, SpanOf(m))).ToList();

    /// <summary>The workspace as the checker loads it (loaded on first use; <see cref="Reload"/> reads the folder again).</summary>
    public WorkspaceSnapshot Snapshot => _snapshot ??= Load();

    /// <summary>An empty workspace.</summary>
    public static FixtureWorkspace Empty() =>
        new(Path.Combine(Path.GetTempPath(), "factlsp-tests", Guid.NewGuid().ToString("N")), null);

    /// <summary>Parses <paramref name="text"/> (see <see cref="Testing.Fixture"/>) and writes it; with <paramref name="crlf"/>, every file as if its header said <c>crlf</c>.</summary>
    public static FixtureWorkspace Create(string text, bool crlf = false) => Create(Fixture.Parse(text), crlf);

    public static FixtureWorkspace Create(Fixture fixture, bool crlf = false)
    {
        var workspace = new FixtureWorkspace(Path.Combine(Path.GetTempPath(), "factlsp-tests", Guid.NewGuid().ToString("N")), fixture);
        foreach (var file in fixture.Files)
        {
            workspace.WriteFile(file, crlf);
        }
        return workspace;
    }

    /// <summary>
    /// A copy of a folder (say the repository's examples/) as the workspace, as the repository holds it: a
    /// findings cache a server or an editor test left there (<c>.factlsp/</c>, ignored by git) is not copied, so a
    /// test never starts warm from an earlier run.
    /// </summary>
    public static FixtureWorkspace CopyOf(string folder)
    {
        var workspace = Empty();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            if (Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar)[0] == ".factlsp")
            {
                continue;
            }
            var target = Path.Combine(workspace.Root, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return workspace;
    }

    /// <summary>A copy of the repository's example workspace (examples/), to edit freely.</summary>
    public static FixtureWorkspace CopyOfExamples() => CopyOf(Path.Combine(TestPaths.RepositoryRoot(), "examples"));

    /// <summary>A fresh load of the folder.</summary>
    public WorkspaceSnapshot Load() => WorkspaceSnapshot.Load(Root);

    /// <summary>Reads the folder again; <see cref="Snapshot"/> is the new load.</summary>
    public WorkspaceSnapshot Reload() => _snapshot = Load();

    public string PathOf(string path) => Path.GetFullPath(Path.Combine(Root, path.Replace('/', Path.DirectorySeparatorChar)));

    public string UriOf(string path) => new Uri(PathOf(path)).AbsoluteUri;

    /// <summary>A file's text as it is on disk now.</summary>
    public string Read(string path) => File.ReadAllText(PathOf(path));

    /// <summary>A fixture file's text as written (decoded as the workspace decodes it).</summary>
    public string Text(string path) => LinesOf(path).Text;

    public string TextOf(Location location) => Text(location.Path).Substring(location.Span.Start, location.Span.Length);

    /// <summary>The lines of a fixture file as written, where its markers point.</summary>
    public LineMap LinesOf(string path) =>
        _lines.TryGetValue(path, out var lines) ? lines : throw new KeyNotFoundException($"{path} is no file of the fixture.");

    /// <summary>The file span a marker covers.</summary>
    public TextSpan SpanOf(FixtureMarker marker) => TextSpan.FromBounds(
        Offset(marker.Path, marker.StartLine, marker.StartColumn, marker.SourceLine, "the marker"),
        Offset(marker.Path, marker.EndLine, marker.EndColumn, marker.LastSourceLine, "the marker"));

    /// <summary>Writes a file (UTF-8, no BOM) and keeps its text as the file's text from now on.</summary>
    public void Write(string path, string text)
    {
        var full = PathOf(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
        _lines[path] = new LineMap(text);
    }

    public void Delete(string path) => File.Delete(PathOf(path));

    /// <summary>Applies edits to the files on disk (each file's edits from the end backwards, refusing overlaps) and reloads.</summary>
    public WorkspaceSnapshot Apply(IEnumerable<SuggestedEdit> edits)
    {
        foreach (var group in edits.GroupBy(e => e.Path))
        {
            var text = File.ReadAllText(PathOf(group.Key));
            var ordered = group.OrderByDescending(e => e.Span.Start).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].Span.End > ordered[i - 1].Span.Start)
                {
                    throw new InvalidOperationException($"overlapping edits in {group.Key}");
                }
            }
            foreach (var edit in ordered)
            {
                text = text[..edit.Span.Start] + edit.NewText + text[edit.Span.End..];
            }
            Write(group.Key, text);
        }
        return Reload();
    }

    /// <summary>Every file's diagnostics as "path: code" lines, for before/after comparisons.</summary>
    public IReadOnlyList<string> DiagnosticCodes() =>
        Snapshot.Files.SelectMany(f => Snapshot.GetDiagnostics(f.Path)).Select(d => $"{d.Path}: {d.Code}").Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is no test failure.
        }
    }

    private void WriteFile(FixtureFile file, bool crlf)
    {
        var full = PathOf(file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (file.Option("link") is { } target)
        {
            if (file.Text.Length > 0)
            {
                throw new FixtureFormatException(Fixture!.Name, file.HeaderLine, "a link has no body", file.Path);
            }
            File.CreateSymbolicLink(full, target);
            _lines[file.Path] = new LineMap(string.Empty);
            return;
        }

        var text = crlf || file.Has("crlf") ? file.Text.Replace("\n", "\r\n") : file.Text;
        if (file.Option("seed") is { } seed)
        {
            text += File.ReadAllText(Path.Combine(TestPaths.SeedFolder(), seed));
        }
        var bytes = file.Has("escapes") ? Unescape(text) : Encoding.UTF8.GetBytes(text);
        _lines[file.Path] = new LineMap(WorkspaceRoot.Decode(bytes).Text ?? string.Empty);
        if (file.Option("size") is { } size)
        {
            var wanted = long.Parse(size, CultureInfo.InvariantCulture);
            using var stream = File.Create(full);
            for (long written = 0; written <= wanted; written += bytes.Length)
            {
                stream.Write(bytes);
            }
            return;
        }
        File.WriteAllBytes(full, bytes);
    }

    private static byte[] Unescape(string text)
    {
        var bytes = new List<byte>();
        var last = 0;
        foreach (Match escape in EscapePattern().Matches(text))
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(text[last..escape.Index]));
            bytes.Add(byte.Parse(escape.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            last = escape.Index + escape.Length;
        }
        bytes.AddRange(Encoding.UTF8.GetBytes(text[last..]));
        return bytes.ToArray();
    }

    private int Offset(string path, int line, int column, int sourceLine, string what)
    {
        var lines = LinesOf(path);
        if (line >= lines.LineCount || column > lines.LineEnd(line) - lines.LineStart(line))
        {
            throw new FixtureFormatException(Fixture?.Name ?? "fixture", sourceLine, $"{what} points past the end of line {line + 1} of {path}", $"column {column + 1}");
        }
        return lines.LineStart(line) + column;
    }

    [GeneratedRegex(@"\\x([0-9A-Fa-f]{2})")]
    private static partial Regex EscapePattern();
}
