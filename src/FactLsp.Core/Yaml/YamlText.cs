using FactLsp.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace FactLsp.Core.Yaml;

/// <summary>A YAML problem at a span of the file that holds the YAML.</summary>
/// <remarks>A wrong shape or bad syntax is an error; an unknown key is only a warning, since it may be a house extension;
/// a front-matter key that looks like a typo of a known one is a hint (front matter may carry keys of its own).</remarks>
public sealed record YamlProblem(TextSpan Span, string Message, bool IsWarning = false)
{
    public bool IsHint { get; init; }

    /// <summary>The severity to report it at, when not the rule's default (error).</summary>
    public Diagnostics.Severity? Severity => IsHint ? Diagnostics.Severity.Hint : IsWarning ? Diagnostics.Severity.Warning : null;
}

/// <summary>
/// YAML parsed with YamlDotNet's representation model, keeping file offsets: the YAML may be
/// a whole file (people.yaml) or front matter that starts at <see cref="Origin"/> in its file.
/// </summary>
public sealed class YamlText
{
    private readonly string _yaml;

    private YamlText(string yaml, YamlNode? root, int origin, IReadOnlyList<YamlProblem> problems)
    {
        _yaml = yaml;
        Root = root;
        Origin = origin;
        Problems = problems;
    }

    /// <summary>The document's root node, or null when the YAML is empty or could not be parsed.</summary>
    public YamlNode? Root { get; }

    public int Origin { get; }

    public IReadOnlyList<YamlProblem> Problems { get; }

    public static YamlText Parse(string yaml, int origin = 0)
    {
        var parser = new TrackingParser(new Parser(new StringReader(yaml)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
            var problems = new List<YamlProblem>();
            if (stream.Documents.Count > 1)
            {
                var second = stream.Documents[1].RootNode;
                problems.Add(new YamlProblem(new TextSpan(origin + (int)second.Start.Index, 0), "Only the first YAML document is read; the rest is ignored."));
            }
            return new YamlText(yaml, root, origin, problems);
        }
        catch (YamlException e)
        {
            var start = origin + (int)Math.Clamp(e.Start.Index, 0, yaml.Length);
            var end = origin + (int)Math.Clamp(e.End.Index, e.Start.Index, yaml.Length);
            // YamlDotNet wraps the useful part: "(Line: 2, Col: 3, Idx: 10) - (…): While scanning …". Keep the reason only.
            var message = e.InnerException?.Message ?? e.Message;
            var dash = message.LastIndexOf("): ", StringComparison.Ordinal);
            if (dash >= 0)
            {
                message = message[(dash + 3)..];
            }
            return new YamlText(yaml, null, origin, [new YamlProblem(TextSpan.FromBounds(start, Math.Max(start, end)), $"Invalid YAML: {message}")]);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner fails this way, without a position, on some text that ends inside a flow
            // collection ("aliases: [Putin" then more keys): point after the last thing it could read.
            var at = origin + (int)Math.Clamp(parser.LastEnd, 0, yaml.Length);
            return new YamlText(yaml, null, origin, [new YamlProblem(new TextSpan(at, 0), "Invalid YAML: cannot be read past this point; is a bracket or quotation mark left open?")]);
        }
    }

    /// <summary>
    /// A parser that remembers where the last event it produced ended, and refuses YAML that would
    /// take the representation model (and every walk over it) into unbounded recursion or work: an
    /// alias inside the node it names (<c>&amp;a [*a]</c>), nesting deeper than
    /// <see cref="MaxDepth"/>, or aliases that expand to more than <see cref="MaxExpandedNodes"/>
    /// nodes (a "billion laughs").
    /// </summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        public const int MaxDepth = 100;
        public const long MaxExpandedNodes = 100_000;

        // Open collections: their anchor (or null) and the expanded count where they began.
        private readonly Stack<(string? Anchor, long Start)> _open = new();
        private readonly Dictionary<string, long> _anchorSizes = new(StringComparer.Ordinal);
        private long _expanded;

        public long LastEnd { get; private set; }

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current)
            {
                LastEnd = current.End.Index;
                Guard(current);
            }
            return moved;
        }

        private void Guard(ParsingEvent current)
        {
            _expanded++;
            switch (current)
            {
                case NodeEvent node and (SequenceStart or MappingStart):
                    _open.Push((node.Anchor.IsEmpty ? null : node.Anchor.Value, _expanded));
                    if (_open.Count > MaxDepth)
                    {
                        throw new YamlException(current.Start, current.End, $"collections are nested more than {MaxDepth} deep.");
                    }
                    break;
                case SequenceEnd or MappingEnd when _open.Count > 0:
                    var (anchor, start) = _open.Pop();
                    if (anchor is not null)
                    {
                        _anchorSizes[anchor] = _expanded - start + 1;
                    }
                    break;
                case Scalar { Anchor.IsEmpty: false } scalar:
                    _anchorSizes[scalar.Anchor.Value] = 1;
                    break;
                case AnchorAlias alias:
                    if (_open.Any(o => o.Anchor == alias.Value.Value))
                    {
                        throw new YamlException(current.Start, current.End, $"the alias *{alias.Value.Value} refers to a node that contains it.");
                    }
                    _expanded += _anchorSizes.GetValueOrDefault(alias.Value.Value, 1);
                    break;
            }
            if (_expanded > MaxExpandedNodes)
            {
                throw new YamlException(current.Start, current.End, $"aliases expand to more than {MaxExpandedNodes:N0} nodes.");
            }
        }
    }

    /// <summary>The span of a node in the file.</summary>
    public TextSpan SpanOf(YamlNode node)
    {
        var start = Origin + (int)node.Start.Index;
        var end = Origin + EndOf(node);
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    // YamlDotNet ends a mapping or a sequence where it starts (its start event); it should reach
    // to its last item, and to the closing bracket of a flow collection.
    private int EndOf(YamlNode node)
    {
        var (children, flow, closer) = node switch
        {
            YamlSequenceNode seq => (seq.Children, seq.Style == SequenceStyle.Flow, ']'),
            YamlMappingNode map => (map.Children.SelectMany(kv => new[] { kv.Key, kv.Value }).ToList(), map.Style == MappingStyle.Flow, '}'),
            _ => ((IList<YamlNode>)[], false, ' '),
        };
        var end = (int)node.End.Index;
        foreach (var child in children)
        {
            end = Math.Max(end, EndOf(child));
        }
        if (flow)
        {
            var close = _yaml.IndexOf(closer, Math.Min(end, _yaml.Length));
            end = close >= 0 ? close + 1 : end;
        }
        return end;
    }

    public static string? Scalar(YamlNode? node) => node is YamlScalarNode scalar ? scalar.Value : null;

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>A list of strings: a sequence of scalars, or one scalar standing for a list of one.</summary>
    public static IReadOnlyList<string> Strings(YamlNode? node) => node switch
    {
        YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).Where(s => s.Length > 0).ToList(),
        YamlScalarNode { Value: { Length: > 0 } v } => [v],
        _ => [],
    };

    public static bool IsNull(YamlNode? node) =>
        node is null || node is YamlScalarNode { Style: not ScalarStyle.SingleQuoted and not ScalarStyle.DoubleQuoted, Value: null or "" or "~" or "null" };
}
