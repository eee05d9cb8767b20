using FactLsp.Core.Yaml;

namespace FactLsp.Core.Tests.Yaml;

public class TopLevelEntriesTests
{
    private static List<string> Pieces(string yaml) => TopLevelEntries.Split(yaml).Select(p => yaml.Substring(p.Start, p.Length)).ToList();

    [Fact]
    public void Entries_start_at_column_0_keys_and_cover_the_text_exactly()
    {
        const string yaml = "---\n# people\na:\n  name: A\n# between\n\nb: {name: B}\r\n-c: C\n";
        Assert.Equal(["---\n# people\n", "a:\n  name: A\n# between\n\n", "b: {name: B}\r\n", "-c: C\n"], Pieces(yaml));
    }

    [Theory]
    [InlineData("a:\n- x\n- y\n")]
    [InlineData("a:\n\tname: A\n")]
    [InlineData("a: |\n  text\n...\n")]
    [InlineData("a:\n  b:\n    c: d\n%TAG ! x\n")]
    public void Indented_lines_sequence_items_markers_and_directives_stay_in_their_entry(string yaml)
    {
        Assert.Equal([yaml], Pieces(yaml));
    }

    [Fact]
    public void Empty_text_is_one_empty_piece()
    {
        Assert.Equal([string.Empty], Pieces(string.Empty));
    }
}
