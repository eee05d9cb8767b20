using FactLsp.Core.Tests.Navigation;

namespace FactLsp.Core.Tests.Checking;

/// <summary>
/// A front-matter source whose <c>file:</c> does not exist: a typo in a path must be seen where it
/// was made, not only as a quiet "cannot verify" on each quote.
/// </summary>
public class MissingDeclaredFileTests
{
    private const string Fixture = Workspaces.People + """
//- articles/a.md
---
date: 2019-01-25
sources:
  statement: {file: ../sources/statment.txt}
---
[“We will not stop”]{.quote by=redur-khalil src=statement}

""";

    [Fact]
    public void The_file_value_is_an_unknown_source_and_the_quote_is_unverifiable()
    {
        using var fixture = FixtureWorkspace.Create(Fixture);
        var diagnostics = fixture.Snapshot.GetDiagnostics("articles/a.md");
        var unknown = Assert.Single(diagnostics, d => d.Code == "unknown-source");
        var text = fixture.Text("articles/a.md");
        Assert.Equal("../sources/statment.txt", text.Substring(unknown.Span.Start, unknown.Span.Length));
        Assert.Contains("does not exist", unknown.Message);
        Assert.Single(diagnostics, d => d.Code == "unverifiable-quote");
    }

    [Fact]
    public void An_existing_file_is_no_unknown_source()
    {
        using var fixture = FixtureWorkspace.Create(Fixture.Replace("statment.txt", "statement.txt") + """
//- sources/statement.txt
We will not stop.
""");
        Assert.DoesNotContain(fixture.Snapshot.GetDiagnostics("articles/a.md"), d => d.Code is "unknown-source" or "unverifiable-quote");
    }
}
