using System.Text.RegularExpressions;

namespace FactLsp.Testing;

/// <summary>
/// The one fixture format of the test suites (docs/testing.md): a whole workspace in one text, with the
/// cursor, the expected ranges and the expected diagnostics written in it, as texlab's and
/// rust-analyzer's fixtures are. The format:
/// <list type="bullet">
/// <item>Lines before the first header describe the fixture; they are not a file.</item>
/// <item><c>//- PATH [OPTION…]</c> starts a file at PATH, relative to the workspace root (<c>../x</c>
/// lies outside it). Options: <c>crlf</c> (written with "\r\n" line ends); <c>escapes</c> (<c>\xNN</c>
/// is written as that raw byte, for invalid UTF-8); <c>seed=NAME</c> (the body is followed by the
/// seed file <c>shared/seed/NAME</c>, verbatim); <c>size=BYTES</c> (the body is repeated past that
/// size); <c>link=TARGET</c> (a symbolic link to TARGET, as <c>ln -s</c> takes it; the body must be
/// empty, but may hold markers). Each line of the body ends with a line break; one blank line before
/// a header (or at the end) is dropped, so files can be set apart; a header with no body is an empty file.</item>
/// <item><c>$0</c> in a line of a file is the cursor (one per fixture); it is removed before the file is written.</item>
/// <item>A marker line expects something of the nearest text line above it (of line 1 when there is
/// none); marker lines are removed before the file is written, every other line is the file's,
/// verbatim. Its carets cover the range: the first <c>^</c> sits under the first character, the last
/// under the last, in UTF-16 columns of the written line (an emoji takes two). A bar <c>|</c> is an
/// empty range at its column. <c>^^^&gt;</c> opens a range that goes on past the line; the next
/// <c>^^^&lt;</c> (or <c>|&lt;</c>) closes it after its last caret (at the bar). After the carets:
/// <list type="bullet">
/// <item>nothing: an expected range (<see cref="Ranges"/>), in file then text order;</item>
/// <item><c>SEVERITY RULE</c> or <c>SEVERITY RULE: FRAGMENT</c> (error, warning, info, hint): a
/// diagnostic exactly there whose message contains FRAGMENT;</item>
/// <item><c>related RULE[: FRAGMENT]</c>: a related location of some diagnostic of RULE;</item>
/// <item><c>verdict VERDICT [attributed-to ID]</c>: the annotation whose content is the range has that verdict.</item>
/// </list></item>
/// </list>
/// What a marker means beyond its range is for the runner that reads it (a rule fixture checks every
/// diagnostic exactly); the format only reads it. A malformed fixture fails with its line.
/// </summary>
public sealed partial class Fixture
{
    public const string CursorMarker = "$0";

    private static readonly string[] s_severities = ["error", "warning", "info", "hint"];

    private Fixture(string name, string text, string description, IReadOnlyList<FixtureFile> files, FixtureCursor? cursor)
    {
        Name = name;
        Text = text;
        Description = description;
        Files = files;
        Cursor = cursor;
    }

    public string Name { get; }

    /// <summary>The fixture text as given (what bless mode rewrites).</summary>
    public string Text { get; }

    public string Description { get; }

    public IReadOnlyList<FixtureFile> Files { get; }

    /// <summary>Where <c>$0</c> stood, if the fixture has one.</summary>
    public FixtureCursor? Cursor { get; }

    public IEnumerable<FixtureMarker> Markers => Files.SelectMany(f => f.Markers);

    /// <summary>The plain expected ranges (markers with nothing after the carets), in file order then text order.</summary>
    public IReadOnlyList<FixtureMarker> Ranges =>
        Files.SelectMany(f => f.Markers.Where(m => m.Kind == FixtureMarkerKind.Range)
            .OrderBy(m => m.StartLine).ThenBy(m => m.StartColumn)).ToList();

    /// <summary>A file section: a header for <paramref name="path"/> and <paramref name="text"/> as its body.</summary>
    public static string File(string path, string text) => $"//- {path}\n{text}" + (text.EndsWith('\n') ? string.Empty : "\n");

    public static Fixture Parse(string text, string name = "fixture")
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var description = new List<string>();
        var files = new List<FixtureFile>();
        string? path = null;
        var header = 0;
        IReadOnlyList<string> options = [];
        var body = new List<string>();
        var bodyLines = new List<int>();
        var markers = new List<FixtureMarker>();
        FixtureCursor? cursor = null;
        Pending? open = null;

        void Finish()
        {
            if (path is null)
            {
                return;
            }
            if (open is not null)
            {
                throw new FixtureFormatException(name, open.SourceLine, $"the range opened in {path} is never closed with ^^^<", lines[open.SourceLine - 1]);
            }
            if (body.Count > 0 && body[^1].Length == 0)
            {
                body.RemoveAt(body.Count - 1);
                bodyLines.RemoveAt(bodyLines.Count - 1);
            }
            files.Add(new FixtureFile(path, string.Concat(body.Select(l => l + "\n")), options, markers.ToList(), header, bodyLines.ToList()));
            body.Clear();
            bodyLines.Clear();
            markers.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var number = i + 1;
            var head = HeaderPattern().Match(line);
            if (head.Success)
            {
                Finish();
                path = head.Groups["path"].Value;
                header = number;
                options = head.Groups["options"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                foreach (var option in options.Where(o => !IsKnownOption(o)))
                {
                    throw new FixtureFormatException(name, number, $"unknown option '{option}' (crlf, escapes, seed=NAME, size=BYTES, link=TARGET)", line);
                }
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
                var at = line.IndexOf(CursorMarker, StringComparison.Ordinal);
                if (at >= 0)
                {
                    if (cursor is not null || line.IndexOf(CursorMarker, at + 1, StringComparison.Ordinal) >= 0)
                    {
                        throw new FixtureFormatException(name, number, "a second cursor $0 (one per fixture)", line);
                    }
                    cursor = new FixtureCursor(path, body.Count, at);
                    line = line.Remove(at, CursorMarker.Length);
                }
                body.Add(line);
                bodyLines.Add(number);
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
                    throw new FixtureFormatException(name, number, "'^^^<' closes an opened range and says nothing more", line);
                }
                markers.Add(open.Complete(path, target, end, number));
                open = null;
                continue;
            }
            var pending = Read(name, number, line, what, target, column);
            if (arrow == ">")
            {
                open = open is null ? pending : throw new FixtureFormatException(name, number, $"two ranges opened at once in {path}", line);
                continue;
            }
            markers.Add(pending.Complete(path, target, end, number));
        }
        Finish();
        if (files.Count == 0)
        {
            throw new FixtureFormatException(name, 1, "no '//- PATH' header", lines[0]);
        }
        return new Fixture(name, text, string.Join('\n', description).Trim(), files, cursor);
    }

    private static bool IsKnownOption(string option) =>
        option is "crlf" or "escapes"
        || option.StartsWith("seed=", StringComparison.Ordinal)
        || option.StartsWith("size=", StringComparison.Ordinal)
        || option.StartsWith("link=", StringComparison.Ordinal);

    private static Pending Read(string fixture, int number, string line, string what, int target, int column)
    {
        if (what.Length == 0)
        {
            return new Pending(FixtureMarkerKind.Range, null, null, null, null, null, target, column, number);
        }
        var parts = what.Split(' ', 2, StringSplitOptions.TrimEntries);
        var rest = parts.Length > 1 ? parts[1] : string.Empty;
        switch (parts[0])
        {
            case "verdict":
                var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length is not (1 or 3) || (words.Length == 3 && words[1] != "attributed-to"))
                {
                    throw new FixtureFormatException(fixture, number, "'verdict VERDICT [attributed-to ID]' expected", line);
                }
                return new Pending(FixtureMarkerKind.Verdict, null, null, null, words[0], words.Length == 3 ? words[2] : null, target, column, number);
            case "related":
            case var severity when s_severities.Contains(severity):
                var colon = rest.IndexOf(':');
                var rule = (colon < 0 ? rest : rest[..colon]).Trim();
                var fragment = colon < 0 ? null : rest[(colon + 1)..].Trim();
                if (rule.Length == 0 || rule.Contains(' '))
                {
                    throw new FixtureFormatException(fixture, number, $"'{parts[0]} RULE[: FRAGMENT]' expected", line);
                }
                return parts[0] == "related"
                    ? new Pending(FixtureMarkerKind.Related, null, rule, fragment, null, null, target, column, number)
                    : new Pending(FixtureMarkerKind.Diagnostic, parts[0], rule, fragment, null, null, target, column, number);
            default:
                throw new FixtureFormatException(fixture, number, "after the carets: nothing (a range), a severity, 'related' or 'verdict'", line);
        }
    }

    [GeneratedRegex(@"^//-\s+(?<path>\S+)(?<options>(?:\s+\S+)*)\s*$")]
    internal static partial Regex HeaderPattern();

    // Any line of carets is a marker (a typo in it fails loudly); a bar is one only alone or before a
    // known word, so a Markdown table row stays text.
    [GeneratedRegex(@"^\s*(?:(?<carets>\^+)(?<arrow>[<>]?)(?:\s+(?<what>.*))?|(?<carets>\|)(?<arrow>[<>]?)(?:\s+(?<what>(?:error|warning|info|hint|related|verdict)\b.*))?)\s*$")]
    internal static partial Regex MarkerPattern();

    private sealed record Pending(FixtureMarkerKind Kind, string? Severity, string? Rule, string? Fragment, string? Verdict, string? AttributedTo, int Line, int Column, int SourceLine)
    {
        public FixtureMarker Complete(string path, int endLine, int endColumn, int lastSourceLine) =>
            new(path, Kind, Line, Column, endLine, endColumn, Severity, Rule, Fragment, Verdict, AttributedTo, SourceLine, lastSourceLine);
    }
}

/// <summary>
/// One file of a fixture: its text as written in the fixture (marker lines and <c>$0</c> removed), how
/// to write it, and where it sits in the fixture (1-based lines: the header, each line of the body).
/// </summary>
public sealed record FixtureFile(string Path, string Text, IReadOnlyList<string> Options, IReadOnlyList<FixtureMarker> Markers, int HeaderLine, IReadOnlyList<int> BodyLines)
{
    public bool Has(string option) => Options.Contains(option);

    public string? Option(string name) =>
        Options.FirstOrDefault(o => o.StartsWith(name + "=", StringComparison.Ordinal))?[(name.Length + 1)..];
}

public enum FixtureMarkerKind
{
    Range,
    Diagnostic,
    Related,
    Verdict,
}

/// <summary>The cursor, at a 0-based line and UTF-16 column of its file.</summary>
public sealed record FixtureCursor(string Path, int Line, int Column);

/// <summary>
/// What a marker line expects, at 0-based lines and UTF-16 columns of its file; <see cref="SourceLine"/>
/// and <see cref="LastSourceLine"/> are the 1-based fixture lines it was written on (two for a range
/// opened with <c>&gt;</c> and closed with <c>&lt;</c>).
/// </summary>
public sealed record FixtureMarker(
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
    string? AttributedTo,
    int SourceLine,
    int LastSourceLine);
