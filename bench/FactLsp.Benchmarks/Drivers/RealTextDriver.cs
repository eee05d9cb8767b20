using System.Text.Json;
using System.Text.Json.Serialization;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Workspace;

namespace FactLsp.Benchmarks.Drivers;

/// <summary>
/// <c>real-text-driver [DIR] [--list]</c>: checks a workspace of published texts (default
/// <c>../shared/real-text</c>) and scores the findings against its <c>truth.json</c>, a careful editor's
/// verdict on every quote span: correct quotes attributed right / not evident / wrongly accused, false alarms
/// (an error or warning on a correct quote outside <c>also_acceptable</c>), planted mistakes caught.
/// With <c>--list</c>, every quote that misses its verdict is printed with the findings on its line.
/// </summary>
/// <remarks>Each span of the set is on a line of its own, so a finding belongs to the quote on its line.</remarks>
internal static class RealTextDriver
{
    private static readonly string[] SpeakerRules = ["wrong-speaker", "speaker-not-evident"];

    /// <summary>Findings that mean the quote could not be given its speaker at all.</summary>
    private static readonly string[] UnattributedRules = ["quote-not-found", "not-quoted-in-source", "unverifiable-quote", "unknown-source", "unknown-speaker"];

    private sealed record TruthEntry(
        [property: JsonPropertyName("file")] string File,
        [property: JsonPropertyName("line")] int Line,
        [property: JsonPropertyName("snippet")] string Snippet,
        [property: JsonPropertyName("by")] string By,
        [property: JsonPropertyName("expected")] string Expected,
        [property: JsonPropertyName("why")] string Why,
        [property: JsonPropertyName("also_acceptable")] List<string>? AlsoAcceptable);

    public static int Run(string[] args)
    {
        var list = args.Contains("--list");
        var root = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? FindDefaultRoot();
        if (root is null || !File.Exists(Path.Combine(root, "truth.json")))
        {
            Console.Error.WriteLine("real-text-driver: give a folder holding truth.json (default: ../shared/real-text above the current folder).");
            return 2;
        }

        var truth = JsonSerializer.Deserialize<List<TruthEntry>>(File.ReadAllText(Path.Combine(root, "truth.json")))!;
        var snapshot = WorkspaceSnapshot.Load(root);
        var byLine = new Dictionary<(string, int), List<Diagnostic>>();
        foreach (var (file, diagnostics) in snapshot.GetAllDiagnostics())
        {
            foreach (var d in diagnostics)
            {
                var key = (file.Path, file.Lines.LineOf(d.Span.Start) + 1);
                if (!byLine.TryGetValue(key, out var at))
                {
                    byLine[key] = at = new List<Diagnostic>();
                }
                at.Add(d);
            }
        }

        int correct = 0, right = 0, notEvident = 0, accused = 0, unattributed = 0, falseAlarms = 0, planted = 0, caught = 0;
        var misses = new List<string>();
        foreach (var entry in truth)
        {
            var found = byLine.GetValueOrDefault((entry.File, entry.Line)) ?? [];
            var rules = found.Select(d => d.Code).ToList();
            var acceptable = entry.AlsoAcceptable ?? [];
            string? miss = null;
            if (entry.Expected is "right" or "quote-alteration")
            {
                correct++;
                if (rules.Contains("wrong-speaker"))
                {
                    accused++;
                    miss = "wrongly accused";
                }
                else if (rules.Contains("speaker-not-evident"))
                {
                    notEvident++;
                    miss = "not evident";
                }
                else if (rules.Any(UnattributedRules.Contains))
                {
                    unattributed++;
                    miss = "no speaker checked";
                }
                else
                {
                    right++;
                }
                var alarms = found.Where(d => d.Severity is Severity.Error or Severity.Warning && !acceptable.Contains(d.Code)).ToList();
                if (alarms.Count > 0)
                {
                    falseAlarms++;
                    miss = (miss is null ? "" : miss + "; ") + "false alarm";
                }
                else if (miss is not null && acceptable.Any(SpeakerRules.Contains) && rules.Any(acceptable.Contains))
                {
                    // The editor accepts this finding too: list it, but as acceptable.
                    miss += " (acceptable)";
                }
            }
            else
            {
                planted++;
                if (rules.Contains(entry.Expected))
                {
                    caught++;
                }
                else
                {
                    miss = $"planted {entry.Expected} missed";
                }
            }
            if (list && miss is not null)
            {
                misses.Add($"{entry.File}:{entry.Line} [{miss}] expected {entry.Expected} by {entry.By}: “{Shorten(entry.Snippet)}”\n"
                    + $"    why: {entry.Why}\n"
                    + string.Concat(found.Select(d => $"    {d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.Message}\n")));
            }
        }

        Console.WriteLine($"real text: {root} ({truth.Count} quotes)");
        Console.WriteLine($"  correct quotes ({correct}): attributed right {right} ({Percent(right, correct)}), not evident {notEvident}, wrongly accused {accused}, no speaker checked {unattributed}");
        Console.WriteLine($"  false alarms (error or warning on a correct quote, outside also_acceptable): {falseAlarms}");
        Console.WriteLine($"  planted mistakes caught: {caught} of {planted}");
        foreach (var miss in misses)
        {
            Console.Write(miss);
        }
        return 0;
    }

    private static string Percent(int part, int whole) => whole == 0 ? "n/a" : $"{100.0 * part / whole:N1}%";

    private static string Shorten(string text) => text.Length <= 70 ? text : text[..70] + "…";

    /// <summary>../shared/real-text from the current folder or any folder above it (the repository sits beside shared/).</summary>
    private static string? FindDefaultRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "real-text");
            if (File.Exists(Path.Combine(candidate, "truth.json")))
            {
                return Path.GetFullPath(candidate);
            }
        }
        return null;
    }
}
