using System.Text.Json;

namespace BotHost.Teams.Schema;

// The HTTP body Teams expects in answer to an adaptiveCard/action invoke.
public sealed record InvokeResponse(int StatusCode, string Type, JsonElement Value)
{
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";
}
