using System.Reflection;
using System.Text.Json;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Text;

namespace FactLsp.Cli;

/// <summary>
/// SARIF 2.1.0, written by hand with System.Text.Json (no SARIF package restores here): one run,
/// the full rule metadata, results with regions in UTF-16 columns and related locations,
/// so code-scanning dashboards can show and annotate the findings.
/// </summary>
internal static class SarifReportWriter
{
    private const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(CheckReport report, Stream output)
    {
        var rules = Rules.All;
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", Schema);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "FactLsp");
        json.WriteString("version", typeof(SarifReportWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");
        json.WriteString("informationUri", "https://github.com/factlsp/factlsp");
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Code);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Description);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        if (report.Shard is { } shard)
        {
            // A category per shard: code scanning keeps each shard's upload instead of replacing one with the next.
            json.WriteStartObject("runAutomationDetails");
            json.WriteString("id", shard.AutomationId);
            json.WriteEndObject();
        }
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        foreach (var d in report.Diagnostics)
        {
            // The writer keeps what it has written until flushed: an archive's report goes out as it is written.
            if (json.BytesPending > 1 << 16)
            {
                json.Flush();
            }
            json.WriteStartObject();
            json.WriteString("ruleId", d.Diagnostic.Code);
            json.WriteNumber("ruleIndex", IndexOf(rules, d.Diagnostic.Rule));
            json.WriteString("level", Level(d.Diagnostic.Severity));
            WriteMessage(json, d.Diagnostic.Message);
            json.WriteStartArray("locations");
            WriteLocation(json, UriOf(d, d.WorkspacePath), d.Range, null);
            json.WriteEndArray();
            if (d.Related.Count > 0)
            {
                json.WriteStartArray("relatedLocations");
                for (var i = 0; i < d.Related.Count; i++)
                {
                    WriteLocation(json, UriOf(d, d.Related[i].WorkspacePath), d.Related[i].Range, d.Related[i].Message, i + 1);
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    // Each diagnostic's own workspace: `check a b` covers two roots, and b's files are not under a.
    private static string UriOf(ReportedDiagnostic diagnostic, string workspacePath) => new Uri(diagnostic.FullPathOf(workspacePath)).AbsoluteUri;

    private static int IndexOf(IReadOnlyList<Rule> rules, Rule rule)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i] == rule)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>SARIF has no "info" or "hint": both are notes.</summary>
    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Off => "none",
        _ => "note",
    };

    private static void WriteMessage(Utf8JsonWriter json, string text)
    {
        json.WriteStartObject("message");
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, string uri, LineRange range, string? message, int id = 0)
    {
        json.WriteStartObject();
        if (id > 0)
        {
            json.WriteNumber("id", id);
        }
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", range.Start.Line + 1);
        json.WriteNumber("startColumn", range.Start.Character + 1);
        json.WriteNumber("endLine", range.End.Line + 1);
        json.WriteNumber("endColumn", range.End.Character + 1);
        json.WriteEndObject();
        json.WriteEndObject();
        if (message is not null)
        {
            WriteMessage(json, message);
        }
        json.WriteEndObject();
    }
}
