using FactLsp.Core.Text;

namespace FactLsp.Core.Assistance;

/// <summary>What a code lens sums up.</summary>
public enum CodeLensKind
{
    /// <summary>At the top of an article: its quotes and their verdicts.</summary>
    ArticleSummary,

    /// <summary>On a person of a people registry: how often the workspace quotes them.</summary>
    PersonUsage,
}

/// <summary>One code lens: where, what it says, and (for a person) whom it is about.</summary>
public sealed record CodeLensItem(TextSpan Span, string Title, CodeLensKind Kind, string? PersonId = null);
