using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FactLsp.Core.Tests.Matching;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Tests.Rules;

/// <summary>
/// A fixture written to a fresh temporary folder: the workspace root is <c>TEMP/ws</c>, so a
/// fixture path <c>../x</c> lands outside it. Deleted on dispose.
/// </summary>
internal sealed partial class FixtureWorkspace : IDisposable
{
    private readonly Dictionary<string, LineMap> _lines = new(StringComparer.Ordinal);

    private FixtureWorkspace(string folder)
    {
        Folder = folder;
        Root = Path.Combine(folder, "ws");
        Directory.CreateDirectory(Root);
    }

    /// <summary>The temporary folder; the workspace root lies inside it.</summary>
    public string Folder { get; }

    public string Root { get; }

    public static FixtureWorkspace Create() =>
        new(Path.Combine(Path.GetTempPath(), "factlsp-tests", Guid.NewGuid().ToString("N")));

    public static FixtureWorkspace Write(Fixture fixture)
    {
        var workspace = Create();
        foreach (var file in fixture.Files)
        {
            workspace.WriteFile(file);
        }
        return workspace;
    }

    public WorkspaceSnapshot Load() => WorkspaceSnapshot.Load(Root);

    public string FullPath(string path) => Path.GetFullPath(Path.Combine(Root, path));

    /// <summary>The lines of a fixture file as written (decoded as the workspace decodes it), where its markers point.</summary>
    public LineMap LinesOf(string path) => _lines[path];

    /// <summary>The file span a marker covers.</summary>
    public TextSpan SpanOf(FixtureMarker marker)
    {
        var lines = LinesOf(marker.Path);
        return TextSpan.FromBounds(Offset(lines, marker, marker.StartLine, marker.StartColumn), Offset(lines, marker, marker.EndLine, marker.EndColumn));
    }

    public void WriteText(string path, string text)
    {
        var full = FullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
    }

    public void Delete(string path) => File.Delete(FullPath(path));

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

    private void WriteFile(FixtureFile file)
    {
        var full = FullPath(file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (file.Option("link") is { } target)
        {
            if (file.Text.Length > 0)
            {
                throw new FormatException($"{file.Path}: a link has no body.");
            }
            File.CreateSymbolicLink(full, target);
            _lines[file.Path] = new LineMap(string.Empty);
            return;
        }

        var text = file.Has("crlf") ? file.Text.Replace("\n", "\r\n") : file.Text;
        if (file.Option("seed") is { } seed)
        {
            text += File.ReadAllText(Path.Combine(TestSources.SeedFolder(), seed));
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

    private static int Offset(LineMap lines, FixtureMarker marker, int line, int column)
    {
        var length = lines.LineEnd(line) - lines.LineStart(line);
        if (line >= lines.LineCount || column > length)
        {
            throw new FormatException($"{marker.Path}: a marker points past the end of line {line + 1} ({length} characters): {marker}");
        }
        return lines.LineStart(line) + column;
    }

    [GeneratedRegex(@"\\x([0-9A-Fa-f]{2})")]
    private static partial Regex EscapePattern();
}
