using System.Text;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Tests.Navigation;

/// <summary>
/// A small workspace written to a temporary folder from one fixture text, in the style of
/// rust-analyzer and texlab: each file starts with a line <c>//- path</c>; <c>$0</c> marks the
/// cursor and <c>[|…|]</c> marks the spans a test expects. Markers are stripped before the files
/// are written, after line breaks are made CRLF when asked, so offsets are those of the files.
/// </summary>
internal sealed class NavFixture : IDisposable
{
    public const string Cursor = "$0";

    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly List<Location> _marked = new();

    private NavFixture(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public WorkspaceSnapshot Snapshot { get; private set; } = null!;

    public string CursorPath { get; private set; } = string.Empty;

    public int CursorOffset { get; private set; } = -1;

    /// <summary>The <c>[|…|]</c> spans, in file order then text order.</summary>
    public IReadOnlyList<Location> Marked => _marked;

    public IReadOnlyDictionary<string, string> Texts => _texts;

    public static NavFixture Create(string fixture, bool crlf = false)
    {
        var root = Directory.CreateTempSubdirectory("factlsp-nav-").FullName;
        var result = new NavFixture(root);
        foreach (var (path, raw) in Split(fixture))
        {
            var text = crlf ? raw.Replace("\r\n", "\n").Replace("\n", "\r\n") : raw;
            result.Add(path, text);
        }
        result.Reload();
        return result;
    }

    /// <summary>Reads the folder again, as a fresh snapshot.</summary>
    public WorkspaceSnapshot Reload() => Snapshot = WorkspaceSnapshot.Load(Root);

    public string Text(string path) => _texts[path];

    public string TextOf(Location location) => Text(location.Path).Substring(location.Span.Start, location.Span.Length);

    /// <summary>Applies edits to the files on disk (each file's edits from the end backwards) and reloads.</summary>
    public WorkspaceSnapshot Apply(IEnumerable<SuggestedEdit> edits)
    {
        foreach (var group in edits.GroupBy(e => e.Path))
        {
            var text = File.ReadAllText(FullPath(group.Key));
            var ordered = group.OrderByDescending(e => e.Span.Start).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                Assert.True(ordered[i].Span.End <= ordered[i - 1].Span.Start, $"overlapping edits in {group.Key}");
            }
            foreach (var edit in ordered)
            {
                text = text[..edit.Span.Start] + edit.NewText + text[edit.Span.End..];
            }
            Write(group.Key, text);
            _texts[group.Key] = text;
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
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private void Add(string path, string text)
    {
        var clean = new StringBuilder();
        int? open = null;
        for (var i = 0; i < text.Length;)
        {
            if (string.CompareOrdinal(text, i, Cursor, 0, 2) == 0)
            {
                Assert.True(CursorOffset < 0, "one cursor per fixture");
                CursorPath = path;
                CursorOffset = clean.Length;
                i += 2;
            }
            else if (string.CompareOrdinal(text, i, "[|", 0, 2) == 0)
            {
                open = clean.Length;
                i += 2;
            }
            else if (string.CompareOrdinal(text, i, "|]", 0, 2) == 0)
            {
                Assert.NotNull(open);
                _marked.Add(new Location(path, TextSpan.FromBounds(open!.Value, clean.Length)));
                open = null;
                i += 2;
            }
            else
            {
                clean.Append(text[i++]);
            }
        }
        _texts[path] = clean.ToString();
        Write(path, clean.ToString());
    }

    private void Write(string path, string text)
    {
        var full = FullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
    }

    private string FullPath(string path) => System.IO.Path.Combine(Root, path.Replace('/', System.IO.Path.DirectorySeparatorChar));

    private static IEnumerable<(string Path, string Text)> Split(string fixture)
    {
        var lines = fixture.Replace("\r\n", "\n").Split('\n');
        string? path = null;
        var body = new StringBuilder();
        foreach (var line in lines)
        {
            if (line.StartsWith("//- ", StringComparison.Ordinal))
            {
                if (path is not null)
                {
                    yield return (path, body.ToString());
                }
                path = line[4..].Trim();
                body.Clear();
            }
            else if (path is not null)
            {
                body.Append(line).Append('\n');
            }
        }
        if (path is not null)
        {
            yield return (path, body.ToString());
        }
    }
}
