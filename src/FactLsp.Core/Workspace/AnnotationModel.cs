using FactLsp.Core.Model;
using FactLsp.Core.Syntax;
using FactLsp.Core.Text;

namespace FactLsp.Core.Workspace;

/// <summary>
/// An annotation as the language defines it: its kind and its attributes by meaning, with what
/// is malformed about it (section 2 of the spec). Built from the syntax alone.
/// </summary>
public sealed class AnnotationModel
{
    public static readonly string[] Statuses = ["verified", "unverified", "disputed", "false", "misleading"];

    private static readonly Dictionary<string, string[]> AllowedKeys = new()
    {
        [AnnotationKinds.Quote] = ["by", "src", "at", "lang"],
        [AnnotationKinds.Claim] = ["src", "by", "status", "evidence", "at"],
        [AnnotationKinds.Term] = ["by", "src"],
    };

    /// <summary>The keys an annotation of <paramref name="kind"/> ("quote", "claim", "term") takes, in the spec's order.</summary>
    public static IReadOnlyList<string> KeysOf(string kind) => AllowedKeys.TryGetValue(kind, out var keys) ? keys : [];

    public AnnotationModel(AnnotationSyntax syntax)
    {
        Syntax = syntax;
        Kind = syntax.Kind ?? AnnotationKinds.Quote;
        var problems = FindProblems(syntax, Kind);
        // Kept with every annotation of every article, and empty for nearly all.
        Problems = problems.Count == 0 ? [] : problems.ToArray();
    }

    public AnnotationSyntax Syntax { get; }

    /// <summary>quote, claim or term.</summary>
    public string Kind { get; }

    public bool IsQuote => Kind == AnnotationKinds.Quote;

    public bool IsClaim => Kind == AnnotationKinds.Claim;

    public bool IsTerm => Kind == AnnotationKinds.Term;

    public TextSpan Span => Syntax.Span;

    public AttributeSyntax? By => Syntax.Get("by");

    public AttributeSyntax? Src => Syntax.Get("src");

    public string? Status => Syntax["status"];

    public AttributeSyntax? Evidence => Syntax.Get("evidence");

    public string? Lang => Syntax["lang"];

    public string? At => Syntax["at"];

    /// <summary>The <c>#id</c>, if any.</summary>
    public string? Id => Syntax.Identifier?.Name;

    public IReadOnlyList<(TextSpan Span, string Message)> Problems { get; }

    private static List<(TextSpan, string)> FindProblems(AnnotationSyntax syntax, string kind)
    {
        var problems = new List<(TextSpan, string)>();
        foreach (var error in syntax.Errors)
        {
            problems.Add((error.Span, error.Message));
        }
        if (syntax.IsUnclosed)
        {
            return problems;
        }

        var kinds = syntax.Classes.Where(c => AnnotationKinds.All.Contains(c.Name)).ToList();
        if (kinds.Count > 1)
        {
            problems.Add((kinds[1].Span, $"A span is one of .quote, .claim or .term, not {string.Join(" and ", kinds.Select(k => "." + k.Name))}."));
        }

        var allowed = AllowedKeys[kind];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attribute in syntax.Attributes.Where(a => a.Kind == AttributeKind.KeyValue))
        {
            if (!seen.Add(attribute.Name))
            {
                problems.Add((attribute.Span, $"'{attribute.Name}' is given twice."));
                continue;
            }
            if (!allowed.Contains(attribute.Name))
            {
                problems.Add((attribute.NameSpan, $"Unknown key '{attribute.Name}' on a .{kind}: it takes {string.Join(", ", allowed)}."));
                continue;
            }
            if (attribute.Name is "by" or "src" && !Ids.IsValid(attribute.Value))
            {
                problems.Add((attribute.Span, $"'{attribute.Value}' is not a valid id: a letter or digit, then letters, digits, '-', '_', '.', ':'."));
            }
            if (attribute.Name == "status" && !Statuses.Contains(attribute.Value))
            {
                problems.Add((attribute.ValueSpan, $"'{attribute.Value}' is not a status: use {string.Join(", ", Statuses)}."));
            }
        }

        if (kind == AnnotationKinds.Quote)
        {
            var missing = new[] { "by", "src" }.Where(k => syntax.Get(k) is null).ToList();
            if (missing.Count > 0)
            {
                problems.Add((syntax.AttributesSpan, $"A .quote needs {string.Join(" and ", missing.Select(m => $"'{m}'"))}: who said it, and where."));
            }
        }
        return problems;
    }
}
