using System.Text.Json.Serialization;

namespace BotHost.Core.Reports;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ReportContent))]
public sealed partial class ReportJson : JsonSerializerContext;
