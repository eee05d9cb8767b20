using System.Text.Json;
using FactLsp.Server.Protocol;

namespace FactLsp.Server.Handlers.Assistance;

/// <summary>The client capabilities the editing features look at, read from the parts ClientCapabilities keeps untyped.</summary>
internal static class ClientSupport
{
    /// <summary>Markdown hovers, unless the client lists the formats it takes and Markdown is not one (LSP's default is plain text only when it says so).</summary>
    public static string HoverFormat(ClientCapabilities client) =>
        Array(client.TextDocument?.Other, "hover", "contentFormat") is { } formats && !formats.Contains(MarkupContent.Markdown)
            ? MarkupContent.PlainText
            : MarkupContent.Markdown;

    /// <summary>Whether a WorkspaceEdit may create a file (documentChanges with a `create` resource operation).</summary>
    public static bool CanCreateFiles(ClientCapabilities client)
    {
        if (client.Workspace?.Other is not { } workspace || !workspace.TryGetValue("workspaceEdit", out var edit) || edit.ValueKind != JsonValueKind.Object)
        {
            return false;
        }
        var documentChanges = edit.TryGetProperty("documentChanges", out var changes) && changes.ValueKind == JsonValueKind.True;
        var operations = edit.TryGetProperty("resourceOperations", out var ops) && ops.ValueKind == JsonValueKind.Array
            && ops.EnumerateArray().Any(o => o.ValueKind == JsonValueKind.String && o.GetString() == "create");
        return documentChanges && operations;
    }

    private static List<string>? Array(Dictionary<string, JsonElement>? section, string feature, string property)
    {
        if (section is null || !section.TryGetValue(feature, out var element) || element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty(property, out var values) || values.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        return values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList();
    }
}
