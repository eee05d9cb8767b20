using FactLsp.Core.Diagnostics;
using FactLsp.Core.Text;

namespace FactLsp.Core.Navigation;

/// <summary>
/// What prepare-rename answers: the id under the cursor, its span and its text as the
/// placeholder; or, when it cannot be renamed, why, in words for the writer.
/// </summary>
public sealed record RenameTarget(IdSymbol? Symbol, TextSpan Span, string Placeholder, string? Refusal)
{
    public bool CanRename => Refusal is null;

    public static RenameTarget Allowed(IdSymbol symbol, TextSpan span) => new(symbol, span, symbol.Id, null);

    public static RenameTarget Refused(string reason) => new(null, default, string.Empty, reason);
}

/// <summary>A rename's edits (the definition and every use, across files), or why it was refused.</summary>
public sealed record RenameResult(IReadOnlyList<SuggestedEdit> Edits, string? Refusal)
{
    public static RenameResult Refused(string reason) => new([], reason);
}
