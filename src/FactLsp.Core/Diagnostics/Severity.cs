namespace FactLsp.Core.Diagnostics;

/// <summary>How loudly a rule speaks. <see cref="Off"/> silences it.</summary>
public enum Severity
{
    Error,
    Warning,
    Info,
    Hint,
    Off,
}

public static class SeverityNames
{
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        Severity.Hint => "hint",
        _ => "off",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning": case "warn": severity = Severity.Warning; return true;
            case "info": case "information": severity = Severity.Info; return true;
            case "hint": severity = Severity.Hint; return true;
            case "off": case "none": severity = Severity.Off; return true;
            default: severity = Severity.Off; return false;
        }
    }
}
