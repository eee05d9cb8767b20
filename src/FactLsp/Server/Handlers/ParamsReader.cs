using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Serialization;
using FactLsp.Server.Protocol;
using StreamJsonRpc;

namespace FactLsp.Server.Handlers;

/// <summary>
/// Turns a message's params into the handler's type, or says which field is wrong. The protocol
/// types are the validation: a constructor parameter without a default is required, and a
/// non-nullable one refuses null, so a hover without `position` is refused here, naming the
/// field, instead of reaching the handler as null and failing there.
/// </summary>
internal static class ParamsReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        NumberHandling = JsonNumberHandling.Strict,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        MaxDepth = Transport.MessageEnvelope.MaxDepth,
    };

    /// <summary>The params, or default when they are absent and optional.</summary>
    /// <exception cref="InvalidParamsException">The params are missing, of the wrong type, or lack a required field.</exception>
    public static TParams? Read<TParams>(string method, JsonElement? @params, bool required)
    {
        if (@params is not { ValueKind: not JsonValueKind.Null } element)
        {
            return required ? throw new InvalidParamsException($"'{method}' requires params.") : default;
        }
        try
        {
            return element.Deserialize<TParams>(Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidParamsException($"Invalid params for '{method}': {Explain(ex)}");
        }
    }

    // System.Text.Json speaks of .NET types and constructor parameters; the client knows JSON
    // fields and paths.
    private static string Explain(JsonException ex)
    {
        var path = ex.Path ?? "$";
        var at = path == "$" ? "" : $" (at {path})";
        var missing = Regex.Match(ex.Message, "missing required properties including: (.*?)\\.(?: |$)");
        if (missing.Success)
        {
            return $"missing required field {missing.Groups[1].Value}{at}";
        }
        if (ex.Message.Contains("doesn't allow null values", StringComparison.Ordinal))
        {
            return $"'{LastField(path)}' must not be null{at}";
        }
        var sentence = ex.Message.Split(" Path: ")[0].Replace("FactLsp.Server.Protocol.", "", StringComparison.Ordinal);
        return path == "$" ? sentence : $"'{LastField(path)}' has a value of the wrong type{at}: {sentence}";
    }

    private static string LastField(string path) =>
        path.Split('.', '[', ']', '\'').LastOrDefault(part => part.Length > 0 && !part.All(char.IsAsciiDigit) && part != "$") ?? path;
}

/// <summary>Params that cannot be served: answered -32602 for a request, logged for a notification.</summary>
internal sealed class InvalidParamsException : LocalRpcException
{
    public InvalidParamsException(string message)
        : base(message)
    {
        ErrorCode = LspErrorCodes.InvalidParams;
    }
}
