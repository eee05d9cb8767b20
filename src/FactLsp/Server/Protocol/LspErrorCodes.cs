namespace FactLsp.Server.Protocol;

/// <summary>The JSON-RPC and LSP error codes the server answers with (LSP 3.17, "ErrorCodes").</summary>
public static class LspErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestCancelled = -32800;
    public const int ContentModified = -32801;

    /// <summary>A valid request that cannot be done (a rename the server refuses); clients show its message.</summary>
    public const int RequestFailed = -32803;
}
