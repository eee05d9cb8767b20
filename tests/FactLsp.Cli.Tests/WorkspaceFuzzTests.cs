using System.Text.Json;
using CsCheck;
using FactLsp.Cli.Tests.Infrastructure;
using Xunit.Abstractions;

namespace FactLsp.Cli.Tests;

/// <summary>
/// Random workspaces through the whole check: articles built from Markdown's and the annotation
/// language's pieces (deep nesting, unclosed brackets, stray quotation marks), front matter and
/// people.yaml built from YAML's (anchors, aliases, flow and block collections, tags, tabs).
/// Whatever the files hold, no exception escapes, the report parses, and every file is counted.
/// CsCheck prints the seed of a failing workspace, so that it replays.
/// </summary>
public class WorkspaceFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] MarkdownPieces =
    [
        "[", "]", "{", "}", "{.quote by=khalil src=briefing}", "{.quote by=", "{.term}", "{.claim src=briefing}", "{#id .x key=\"v\"}",
        "“", "”", "\"", "‘", "’", "'", "«", "»", "*", "**", "_", "`", "```\n", "> ", "- ", "1. ", "# ", "\n", "\n\n", "\r\n", "\t",
        "<!-- factlsp-disable misquote -->", "<!--", "-->", "<span>", "\\", "=", ".", ",", " ", " ", " ", "Khalil said", "the noose",
        "is tightening", "around IS", "Geographically,", "🙂", "\u0301", "\u200b", "|a|b|\n|-|-|\n", "[x](http://e.com)", "![i](j.png)",
        "---\n", "[[[[[[[[[[[[[[[[[[[[", "]]]]]]]]]]]]]]]]]]]]", "********************", "> > > > > > > > > > ",
    ];

    private static readonly string[] YamlPieces =
    [
        "speakers:", "sources:", "khalil:", "name: Redur Khalil", "aliases: [Khalil]", "  - ", "id: x", "file: sources/briefing.txt",
        "&a ", "*a", "&b ", "*b", "[", "]", "{", "}", ":", ": ", ",", "\n", "  ", "    ", "\t", "x", "'", "\"", "|", ">", "? ", "!!str ",
        "!!map ", "%YAML 1.2\n", "---\n", "...\n", "# c\n", "<<: *a\n", "null", "~", "1e99", "0x1F", "-", "🙂",
    ];

    private static Gen<string> Text(string[] pieces, int max) => Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]).Array[0, max].Select(string.Concat);

    private static readonly Gen<(string[] Articles, string FrontMatter, string People)> Workspaces =
        Gen.Select(Text(MarkdownPieces, 120).Array[1, 4], Text(YamlPieces, 40), Text(YamlPieces, 60));

    /// <summary>30 workspaces in CI; FACTLSP_FUZZ_ITER=N runs more (CsCheck_Seed=… replays one).</summary>
    private static long Iterations => long.TryParse(Environment.GetEnvironmentVariable("FACTLSP_FUZZ_ITER"), out var n) ? n : 30;

    [Fact]
    public void Any_workspace_is_checked_whole_without_an_exception()
    {
        var workspaces = 0;
        var diagnostics = 0;
        Workspaces.Sample(w =>
        {
            var (articles, frontMatter, people) = w;
            using var ws = new TempWorkspace(("people.yaml", people), ("sources/briefing.txt", "Khalil said: “Geographically, the noose is tightening around IS.”\n"));
            for (var i = 0; i < articles.Length; i++)
            {
                ws.Write($"articles/a{i}.md", i == 0 ? $"---\n{frontMatter}\n---\n{articles[i]}" : articles[i]);
            }

            var result = InProcessCli.RunAsync("check", ws.Root, "--format", "json").GetAwaiter().GetResult();

            Assert.True(result.ExitCode is 0 or 1, result.ToString());
            Assert.Equal("", result.Stderr);
            using var json = JsonDocument.Parse(result.Stdout);
            Assert.Equal(articles.Length + 2, json.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
            var found = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
            Assert.DoesNotContain(found, d => d.GetProperty("message").GetString()!.Contains("could not be checked"));
            Interlocked.Increment(ref workspaces);
            Interlocked.Add(ref diagnostics, found.Count);
        }, iter: Iterations, threads: 1, print: w => $"people.yaml:\n{w.People}\nfront matter:\n{w.FrontMatter}\narticles:\n{string.Join("\n=====\n", w.Articles)}");
        output.WriteLine($"{workspaces} workspaces, {diagnostics} diagnostics");
    }
}
