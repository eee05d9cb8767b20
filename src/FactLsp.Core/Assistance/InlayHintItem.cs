namespace FactLsp.Core.Assistance;

/// <summary>An inlay hint: a label shown at an offset (after it), with a tooltip.</summary>
public sealed record InlayHintItem(int Offset, string Label, string? Tooltip);
