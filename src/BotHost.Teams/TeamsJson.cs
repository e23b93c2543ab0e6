using System.Text.Json.Serialization;
using BotHost.Teams.AdaptiveCards;
using BotHost.Teams.Conversations;
using BotHost.Teams.Schema;

namespace BotHost.Teams;

// The Bot Framework wire format is camelCase and omits nulls.
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(InvokeResponse))]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(ReplyContext))]
[JsonSerializable(typeof(TeamsConversation))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(string))]
public sealed partial class TeamsJson : JsonSerializerContext;
