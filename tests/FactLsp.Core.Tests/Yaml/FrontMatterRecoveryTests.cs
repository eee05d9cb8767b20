using FactLsp.Core.Text;
using FactLsp.Core.Yaml;

namespace FactLsp.Core.Tests.Yaml;

/// <summary>Front matter with one broken top-level key keeps the keys that can be read on their own.</summary>
public class FrontMatterRecoveryTests
{
    [Fact]
    public void A_broken_speakers_block_keeps_the_date_and_sources_with_exact_spans()
    {
        const string file = "---\ndate: 2019-01-25\nspeakers:\n  spokesman:\n    name: \"A spokesman\n    aliases: [Spokesman]\nsources:\n  afp: {title: AFP wire, date: 2019-01-24}\n---\nBody.\n";
        const int origin = 4;
        var yaml = file[origin..file.IndexOf("---\nBody", StringComparison.Ordinal)];
        var front = ArticleFrontMatter.Read(yaml, origin, "articles/a.md");
        Assert.Equal(new TextSpan(file.IndexOf("2019-01-25", StringComparison.Ordinal), "2019-01-25".Length), front.DateSpan);
        Assert.NotNull(front.Date);
        Assert.Empty(front.Speakers);
        var source = Assert.Single(front.Sources);
        Assert.Equal("afp", source.Metadata.Id);
        Assert.Equal(new TextSpan(file.IndexOf("afp:", StringComparison.Ordinal), 3), source.Definition.KeySpan);
        var problem = Assert.Single(front.Problems);
        Assert.StartsWith("Invalid YAML: ", problem.Message, StringComparison.Ordinal);
        Assert.InRange(new LineMap(file).GetPosition(problem.Span.Start).Line, 2, 6);
    }

    [Fact]
    public void Well_formed_front_matter_reads_as_before()
    {
        const string yaml = "date: 2019-01-25\nspeakers:\n  spokesman: A spokesman\n";
        var front = ArticleFrontMatter.Read(yaml, 0, "articles/a.md");
        Assert.Empty(front.Problems);
        Assert.Equal("spokesman", Assert.Single(front.Speakers).Id);
        Assert.Equal(new TextSpan(yaml.IndexOf("spokesman:", StringComparison.Ordinal), "spokesman".Length), front.Speakers[0].Definition.KeySpan);
    }

    [Fact]
    public void A_flow_collection_left_open_is_an_error_not_an_exception()
    {
        // YamlDotNet throws InvalidOperationException, not YamlException, on this text.
        const string yaml = "a:\n  name: A\n  aliases: [Putin\n  description: P\n";
        var parsed = YamlText.Parse(yaml);
        Assert.Null(parsed.Root);
        var problem = Assert.Single(parsed.Problems);
        Assert.StartsWith("Invalid YAML: ", problem.Message, StringComparison.Ordinal);
        Assert.Equal(2, new LineMap(yaml).GetPosition(problem.Span.Start).Line);
    }
}
