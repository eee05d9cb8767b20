using System.Text;
using CsCheck;
using FactLsp.Core.Configuration;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Tests.Rules;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Tests.Workspace;

/// <summary>
/// For random sequences of edits (editor texts opened, changed and closed; files written and deleted
/// on disk; editor settings), the snapshot updated one edit at a time says exactly what a fresh load
/// of the same files, with the same editor texts and settings, says. Checks are read after random
/// steps, so the analyses a snapshot hands over to the next are put to the test too.
/// </summary>
public class SnapshotUpdatePropertyTests
{
    private static readonly string[] Articles = ["a1.md", "a2.md", "drafts/a3.md"];
    private static readonly string[] SourceFiles = ["sources/s1.txt", "sources/s2.md", "sources/s3.txt"];

    // extra/wire.txt is read only through an article's `file:` (or as a source when factlsp.yaml says
    // so); notes.txt is nothing FactLsp reads.
    internal static readonly string[] Paths = [.. Articles, .. SourceFiles, "people.yaml", "factlsp.yaml", "extra/wire.txt", "notes.txt"];

    private static readonly Gen<string> People = Gen.OneOf(
        "khalil: {name: Redur Khalil, aliases: [Khalil]}\nputin: {name: Vladimir Putin, aliases: [Putin]}\n",
        "khalil: {name: Redur Khalil, aliases: [Khalil]}\n",
        "putin: {name: Vladimir Putin, aliases: [Putin]}\nsdc: {name: SDC spokesman}\n",
        "khalil: {name: Redur Khalil, aliases: [Khalil\nputin: {name: Vladimir Putin}\n",
        "");

    private static readonly Gen<string> SourceFrontMatter = Gen.OneOf(
        "",
        "---\nid: dawn\ndate: 2019-01-25\nlanguage: en\n---\n",
        "---\nid: s2\n---\n",
        "---\nkind: transcript\nspeakers:\n  KHALIL: khalil\n---\n",
        "---\ntitle: \"broken\n---\n");

    private static readonly Gen<string> SourceSentence = Gen.OneOf(
        "Khalil said: “The noose is tightening around IS.”",
        "KHALIL: The fight goes on, and we will not negotiate.",
        "Putin said: “We work on issues of regional security.”",
        "PUTIN: The noose is tightening around IS.",
        "“The fight goes on,” Khalil said.",
        "Nobody said anything at all.",
        "The minister said that [“we work on issues of regional security”]{.quote by=khalil src=s1}.");

    private static readonly Gen<string> Source =
        from front in SourceFrontMatter
        from sentences in SourceSentence.Array[0, 3]
        from separator in Gen.OneOf("\n\n", " ", "\r\n\r\n")
        select front + string.Join(separator, sentences) + "\n";

    private static readonly Gen<string> ArticleFrontMatter = Gen.OneOf(
        "",
        "---\ndate: 2019-01-24\n---\n",
        "---\nspeakers:\n  sdc: {name: SDC spokesman}\nsources:\n  wire: {file: extra/wire.txt}\n---\n",
        "---\nsources:\n  wire: {file: ../extra/wire.txt, date: 2019-01-20}\n  dawn: {title: Dawn}\n---\n",
        "---\nsources:\n  wire: {file: sources/s3.txt}\n---\n",
        "---\nspeakers:\n  khalil: {name: R. Khalil}\n---\n",
        "---\ndate: [\n---\n");

    private static readonly Gen<string> ArticleLine = Gen.OneOf(
        "[“The noose is tightening around IS.”]{.quote by=khalil src=s1}",
        "[“The noose is closing around IS.”]{.quote by=putin src=dawn}",
        "[“We work on issues of regional security.”]{.quote by=putin src=s2}",
        "[“The fight goes on, and we will not negotiate.”]{.quote by=sdc src=wire}",
        "[“The fight goes on”]{.quote by=khalil src=s3} and [the noose]{.claim src=wire evidence=\"noose is tightening\"}",
        "Trump said \"we have won against ISIS in Syria\".",
        "<!-- factlsp-disable-next-line misquote wrong-speaker -->",
        "[“x”]{.quote by=nobody src=extra mood=x}",
        "Khalil said [“we will not negotiate”]{.quote by=khalil src=s1}.");

    private static readonly Gen<string> Article =
        from front in ArticleFrontMatter
        from lines in ArticleLine.Array[0, 4]
        select front + string.Join("\n", lines) + "\n";

    private static readonly Gen<string> Config = Gen.OneOf(
        "rules:\n  misquote: error\n  unattributed-quote: off\n",
        "matching:\n  misquote-similarity: 0.9\n",
        "sources: [\"sources/**\", \"extra/**\"]\n",
        "articles: [\"*.md\"]\n",
        "rules: [\n");

    private static readonly Gen<ConfigOverrides> Overrides =
        from misquote in Gen.OneOf<Severity?>(null, Severity.Off, Severity.Error)
        from similarity in Gen.OneOf<double?>(null, 0.7, 0.95)
        select new ConfigOverrides(
            misquote is { } s ? new Dictionary<string, Severity> { ["misquote"] = s } : new Dictionary<string, Severity>(),
            similarity);

    internal static Gen<string> TextFor(string path) => path switch
    {
        "people.yaml" => People,
        "factlsp.yaml" => Config,
        _ when path.EndsWith(".md", StringComparison.Ordinal) && !path.StartsWith("sources/", StringComparison.Ordinal) => Article,
        _ => Source,
    };

    private enum EditKind { EditorText, Close, DiskWrite, DiskDelete, Settings }

    private sealed record Edit(EditKind Kind, string Path, string? Text, ConfigOverrides? Overrides, bool Observe)
    {
        public override string ToString() => Kind switch
        {
            EditKind.Settings => $"Settings({Overrides!.RuleSeverities.Count} severities, {Overrides.MisquoteSimilarity}){(Observe ? " +read" : "")}",
            _ => $"{Kind}({Path}{(Text is null ? "" : ", " + Escape(Text))}){(Observe ? " +read" : "")}",
        };
    }

    private static readonly Gen<Edit> AnEdit =
        from path in Gen.OneOf(Paths)
        from kind in Gen.Frequency((4, Gen.Const(EditKind.EditorText)), (2, Gen.Const(EditKind.Close)), (4, Gen.Const(EditKind.DiskWrite)),
            (1, Gen.Const(EditKind.DiskDelete)), (1, Gen.Const(EditKind.Settings)))
        from text in TextFor(path)
        from overrides in Overrides
        from observe in Gen.Bool
        select new Edit(kind, path, kind is EditKind.EditorText or EditKind.DiskWrite ? text : null, kind == EditKind.Settings ? overrides : null, observe);

    internal static readonly Gen<Dictionary<string, string>> InitialDisk =
        from texts in Gen.Select(Article, Article, Article, Source, Source, Source, People)
        from config in Gen.OneOf<string?>(null, null, "rules:\n  quote-alteration: off\n")
        select Initial(texts, config);

    [Fact]
    public void Any_sequence_of_edits_gives_what_a_fresh_load_gives()
    {
        Gen.Select(InitialDisk, AnEdit.Array[1, 10]).Sample((disk, edits) => Replay(disk, edits), iter: 200,
            print: sample => string.Join("\n", sample.Item2.Select(e => e.ToString())));
    }

    [Fact]
    public void A_file_read_through_an_articles_file_entry_is_read_again_when_it_changes_on_disk()
    {
        var disk = new Dictionary<string, string>
        {
            ["people.yaml"] = "sdc: {name: SDC spokesman}\n",
            ["a1.md"] = "---\nsources:\n  wire: {file: extra/wire.txt}\n---\n[“The fight goes on.”]{.quote by=sdc src=wire}\n",
            ["extra/wire.txt"] = "The spokesman said: “The fight goes on.”\n",
        };
        Replay(disk, [
            new Edit(EditKind.Settings, "", null, ConfigOverrides.None, Observe: true),
            new Edit(EditKind.DiskWrite, "extra/wire.txt", "Nothing was said.\n", null, Observe: true),
        ]);
    }

    [Fact]
    public void An_unknown_source_is_offered_the_ids_of_sources_added_since()
    {
        var disk = new Dictionary<string, string>
        {
            ["people.yaml"] = "khalil: {name: Redur Khalil}\n",
            ["a1.md"] = "[“The fight goes on.”]{.quote by=khalil src=s1}\n",
            ["sources/s2.txt"] = "Khalil said: “The fight goes on.”\n",
        };
        Replay(disk, [
            new Edit(EditKind.Settings, "", null, ConfigOverrides.None, Observe: true),
            new Edit(EditKind.DiskWrite, "sources/s3.txt", "Khalil said: “The fight goes on.”\n", null, Observe: true),
        ]);
    }

    [Fact]
    public void The_editors_text_of_a_file_that_becomes_a_source_is_kept()
    {
        var disk = new Dictionary<string, string>
        {
            ["people.yaml"] = "khalil: {name: Redur Khalil}\n",
            ["a1.md"] = "[“The fight goes on.”]{.quote by=khalil src=wire}\n",
            ["extra/wire.txt"] = "Nothing was said.\n",
        };
        Replay(disk, [
            new Edit(EditKind.EditorText, "extra/wire.txt", "Khalil said: “The fight goes on.”\n", null, Observe: true),
            new Edit(EditKind.EditorText, "factlsp.yaml", "sources: [\"sources/**\", \"extra/**\"]\n", null, Observe: true),
        ]);
    }

    private static void Replay(Dictionary<string, string> initial, IReadOnlyList<Edit> edits)
    {
        using var workspace = FixtureWorkspace.Empty();
        foreach (var (path, text) in initial)
        {
            workspace.Write(path, text);
        }
        var overlays = new Dictionary<string, string>(StringComparer.Ordinal);
        var overrides = ConfigOverrides.None;
        var snapshot = WorkspaceSnapshot.Load(workspace.Root);
        foreach (var edit in edits)
        {
            switch (edit.Kind)
            {
                case EditKind.EditorText:
                    overlays[edit.Path] = edit.Text!;
                    snapshot = snapshot.WithText(edit.Path, edit.Text!);
                    break;
                case EditKind.Close:
                    overlays.Remove(edit.Path);
                    snapshot = snapshot.WithoutText(edit.Path);
                    break;
                case EditKind.DiskWrite:
                    workspace.Write(edit.Path, edit.Text!);
                    snapshot = snapshot.WithDiskChange(edit.Path);
                    break;
                case EditKind.DiskDelete:
                    workspace.Delete(edit.Path);
                    snapshot = snapshot.WithDiskDeletion(edit.Path);
                    break;
                case EditKind.Settings:
                    overrides = edit.Overrides!;
                    snapshot = snapshot.WithOverrides(overrides);
                    break;
            }
            if (edit.Observe)
            {
                _ = Render(snapshot);
            }
        }
        var fresh = WorkspaceSnapshot.Load(workspace.Root, overrides, overlays);
        Assert.Equal(Render(fresh), Render(snapshot));
    }

    /// <summary>Every file with its kind and every diagnostic with all it carries, one per line.</summary>
    private static string Render(WorkspaceSnapshot snapshot)
    {
        var text = new StringBuilder();
        foreach (var file in snapshot.Files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            text.Append(file.Path).Append(" (").Append(file.Kind).Append(snapshot.IsOpenInEditor(file.Path) ? ", open" : "").AppendLine(")");
            foreach (var d in snapshot.GetDiagnostics(file.Path))
            {
                text.Append("  ").Append(d.Span).Append(' ').Append(d.Severity.ToName()).Append(' ').Append(d.Code).Append(": ").AppendLine(d.Message);
                foreach (var r in d.Related)
                {
                    text.Append("    related ").Append(r.Location.Path).Append(r.Location.Span).Append(": ").AppendLine(r.Message);
                }
                foreach (var fix in d.Fixes)
                {
                    text.Append("    fix ").Append(fix.Title).Append(": ")
                        .AppendLine(string.Join("; ", fix.Edits.Select(e => $"{e.Path}{e.Span}={Escape(e.NewText)}")));
                }
            }
            if (snapshot.GetAnalysis(file.Path) is { } analysis)
            {
                foreach (var result in analysis.Results)
                {
                    text.Append("  ").Append(result.Annotation.Span).Append(' ').Append(result.Verdict).Append(' ').Append(result.Standing)
                        .Append(" speaker=").Append(result.Speaker?.Id).Append(" source=").Append(result.Source?.Id)
                        .Append(" passage=").Append(result.Passage?.Path).Append(result.Passage?.Span)
                        .Append(" attributed=").AppendLine(result.Attribution?.SpeakerId);
                }
            }
        }
        return text.ToString();
    }

    private static Dictionary<string, string> Initial((string, string, string, string, string, string, string) texts, string? config)
    {
        var (a1, a2, a3, s1, s2, s3, people) = texts;
        var disk = new Dictionary<string, string>
        {
            ["a1.md"] = a1, ["a2.md"] = a2, ["drafts/a3.md"] = a3,
            ["sources/s1.txt"] = s1, ["sources/s2.md"] = s2, ["sources/s3.txt"] = s3,
            ["people.yaml"] = people,
            ["extra/wire.txt"] = "The spokesman said: “The fight goes on, and we will not negotiate.”\n",
        };
        if (config is not null)
        {
            disk["factlsp.yaml"] = config;
        }
        return disk;
    }

    private static string Escape(string text) => text.Replace("\r", "\\r").Replace("\n", "\\n");
}
