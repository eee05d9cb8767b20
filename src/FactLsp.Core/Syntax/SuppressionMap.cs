using System.Text.RegularExpressions;
using FactLsp.Core.Text;

namespace FactLsp.Core.Syntax;

/// <summary>What one suppression comment does.</summary>
public enum SuppressionKind
{
    /// <summary><c>factlsp-disable</c>: from its line on, until a matching <c>factlsp-enable</c>.</summary>
    Disable,

    /// <summary><c>factlsp-enable</c>: ends a <c>factlsp-disable</c> from its line on.</summary>
    Enable,

    /// <summary><c>factlsp-disable-next-line</c>: the line after the comment.</summary>
    DisableNextLine,

    /// <summary><c>factlsp-disable-line</c> (markdownlint has it too): the comment's own line.</summary>
    DisableLine,
}

/// <summary>One suppression comment.</summary>
/// <param name="Rules">The rules named (as written), empty for all rules.</param>
/// <param name="Span">The comment in the file.</param>
/// <param name="Line">The 0-based line the comment starts on.</param>
public sealed record SuppressionComment(SuppressionKind Kind, IReadOnlyList<string> Rules, TextSpan Span, int Line)
{
    /// <summary>The 0-based line the comment ends on ("next line" means the one after it).</summary>
    public int EndLine { get; init; } = Line;
}

/// <summary>
/// Which rules are silenced on which lines, from markdownlint-style HTML comments:
/// <c>&lt;!-- factlsp-disable-next-line RULE… --&gt;</c>, <c>&lt;!-- factlsp-disable RULE… --&gt;</c> …
/// <c>&lt;!-- factlsp-enable RULE… --&gt;</c>; no rule names means every rule.
/// </summary>
/// <remarks>
/// Only real HTML comments count (HTML blocks and inline HTML of the Markdown tree), so a comment
/// shown inside a code block does not silence anything. A <c>disable</c> takes effect on its own
/// line, an <c>enable</c> on its own line; later comments override earlier ones, so
/// <c>disable</c> then <c>enable misquote</c> silences everything except <c>misquote</c>.
/// Rule names compare case-insensitively.
/// </remarks>
public sealed partial class SuppressionMap
{
    private readonly List<SuppressionComment> _comments;

    public SuppressionMap(IEnumerable<SuppressionComment> comments)
    {
        _comments = comments.OrderBy(c => c.Span.Start).ToList();
    }

    public static SuppressionMap None { get; } = new([]);

    public IReadOnlyList<SuppressionComment> Comments => _comments;

    /// <summary>True when <paramref name="rule"/> is silenced on the 0-based <paramref name="line"/> (the diagnostic's start line).</summary>
    public bool IsSuppressed(string rule, int line)
    {
        var suppressed = false;
        foreach (var comment in _comments)
        {
            if (!Names(comment, rule))
            {
                continue;
            }
            switch (comment.Kind)
            {
                case SuppressionKind.DisableNextLine when comment.EndLine + 1 == line:
                case SuppressionKind.DisableLine when comment.Line <= line && line <= comment.EndLine:
                    return true;
                case SuppressionKind.Disable when comment.Line <= line:
                    suppressed = true;
                    break;
                case SuppressionKind.Enable when comment.Line <= line:
                    suppressed = false;
                    break;
            }
        }
        return suppressed;
    }

    private static bool Names(SuppressionComment comment, string rule) =>
        comment.Rules.Count == 0 || comment.Rules.Any(r => string.Equals(r, rule, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads the suppression comments inside <paramref name="html"/>, which lies at <paramref name="origin"/> in the file.</summary>
    internal static IEnumerable<SuppressionComment> Scan(string html, int origin, LineMap lines)
    {
        foreach (Match match in CommentPattern().Matches(html))
        {
            var kind = match.Groups["kind"].Value.ToLowerInvariant() switch
            {
                "disable-next-line" => SuppressionKind.DisableNextLine,
                "disable-line" => SuppressionKind.DisableLine,
                "enable" => SuppressionKind.Enable,
                _ => SuppressionKind.Disable,
            };
            var rules = match.Groups["rules"].Value
                .Split([' ', '\t', '\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries);
            var span = new TextSpan(origin + match.Index, match.Length);
            yield return new SuppressionComment(kind, rules, span, lines.LineOf(span.Start)) { EndLine = lines.LineOf(span.End - 1) };
        }
    }

    [GeneratedRegex(@"<!--\s*factlsp-(?<kind>disable-next-line|disable-line|disable|enable)(?<rules>(?:\s+[^\s>-][^\s]*?)*)\s*-->", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentPattern();
}
