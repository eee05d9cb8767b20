using FactLsp.Core.Syntax;

namespace FactLsp.Core.Tests.Syntax;

public class SuppressionTests
{
    private const string Text =
        "Line 0\n" +                                                         // 0
        "\n" +                                                               // 1
        "<!-- factlsp-disable-next-line misquote -->\n" +                    // 2
        "Line 3 \"quoted\"\n" +                                              // 3
        "\n" +                                                               // 4
        "<!-- factlsp-disable unattributed-quote wrong-speaker -->\n" +      // 5
        "\n" +                                                               // 6
        "Line 7\n" +                                                         // 7
        "\n" +                                                               // 8
        "Inline <!-- factlsp-enable wrong-speaker --> here\n" +              // 9
        "\n" +                                                               // 10
        "<!-- factlsp-enable -->\n" +                                        // 11
        "\n" +                                                               // 12
        "<!-- factlsp-disable -->\n" +                                       // 13
        "Line 14\n" +                                                        // 14
        "\n" +                                                               // 15
        "```\n<!-- factlsp-enable -->\n```\n" +                              // 16-18: in code, no effect
        "Line 19 <!-- factlsp-disable-next-line -->\n" +                     // 19
        "Line 20\n";                                                         // 20

    private static readonly SuppressionMap Map = MarkdownDocumentParser.Parse(Text).Suppressions;

    [Fact]
    public void Disable_next_line_covers_only_the_next_line_and_the_named_rule()
    {
        Assert.True(Map.IsSuppressed("misquote", 3));
        Assert.True(Map.IsSuppressed("MISQUOTE", 3));
        Assert.False(Map.IsSuppressed("misquote", 2));
        Assert.False(Map.IsSuppressed("misquote", 4));
        Assert.False(Map.IsSuppressed("quote-not-found", 3));
    }

    [Fact]
    public void Disable_until_enable_per_rule()
    {
        Assert.False(Map.IsSuppressed("unattributed-quote", 4));
        Assert.True(Map.IsSuppressed("unattributed-quote", 5));
        Assert.True(Map.IsSuppressed("unattributed-quote", 7));
        Assert.True(Map.IsSuppressed("wrong-speaker", 7));
        Assert.False(Map.IsSuppressed("misquote", 7));
        Assert.False(Map.IsSuppressed("wrong-speaker", 10)); // enabled by the inline comment on line 9
        Assert.True(Map.IsSuppressed("unattributed-quote", 10));
        Assert.False(Map.IsSuppressed("unattributed-quote", 12)); // enable with no rules enables all
    }

    [Fact]
    public void Disable_without_rules_covers_all_and_a_comment_in_code_does_nothing()
    {
        Assert.False(Map.IsSuppressed("misquote", 12));
        Assert.True(Map.IsSuppressed("misquote", 14));
        Assert.True(Map.IsSuppressed("anything", 20));
        Assert.True(Map.IsSuppressed("misquote", 17));
    }

    [Fact]
    public void Comments_are_listed_with_kinds_rules_and_lines()
    {
        Assert.Equal(
            ["DisableNextLine:misquote@2", "Disable:unattributed-quote,wrong-speaker@5", "Enable:wrong-speaker@9", "Enable:@11", "Disable:@13", "DisableNextLine:@19"],
            Map.Comments.Select(c => $"{c.Kind}:{string.Join(',', c.Rules)}@{c.Line}").ToArray());
    }
}
