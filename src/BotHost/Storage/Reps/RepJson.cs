using System.Text.Json.Serialization;
using BotHost.Core.Reps;

namespace BotHost.Storage.Reps;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RepRequest))]
internal sealed partial class RepJson : JsonSerializerContext;
