using FactLsp.Core.Text;

namespace FactLsp.Core.Assistance;

/// <summary>A hover: Markdown, and the span of the file it is about (the editor highlights it).</summary>
public sealed record HoverContent(string Markdown, TextSpan Span);
