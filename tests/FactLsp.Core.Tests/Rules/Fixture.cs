using System.Text.RegularExpressions;

namespace FactLsp.Core.Tests.Rules;

/// <summary>
/// A rule fixture: a whole workspace (articles, sources, <c>people.yaml</c>, <c>factlsp.yaml</c>) in
/// one text, with the expected diagnostics written under the lines they lie on, as texlab and
/// rust-analyzer write theirs. The format:
/// <list type="bullet">
/// <item>Lines before the first header describe the fixture; they are not a file.</item>
/// <item><c>//- PATH [OPTION…]</c> starts a file at PATH, relative to the workspace root (<c>../x</c>
/// lies outside it). Options: <c>crlf</c> (written with "\r\n" line ends); <c>escapes</c> (<c>\xNN</c>
/// is written as that raw byte, for invalid UTF-8); <c>seed=NAME</c> (the body is followed by the
/// seed file <c>shared/seed/NAME</c>, verbatim); <c>size=BYTES</c> (the body is repeated past that
/// size); <c>link=TARGET</c> (a symbolic link to TARGET, as <c>ln -s</c> takes it; the body must be
/// empty, but may hold markers: a link has no text of its own). Each line of the body ends with a line break; one blank line before a header (or at the
/// end) is dropped, so files can be set apart; a header with no body is an empty file.</item>
/// <item>A marker line expects something of the nearest text line above it (of line 1 when there is none) (marker lines are removed
/// before the file is written; every other line is the file's, verbatim). Its carets cover the
/// expected range: the first <c>^</c> sits under the first character, the last under the last, in
/// UTF-16 columns of the written text (an emoji takes two). Forms:
/// <list type="bullet">
/// <item><c>^^^ SEVERITY RULE</c> or <c>^^^ SEVERITY RULE: FRAGMENT</c>: a diagnostic with that
/// severity and rule code, exactly there, whose message contains FRAGMENT.</item>
/// <item><c>| SEVERITY RULE</c>: the same on an empty range at the column of the bar.</item>
/// <item><c>^^^&gt; SEVERITY RULE…</c> opens a range that goes on past the line; the next
/// <c>^^^&lt;</c> marker closes it after its last caret.</item>
/// <item><c>^^^ related RULE</c>: some diagnostic of RULE lists exactly this range (of this file) among
/// its related locations.</item>
/// <item><c>^^^ verdict VERDICT</c>, optionally followed by <c>attributed-to ID</c> (or
/// <c>attributed-to nobody</c>): the annotation whose content is exactly this range has that verdict
/// (verified, verified-with-alterations, misquote, not-found, unverifiable, not-checked) and the
/// source gives its words to that person.</item>
/// </list></item>
/// </list>
/// Diagnostics are checked exactly: every diagnostic of every file must be marked, and every
/// diagnostic marker must be met. A fixture with no diagnostic markers expects a clean workspace.
/// </summary>
internal sealed partial class Fixture
{
    private Fixture(string name, string description, IReadOnlyList<FixtureFile> files)
    {
        Name = name;
        Description = description;
        Files = files;
    }

    public string Name { get; }

    public string Description { get; }

    public IReadOnlyList<FixtureFile> Files { get; }

    public IEnumerable<FixtureMarker> Markers => Files.SelectMany(f => f.Markers);

    public static Fixture Parse(string name, string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var description = new List<string>();
        var files = new List<FixtureFile>();
        string? path = null;
        IReadOnlyList<string> options = [];
        var body = new List<string>();
        var markers = new List<FixtureMarker>();
        PendingMarker? open = null;

        void Finish()
        {
            if (path is null)
            {
                return;
            }
            if (open is not null)
            {
                throw new FormatException($"{name}: the range opened in {path} at {open.Line + 1}:{open.Column + 1} is never closed with ^^^<.");
            }
            if (body.Count > 0 && body[^1].Length == 0)
            {
                body.RemoveAt(body.Count - 1);
            }
            files.Add(new FixtureFile(path, string.Concat(body.Select(l => l + "\n")), options, markers.ToList()));
            body.Clear();
            markers.Clear();
        }

        foreach (var line in lines)
        {
            var header = HeaderPattern().Match(line);
            if (header.Success)
            {
                Finish();
                path = header.Groups["path"].Value;
                options = header.Groups["options"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                continue;
            }
            if (path is null)
            {
                description.Add(line);
                continue;
            }
            var marker = MarkerPattern().Match(line);
            if (!marker.Success)
            {
                body.Add(line);
                continue;
            }
            // A marker right under the header speaks of the first line (of an empty file, or a link).
            var target = Math.Max(0, body.Count - 1);
            var carets = marker.Groups["carets"];
            var column = carets.Index;
            var end = carets.Value == "|" ? column : column + carets.Length;
            var arrow = marker.Groups["arrow"].Value;
            var what = marker.Groups["what"].Value.Trim();
            if (arrow == "<")
            {
                if (open is null || what.Length > 0)
                {
                    throw new FormatException($"{name}: '^^^<' closes an opened range and says nothing more: {line}");
                }
                markers.Add(open.Complete(path, target, end));
                open = null;
                continue;
            }
            var pending = PendingMarker.Read(name, line, what, target, column);
            if (arrow == ">")
            {
                open = open is null ? pending : throw new FormatException($"{name}: two ranges opened at once in {path}.");
                continue;
            }
            markers.Add(pending.Complete(path, target, end));
        }
        Finish();
        if (files.Count == 0)
        {
            throw new FormatException($"{name}: no '//- PATH' header.");
        }
        return new Fixture(name, string.Join('\n', description).Trim(), files);
    }

    [GeneratedRegex(@"^//-\s+(?<path>\S+)(?<options>(?:\s+\S+)*)\s*$")]
    private static partial Regex HeaderPattern();

    // Any line of carets is a marker (a typo in it fails loudly); a bar is one only before a known word,
    // so a Markdown table row stays text.
    [GeneratedRegex(@"^\s*(?:(?<carets>\^+)(?<arrow>[<>]?)(?:\s+(?<what>.*))?|(?<carets>\|)(?<arrow>[<>]?)(?:\s+(?<what>(?:error|warning|info|hint|related|verdict)\b.*))?)\s*$")]
    private static partial Regex MarkerPattern();

    private sealed record PendingMarker(FixtureMarkerKind Kind, string? Severity, string? Rule, string? Fragment, string? Verdict, string? AttributedTo, int Line, int Column)
    {
        public FixtureMarker Complete(string path, int endLine, int endColumn) =>
            new(path, Kind, Line, Column, endLine, endColumn, Severity, Rule, Fragment, Verdict, AttributedTo);

        public static PendingMarker Read(string fixture, string line, string what, int target, int column)
        {
            var parts = what.Split(' ', 2, StringSplitOptions.TrimEntries);
            var rest = parts.Length > 1 ? parts[1] : string.Empty;
            switch (parts[0])
            {
                case "verdict":
                    var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (words.Length is not (1 or 3) || (words.Length == 3 && words[1] != "attributed-to"))
                    {
                        throw new FormatException($"{fixture}: 'verdict VERDICT [attributed-to ID]' expected: {line}");
                    }
                    return new PendingMarker(FixtureMarkerKind.Verdict, null, null, null, words[0], words.Length == 3 ? words[2] : null, target, column);
                case "related":
                case "error" or "warning" or "info" or "hint":
                    var colon = rest.IndexOf(':');
                    var rule = (colon < 0 ? rest : rest[..colon]).Trim();
                    var fragment = colon < 0 ? null : rest[(colon + 1)..].Trim();
                    if (Diagnostics.Rules.Find(rule) is null)
                    {
                        throw new FormatException($"{fixture}: unknown rule '{rule}': {line}");
                    }
                    return parts[0] == "related"
                        ? new PendingMarker(FixtureMarkerKind.Related, null, rule, fragment, null, null, target, column)
                        : new PendingMarker(FixtureMarkerKind.Diagnostic, parts[0], rule, fragment, null, null, target, column);
                default:
                    throw new FormatException($"{fixture}: a marker needs a severity, 'related' or 'verdict': {line}");
            }
        }
    }
}

/// <summary>One file of a fixture: its text as written in the fixture (marker lines removed) and how to write it.</summary>
internal sealed record FixtureFile(string Path, string Text, IReadOnlyList<string> Options, IReadOnlyList<FixtureMarker> Markers)
{
    public bool Has(string option) => Options.Contains(option);

    public string? Option(string name) =>
        Options.FirstOrDefault(o => o.StartsWith(name + "=", StringComparison.Ordinal))?[(name.Length + 1)..];
}

internal enum FixtureMarkerKind
{
    Diagnostic,
    Related,
    Verdict,
}

/// <summary>What a marker line expects, at 0-based lines and UTF-16 columns of its file.</summary>
internal sealed record FixtureMarker(
    string Path,
    FixtureMarkerKind Kind,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn,
    string? Severity,
    string? Rule,
    string? Fragment,
    string? Verdict,
    string? AttributedTo);
