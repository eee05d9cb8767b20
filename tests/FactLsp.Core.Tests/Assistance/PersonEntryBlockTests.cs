using CsCheck;
using FactLsp.Core.Assistance;

namespace FactLsp.Core.Tests.Assistance;

/// <summary>Whether a people registry takes a block entry: decided by its first line that says anything, read line by line.</summary>
public class PersonEntryBlockTests
{
    [Theory]
    [InlineData("", true)]
    [InlineData("# people\n\nredur-khalil:\n  name: Redur Khalil\n", true)]
    [InlineData("---\r\nredur-khalil:\r\n  name: Redur Khalil\r\n", true)]
    [InlineData("{redur-khalil: {name: Redur Khalil}}", false)]
    [InlineData("# flow\n[]\n", false)]
    [InlineData("\n- id: redur-khalil\n", false)]
    [InlineData("  ...  \nx: 1", false)]
    public void The_first_line_that_says_anything_decides(string text, bool accepts) =>
        Assert.Equal(accepts, PersonEntryFix.AcceptsBlockEntry(text));

    [Fact]
    public void Decides_as_reading_every_line_split_and_trimmed_did() =>
        Gen.String[Gen.Char["{[-#. \n\r\ta:"], 0, 60].Sample(text =>
        {
            var expected = true;
            foreach (var raw in text.Split('\n'))
            {
                var line = raw.Trim();
                if (line.Length == 0 || line.StartsWith('#') || line == "---")
                {
                    continue;
                }
                expected = !(line.StartsWith('{') || line.StartsWith('[') || line.StartsWith("- ", StringComparison.Ordinal) || line == "-" || line == "...");
                break;
            }
            Assert.Equal(expected, PersonEntryFix.AcceptsBlockEntry(text));
        }, iter: 5000);
}
