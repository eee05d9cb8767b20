using FactLsp.Core.Text;

namespace FactLsp.Core.Assistance;

/// <summary>What a completion item stands for; the server maps it to an LSP CompletionItemKind.</summary>
public enum CompletionSuggestionKind
{
    Class,
    Key,
    Speaker,
    Source,
    Status,
}

/// <summary>One completion: the label, what replaces <see cref="Replace"/>, and what to tell the writer about it.</summary>
/// <param name="Label">What the menu shows (and filters on): ".quote", "by", "redur-khalil".</param>
/// <param name="InsertText">The text put at <see cref="Replace"/>: ".quote", "by=", "redur-khalil".</param>
/// <param name="Replace">The span replaced: the partial word under the cursor (empty to insert).</param>
/// <param name="Detail">A short line beside the label: the person's name, the source's title.</param>
/// <param name="Documentation">Markdown shown beside the menu, or null.</param>
/// <param name="SortText">Orders the menu: likelier suggestions sort first.</param>
/// <param name="Preselect">The suggestion the menu should select first (the speaker the prose names, for instance).</param>
public sealed record CompletionSuggestion(
    string Label,
    CompletionSuggestionKind Kind,
    string InsertText,
    TextSpan Replace,
    string? Detail,
    string? Documentation,
    string SortText,
    bool Preselect = false);
