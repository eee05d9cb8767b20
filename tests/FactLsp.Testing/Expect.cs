using System.Runtime.CompilerServices;

namespace FactLsp.Testing;

/// <summary>
/// An expected text written as a raw string literal (<c>"""…"""</c>) in the test's own source, as
/// rust's expect-test has it: compared with the actual text, and in bless mode (<see cref="Bless"/>)
/// rewritten in that source file when they differ.
/// </summary>
public static class Expect
{
    /// <summary>
    /// <paramref name="actual"/> must be <paramref name="expected"/> with its line ends made "\n" and its
    /// outer blank space trimmed (the literal's layout does not count). The literal rewritten is the first
    /// raw string literal from <paramref name="line"/> on in <paramref name="file"/> that holds
    /// <paramref name="expected"/>.
    /// </summary>
    public static void Equal(string expected, string actual, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Equal(expected, actual, Bless.Enabled, file, line);

    public static void Equal(string expected, string actual, bool bless, string file, int line)
    {
        var wanted = Normalize(expected);
        if (wanted == actual)
        {
            return;
        }
        if (!bless)
        {
            throw new ExpectationException($"The text differs from the one expected at {Path.GetFileName(file)}:{line} {Bless.Hint}:\n{Bless.Diff(wanted, actual)}");
        }
        Rewrite(file, line, wanted, actual);
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").Trim();

    private static void Rewrite(string file, int line, string expected, string actual)
    {
        var original = File.ReadAllText(file);
        var newline = original.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = original.ReplaceLineEndings("\n").Split('\n').ToList();
        for (var open = Math.Max(0, line - 1); open < lines.Count; open++)
        {
            if (!lines[open].TrimEnd().EndsWith("\"\"\"", StringComparison.Ordinal))
            {
                continue;
            }
            var close = open + 1;
            while (close < lines.Count && !IsClosing(lines[close]))
            {
                close++;
            }
            if (close == lines.Count)
            {
                break;
            }
            var indent = lines[close][..lines[close].IndexOf('"')];
            var content = lines.Skip(open + 1).Take(close - open - 1).Select(l => l.Length >= indent.Length ? l[indent.Length..] : l.TrimStart());
            if (Normalize(string.Join('\n', content)) != expected)
            {
                open = close;
                continue;
            }
            if (actual.Contains("\"\"\"", StringComparison.Ordinal))
            {
                throw new ExpectationException($"Cannot bless {file}:{line}: the actual text holds \"\"\", which ends a raw string literal.");
            }
            lines.RemoveRange(open + 1, close - open - 1);
            lines.InsertRange(open + 1, actual.Split('\n').Select(l => l.Length == 0 ? l : indent + l));
            File.WriteAllText(file, string.Join(newline, lines));
            return;
        }
        throw new ExpectationException($"Cannot bless {file}:{line}: no raw string literal from that line on holds the expected text.");
    }

    // The closing line of a raw string literal: blank space, then the quotes.
    private static bool IsClosing(string line) => line.TrimStart().StartsWith("\"\"\"", StringComparison.Ordinal);
}

/// <summary>An expectation that does not hold.</summary>
public sealed class ExpectationException(string message) : Exception(message);
