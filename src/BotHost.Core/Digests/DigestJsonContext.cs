using System.Text.Json.Serialization;

namespace BotHost.Core.Digests;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(Digest))]
public sealed partial class DigestJsonContext : JsonSerializerContext;
