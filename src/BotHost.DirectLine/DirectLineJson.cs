using System.Text.Json.Serialization;
using BotHost.DirectLine.Wire;
using BotHost.Teams.Schema;

namespace BotHost.DirectLine;

// The Bot Framework wire format, as in the Teams adapter: camelCase, nulls omitted.
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(ConversationResponse))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(StartParameters))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(string))]
public sealed partial class DirectLineJson : JsonSerializerContext;
