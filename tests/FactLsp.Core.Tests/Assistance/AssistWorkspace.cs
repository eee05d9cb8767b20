using System.Text;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Tests.Assistance;

/// <summary>
/// A small workspace on disk written from one fixture text, as texlab's tests write theirs: each file
/// starts with a line <c>%! path</c>, and <c>$0</c> marks the cursor (the marker is removed before the
/// files are written). With <c>crlf</c>, every file is written with CRLF line endings.
/// </summary>
internal sealed class AssistWorkspace : IDisposable
{
    public const string Marker = "$0";

    private AssistWorkspace(string root, WorkspaceSnapshot snapshot, string? cursorPath, int cursorOffset)
    {
        Root = root;
        Snapshot = snapshot;
        CursorPath = cursorPath;
        CursorOffset = cursorOffset;
    }

    public string Root { get; }

    public WorkspaceSnapshot Snapshot { get; }

    /// <summary>The file holding the <c>$0</c> marker.</summary>
    public string? CursorPath { get; }

    /// <summary>The marker's offset in that file, after the marker was removed.</summary>
    public int CursorOffset { get; }

    public string Cursor => CursorPath ?? throw new InvalidOperationException("The fixture has no $0 marker.");

    public static AssistWorkspace Create(string fixture, bool crlf = false)
    {
        var root = Path.Combine(Path.GetTempPath(), "factlsp-assist-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        string? cursorPath = null;
        var cursorOffset = -1;
        foreach (var (path, raw) in Split(fixture))
        {
            var text = crlf ? raw.Replace("\r\n", "\n").Replace("\n", "\r\n") : raw;
            var marker = text.IndexOf(Marker, StringComparison.Ordinal);
            if (marker >= 0)
            {
                Assert.Null(cursorPath);
                cursorPath = path;
                cursorOffset = marker;
                text = text.Remove(marker, Marker.Length);
            }
            var full = Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
        }
        return new AssistWorkspace(root, WorkspaceSnapshot.Load(root), cursorPath, cursorOffset);
    }

    /// <summary>The text of the real Dawn report as the example workspace holds it (with front matter).</summary>
    public static string DawnSource => File.ReadAllText(Path.Combine(RepositoryRoot(), "examples", "sources", "dawn-2019-01-24.txt"));

    /// <summary>The example's people.yaml (Khalil, Putin, Erdogan, Trump, Assad).</summary>
    public static string ExamplePeople => File.ReadAllText(Path.Combine(RepositoryRoot(), "examples", "people.yaml"));

    /// <summary>A fixture section holding <paramref name="text"/> at <paramref name="path"/>.</summary>
    public static string FileSection(string path, string text) => $"%! {path}\n{text}" + (text.EndsWith('\n') ? string.Empty : "\n");

    /// <summary>The snapshot after a fix's edits (each file's edits applied from the end, as an editor applies a WorkspaceEdit).</summary>
    public static WorkspaceSnapshot Apply(WorkspaceSnapshot snapshot, SuggestedFix fix)
    {
        foreach (var group in fix.Edits.GroupBy(e => e.Path))
        {
            var text = snapshot.GetFile(group.Key)?.Text ?? string.Empty;
            foreach (var edit in group.OrderByDescending(e => e.Span.Start))
            {
                text = text.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
            }
            snapshot = snapshot.WithText(group.Key, text);
        }
        return snapshot;
    }

    public string TextOf(string path) => Snapshot.GetFile(path)?.Text ?? throw new InvalidOperationException($"No file {path}.");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static IEnumerable<(string Path, string Text)> Split(string fixture)
    {
        fixture = fixture.Replace("\r\n", "\n");
        string? path = null;
        var text = new StringBuilder();
        foreach (var line in fixture.Split('\n'))
        {
            if (line.StartsWith("%! ", StringComparison.Ordinal))
            {
                if (path is not null)
                {
                    yield return (path, text.ToString());
                }
                path = line[3..].Trim();
                text.Clear();
                continue;
            }
            if (path is not null)
            {
                text.Append(line).Append('\n');
            }
        }
        if (path is not null)
        {
            yield return (path, text.ToString());
        }
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactLsp.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (FactLsp.sln) was not found above the test binaries.");
    }
}
