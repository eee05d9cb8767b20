namespace FactLsp.Core.Diagnostics;

/// <summary>A rule: its code, its default severity, and the one-line description shown in docs and SARIF.</summary>
public sealed record Rule(string Code, Severity DefaultSeverity, string Description, bool IsFileRule = false);
