using FactLsp.Server.Workspace;

namespace FactLsp.Server.Tests.Workspace;

/// <summary>The start-up warm-up (<see cref="CheckWarmUp"/>) really runs the check's paths, and leaves nothing behind.</summary>
public class CheckWarmUpTests
{
    [Fact]
    public void The_warm_up_checks_quotes_of_every_kind_and_deletes_its_folder()
    {
        var root = Path.Combine(Path.GetTempPath(), $"factlsp-warm-up-test-{Guid.NewGuid():N}");

        var codes = CheckWarmUp.Check(root);

        // A misquote, an ellipsis, a wrong or unknown speaker, an unknown source, a claim and an unattributed quotation:
        // the matching, attribution and reporting code a real article's check runs.
        Assert.Contains("quote-alteration", codes);
        Assert.Contains("quote-not-found", codes);
        Assert.Contains("wrong-speaker", codes);
        Assert.Contains("unknown-source", codes);
        Assert.Contains("unknown-speaker", codes);
        Assert.False(Directory.Exists(root));
    }

    [Fact]
    public void A_warm_up_that_cannot_write_its_folder_gives_up_quietly()
    {
        var file = Path.GetTempFileName();
        try
        {
            // A folder inside a file cannot be made.
            Assert.Empty(CheckWarmUp.Check(Path.Combine(file, "inside")));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
