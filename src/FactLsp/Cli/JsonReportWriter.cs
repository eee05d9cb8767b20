using System.Text.Json;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Text;

namespace FactLsp.Cli;

/// <summary>A plain JSON report for scripts: positions are 1-based lines and UTF-16 columns, as in the text format.</summary>
internal static class JsonReportWriter
{
    public static void Write(CheckReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartArray("diagnostics");
        foreach (var d in report.Diagnostics)
        {
            // The writer keeps what it has written until flushed: an archive's report goes out as it is written.
            if (json.BytesPending > 1 << 16)
            {
                json.Flush();
            }
            json.WriteStartObject();
            json.WriteString("path", d.DisplayPath);
            // The fixes' edit paths are relative to it; a check may cover several workspaces.
            json.WriteString("workspace", d.WorkspaceRoot);
            WriteRange(json, d.Range);
            json.WriteString("severity", d.Diagnostic.Severity.ToName());
            json.WriteString("rule", d.Diagnostic.Code);
            json.WriteString("message", d.Diagnostic.Message);
            json.WriteStartArray("related");
            foreach (var r in d.Related)
            {
                json.WriteStartObject();
                json.WriteString("path", r.DisplayPath);
                WriteRange(json, r.Range);
                json.WriteString("message", r.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("fixes");
            foreach (var fix in d.Diagnostic.Fixes)
            {
                json.WriteStartObject();
                json.WriteString("title", fix.Title);
                json.WriteStartArray("edits");
                foreach (var edit in fix.Edits)
                {
                    json.WriteStartObject();
                    json.WriteString("path", edit.Path);
                    json.WriteNumber("offset", edit.Span.Start);
                    json.WriteNumber("length", edit.Span.Length);
                    json.WriteString("newText", edit.NewText);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("errors", report.Count(Severity.Error));
        json.WriteNumber("warnings", report.Count(Severity.Warning));
        json.WriteNumber("infos", report.Count(Severity.Info));
        json.WriteNumber("hints", report.Count(Severity.Hint));
        json.WriteNumber("files", report.FilesChecked);
        if (report.Shard is { } shard)
        {
            json.WriteStartObject("shard");
            json.WriteNumber("index", shard.Index);
            json.WriteNumber("count", shard.Count);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter json, LineRange range)
    {
        json.WriteNumber("line", range.Start.Line + 1);
        json.WriteNumber("column", range.Start.Character + 1);
        json.WriteNumber("endLine", range.End.Line + 1);
        json.WriteNumber("endColumn", range.End.Character + 1);
    }
}
