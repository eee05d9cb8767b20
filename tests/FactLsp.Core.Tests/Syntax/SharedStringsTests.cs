using FactLsp.Core.Syntax;

namespace FactLsp.Core.Tests.Syntax;

/// <summary>Attribute names and short values are one string each across every parse; long ones are made each time.</summary>
public class SharedStringsTests
{
    [Fact]
    public void Short_names_and_values_parsed_twice_are_one_string_with_the_same_characters()
    {
        var first = AttributeParser.Parse(".quote by=jane-doe src=\"dawn-2019\"").Attributes;
        var second = AttributeParser.Parse("  .quote   src='dawn-2019' by=jane-doe").Attributes;

        Assert.Equal(["quote", "by", "src"], first.Select(a => a.Name));
        Assert.Equal(["quote", "jane-doe", "dawn-2019"], first.Select(a => a.Value));
        Assert.Same(first[0].Name, second[0].Name);
        Assert.Same(first[1].Value, second[2].Value);
        Assert.Same(first[2].Value, second[1].Value);
        Assert.Same(first[1].Name, second[2].Name);
    }

    [Fact]
    public void A_value_past_the_length_limit_or_with_escapes_is_made_each_time_with_the_right_characters()
    {
        var longValue = new string('x', SharedStrings.MaxLength + 1);
        var first = AttributeParser.Parse($"at={longValue} lang=\"a\\\"b\"").Attributes;
        var second = AttributeParser.Parse($"at={longValue} lang=\"a\\\"b\"").Attributes;

        Assert.Equal(longValue, first[0].Value);
        Assert.Equal(longValue, second[0].Value);
        Assert.NotSame(first[0].Value, second[0].Value);
        Assert.Equal("a\"b", first[1].Value);
        Assert.NotSame(first[1].Value, second[1].Value);
    }

    [Fact]
    public void No_errors_is_one_empty_list_and_errors_are_kept_in_order()
    {
        Assert.Empty(AttributeParser.Parse(".quote by=a").Errors);
        var errors = AttributeParser.Parse("by= ? .q").Errors;
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("'by' has no value", errors[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("Expected '.class', '#id' or 'key=value', found '?'", errors[1].Message, StringComparison.Ordinal);
        Assert.Equal(errors.OrderBy(e => e.Span.Start).Select(e => e.Message), errors.Select(e => e.Message));
    }
}
