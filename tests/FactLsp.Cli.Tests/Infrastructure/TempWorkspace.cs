using System.Text;

namespace FactLsp.Cli.Tests.Infrastructure;

/// <summary>A workspace folder of its own under the temporary folder, deleted on dispose.</summary>
internal sealed class TempWorkspace : IDisposable
{
    public TempWorkspace(params (string Path, string Text)[] files)
    {
        Root = Path.Combine(Path.GetTempPath(), "factlsp-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        foreach (var (path, text) in files)
        {
            Write(path, text);
        }
    }

    public string Root { get; }

    public string this[string path] => Path.Combine(Root, path.Replace('/', Path.DirectorySeparatorChar));

    public void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(this[path])!);
        File.WriteAllText(this[path], text, new UTF8Encoding(false));
    }

    /// <summary>A workspace with one verified quote, one misquote (a warning) and, if asked, one unknown speaker (an error).</summary>
    public static TempWorkspace WithFindings(bool error = true, string lineEnd = "\n", string beforeQuote = "") => new(
        ("people.yaml", "khalil: {name: Redur Khalil, aliases: [Khalil]}\n"),
        ("sources/briefing.txt", "Khalil said: “Geographically, the noose is tightening around IS.”\n"),
        ("article.md", string.Join(lineEnd,
            "# Briefing",
            "",
            "[“Geographically, the noose is tightening around IS.”]{.quote by=khalil src=briefing}",
            $"{beforeQuote}Khalil said [“Geographically, the noose is closing around IS.”]{{.quote by=khalil src=briefing}}",
            error ? "[“Geographically, the noose is tightening around IS.”]{.quote by=kalil src=briefing}" : "",
            "")));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is no test failure.
        }
    }
}
