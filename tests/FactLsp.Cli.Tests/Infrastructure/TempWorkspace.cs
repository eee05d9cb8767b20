namespace FactLsp.Cli.Tests.Infrastructure;

/// <summary>
/// A workspace folder of its own under the temporary folder, deleted on dispose: the shared
/// <see cref="FactLsp.Testing.FixtureWorkspace"/>, filled with files given as text (generated
/// contents, not fixture texts: nothing in them is read as a marker).
/// </summary>
internal sealed class TempWorkspace : IDisposable
{
    private readonly FactLsp.Testing.FixtureWorkspace _workspace = FactLsp.Testing.FixtureWorkspace.Empty();

    public TempWorkspace(params (string Path, string Text)[] files)
    {
        foreach (var (path, text) in files)
        {
            Write(path, text);
        }
    }

    public string Root => _workspace.Root;

    public string this[string path] => _workspace.PathOf(path);

    public void Write(string path, string text) => _workspace.Write(path, text);

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

    public void Dispose() => _workspace.Dispose();
}
