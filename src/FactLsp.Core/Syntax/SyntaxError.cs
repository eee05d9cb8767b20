using FactLsp.Core.Text;

namespace FactLsp.Core.Syntax;

/// <summary>
/// A problem in the file's syntax (a bad attribute, an unclosed <c>{</c>, an unclosed front matter).
/// Parsing never throws on bad input: every problem becomes one of these, with the file span at fault,
/// so the rule layer can report it as <c>malformed-annotation</c> (or whatever it decides).
/// </summary>
/// <param name="Span">The span of the file at fault (file offsets, UTF-16).</param>
/// <param name="Message">A message written for people.</param>
public sealed record SyntaxError(TextSpan Span, string Message);
