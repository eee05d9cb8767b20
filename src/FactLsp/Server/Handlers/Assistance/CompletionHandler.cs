using FactLsp.Core.Assistance;
using FactLsp.Core.Text;
using FactLsp.Server.Conversions;
using FactLsp.Server.Protocol;

namespace FactLsp.Server.Handlers.Assistance;

/// <summary>
/// `textDocument/completion` inside an annotation's <c>{…}</c>: classes, keys, speaker and source
/// ids, statuses. Each item replaces the partial word under the cursor through its textEdit; the
/// list is complete, so the client filters it as the writer types.
/// </summary>
internal sealed class CompletionHandler : DocumentRequestHandler<CompletionParams, CompletionList>
{
    /// <summary>`{` and space start an item, `.` a class, `=` a value.</summary>
    public static readonly IReadOnlyList<string> TriggerCharacters = ["{", ".", "=", " "];

    public override string Method => LspMethods.Completion;

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.CompletionProvider = new CompletionOptions { TriggerCharacters = TriggerCharacters };

    protected override CompletionList Handle(CompletionParams @params, DocumentRequest document, CancellationToken cancellationToken)
    {
        var offset = document.OffsetOf(@params.Position);
        var items = CompletionProvider.Complete(document.Snapshot, document.Path, offset)
            .Select(s => ToItem(s, document.Lines, offset, document.Encoding, document.Client))
            .ToList();
        return new CompletionList(false, items);
    }

    protected override CompletionList Outside() => new(false, []);

    private static CompletionItem ToItem(CompletionSuggestion suggestion, LineMap lines, int offset, PositionEncoding encoding, ClientCapabilities client)
    {
        // LSP wants the edit on the cursor's line; a replaced word never spans lines, but be sure.
        var line = lines.LineOf(offset);
        var replace = TextSpan.FromBounds(Math.Max(suggestion.Replace.Start, lines.LineStart(line)), Math.Min(suggestion.Replace.End, lines.LineEnd(line)));
        return new CompletionItem
        {
            Label = suggestion.Label,
            Kind = suggestion.Kind switch
            {
                CompletionSuggestionKind.Class => CompletionItemKind.Class,
                CompletionSuggestionKind.Key => CompletionItemKind.Property,
                CompletionSuggestionKind.Speaker => CompletionItemKind.Variable,
                CompletionSuggestionKind.Source => CompletionItemKind.File,
                _ => CompletionItemKind.EnumMember,
            },
            Detail = suggestion.Detail,
            Documentation = suggestion.Documentation is { } doc ? MarkupContent.From(doc, client.CompletionDocumentationFormats) : null,
            SortText = suggestion.SortText,
            FilterText = suggestion.InsertText,
            Preselect = suggestion.Preselect && client.CompletionPreselect ? true : null,
            TextEdit = new TextEdit(LspPositions.ToRange(lines, replace, encoding), suggestion.InsertText),
        };
    }
}
