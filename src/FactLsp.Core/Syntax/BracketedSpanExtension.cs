using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace FactLsp.Core.Syntax;

/// <summary>Adds Pandoc bracketed spans <c>[CONTENT]{ATTRIBUTES}</c> to a Markdig pipeline.</summary>
public sealed class BracketedSpanExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before the link parser: it would otherwise turn the ']' into a literal first.
        if (!pipeline.InlineParsers.Contains<BracketedSpanInlineParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new BracketedSpanInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<BracketedSpanHtmlRenderer>())
        {
            html.ObjectRenderers.InsertBefore<Markdig.Renderers.Html.Inlines.LinkInlineRenderer>(new BracketedSpanHtmlRenderer());
        }
    }
}

/// <summary>Renders a span as Pandoc does: <c>&lt;span id class data-key="value"&gt;</c>.</summary>
public sealed class BracketedSpanHtmlRenderer : HtmlObjectRenderer<BracketedSpanInline>
{
    protected override void Write(HtmlRenderer renderer, BracketedSpanInline span)
    {
        if (renderer.EnableHtmlForInline)
        {
            var attributes = new HtmlAttributes();
            foreach (var attribute in span.Attributes)
            {
                switch (attribute.Kind)
                {
                    case AttributeKind.Class:
                        attributes.AddClass(attribute.Name);
                        break;
                    case AttributeKind.Identifier:
                        attributes.Id ??= attribute.Name;
                        break;
                    default:
                        attributes.AddPropertyIfNotExist("data-" + attribute.Name, attribute.Value);
                        break;
                }
            }
            renderer.Write("<span").WriteAttributes(attributes).Write('>');
        }
        renderer.WriteChildren(span);
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write("</span>");
        }
    }
}

public static class BracketedSpanPipelineExtensions
{
    /// <summary>Uses <see cref="BracketedSpanExtension"/>.</summary>
    public static MarkdownPipelineBuilder UseBracketedSpans(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<BracketedSpanExtension>();
        return pipeline;
    }
}
