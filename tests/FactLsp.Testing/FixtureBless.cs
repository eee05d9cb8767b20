namespace FactLsp.Testing;

/// <summary>A diagnostic as a fixture marks it: file, 0-based lines and UTF-16 columns, severity name, rule code, message.</summary>
public sealed record MarkedDiagnostic(string Path, int StartLine, int StartColumn, int EndLine, int EndColumn, string Severity, string Rule, string Message);

/// <summary>
/// Bless mode for fixtures (<see cref="Bless"/>): the fixture text with its diagnostic markers made to
/// say what the workspace reports. A marker that still holds is kept as written (its fragment too);
/// one that no diagnostic meets is removed; each diagnostic no marker meets gets a marker with its
/// whole message (first line) under the line it starts on. Ranges, related and verdict markers are kept.
/// </summary>
public static class FixtureBless
{
    public static string Rewrite(Fixture fixture, IReadOnlyList<MarkedDiagnostic> actual)
    {
        var lines = fixture.Text.Replace("\r\n", "\n").Split('\n');
        var removed = new HashSet<int>();
        var inserted = new Dictionary<int, List<(int Column, string Text)>>();
        var unmatched = new List<MarkedDiagnostic>(actual);
        foreach (var marker in fixture.Markers.Where(m => m.Kind == FixtureMarkerKind.Diagnostic))
        {
            var found = unmatched.FirstOrDefault(d => d.Path == marker.Path && d.StartLine == marker.StartLine && d.StartColumn == marker.StartColumn
                && d.EndLine == marker.EndLine && d.EndColumn == marker.EndColumn && d.Severity == marker.Severity && d.Rule == marker.Rule);
            if (found is not null && (marker.Fragment is null || found.Message.Contains(marker.Fragment, StringComparison.Ordinal)))
            {
                unmatched.Remove(found);
                continue;
            }
            removed.Add(marker.SourceLine);
            removed.Add(marker.LastSourceLine);
        }

        foreach (var diagnostic in unmatched)
        {
            var file = fixture.Files.FirstOrDefault(f => f.Path == diagnostic.Path)
                ?? throw new ExpectationException($"Cannot bless {fixture.Name}: {diagnostic.Path} is no file of the fixture ({diagnostic.Rule}: {diagnostic.Message}).");
            var what = $"{diagnostic.Severity} {diagnostic.Rule}: {FirstLine(diagnostic.Message)}";
            if (diagnostic.StartLine == diagnostic.EndLine)
            {
                var carets = diagnostic.EndColumn == diagnostic.StartColumn ? "|" : new string('^', diagnostic.EndColumn - diagnostic.StartColumn);
                Insert(inserted, Anchor(fixture, file, lines, diagnostic.StartLine, diagnostic), diagnostic.StartColumn, new string(' ', diagnostic.StartColumn) + carets + " " + what);
                continue;
            }
            Insert(inserted, Anchor(fixture, file, lines, diagnostic.StartLine, diagnostic), diagnostic.StartColumn, new string(' ', diagnostic.StartColumn) + "^> " + what);
            var close = diagnostic.EndColumn == 0 ? "|<" : new string('^', diagnostic.EndColumn) + "<";
            Insert(inserted, Anchor(fixture, file, lines, diagnostic.EndLine, diagnostic), -1, close);
        }

        var result = new List<string>();
        for (var number = 1; number <= lines.Length; number++)
        {
            if (!removed.Contains(number))
            {
                result.Add(lines[number - 1]);
            }
            if (inserted.TryGetValue(number, out var added))
            {
                result.AddRange(added.OrderBy(a => a.Column).Select(a => a.Text));
            }
        }
        return string.Join('\n', result);
    }

    private static void Insert(Dictionary<int, List<(int, string)>> inserted, int after, int column, string text)
    {
        if (!inserted.TryGetValue(after, out var list))
        {
            inserted[after] = list = [];
        }
        list.Add((column, text));
    }

    /// <summary>The fixture line after which a marker of <paramref name="line"/> goes: that line, then the marker lines under it.</summary>
    private static int Anchor(Fixture fixture, FixtureFile file, string[] lines, int line, MarkedDiagnostic diagnostic)
    {
        if (line >= Math.Max(1, file.BodyLines.Count))
        {
            throw new ExpectationException($"Cannot bless {fixture.Name}: {diagnostic.Path} line {line + 1} is not in the fixture's text of the file (a seed or size option?): mark {diagnostic.Rule} by hand.");
        }
        var anchor = file.BodyLines.Count == 0 ? file.HeaderLine : file.BodyLines[line];
        while (anchor < lines.Length && !Fixture.HeaderPattern().IsMatch(lines[anchor]) && Fixture.MarkerPattern().IsMatch(lines[anchor]))
        {
            anchor++;
        }
        return anchor;
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
