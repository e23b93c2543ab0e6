using System.Text.Json.Serialization;
using BotHost.Core.Conversation;

namespace BotHost.Core.Turns;

// How turns, replies and dialog state are written into the (sealed) body of a store row.
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Turn))]
[JsonSerializable(typeof(Delivery))]
[JsonSerializable(typeof(DialogState))]
public sealed partial class CoreJson : JsonSerializerContext;
