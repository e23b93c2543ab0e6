using System.Text.Json;
using System.Text.Json.Serialization;
using BotHost.Core.Turns;

namespace BotHost.WebChat;

// What the page posts. Id is the page's own message id, so a double submit is accepted once.
public sealed record WebChatMessage(
    string? SessionId,
    string? Id,
    string? Text,
    string? Action,
    Dictionary<string, string>? Form);

public sealed record WebChatSession(string SessionId);

public sealed record WebChatAccepted(bool Accepted);

// A private link's token, sent by the page from the URL fragment.
public sealed record WebChatLink(string? Link);

public sealed record WebChatLinkStatus(string Flow);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WebChatMessage))]
[JsonSerializable(typeof(WebChatSession))]
[JsonSerializable(typeof(WebChatAccepted))]
[JsonSerializable(typeof(WebChatLink))]
[JsonSerializable(typeof(WebChatLinkStatus))]
[JsonSerializable(typeof(OutboundMessage))]
public sealed partial class WebChatJson : JsonSerializerContext;
