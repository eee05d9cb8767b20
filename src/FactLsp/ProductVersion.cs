using System.Reflection;

namespace FactLsp;

/// <summary>
/// The version of FactLsp (the <c>Version</c> of Directory.Build.props), as <c>factlsp --version</c>
/// prints it and <c>initialize</c> reports it in serverInfo. The VS Code extension checks a server
/// with <c>--version</c>, so both say the same.
/// </summary>
public static class ProductVersion
{
    public static string Value { get; } =
        typeof(ProductVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ProductVersion).Assembly.GetName().Version?.ToString(3)
        ?? "unknown";
}
