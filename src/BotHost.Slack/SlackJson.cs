using System.Text.Json.Serialization;
using BotHost.Slack.BlockKit;
using BotHost.Slack.Payloads;

namespace BotHost.Slack;

// Slack's wire format is snake_case; nulls are left out because Slack rejects some explicit nulls in blocks.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(EventEnvelope))]
[JsonSerializable(typeof(SlackEvent))]
[JsonSerializable(typeof(SlashCommand))]
[JsonSerializable(typeof(InteractionPayload))]
[JsonSerializable(typeof(SocketEnvelope))]
[JsonSerializable(typeof(SocketAck))]
[JsonSerializable(typeof(SlackResponse))]
[JsonSerializable(typeof(AuthTestResponse))]
[JsonSerializable(typeof(ConversationsOpenResponse))]
[JsonSerializable(typeof(ConnectionsOpenResponse))]
[JsonSerializable(typeof(OAuthAccessResponse))]
[JsonSerializable(typeof(PostMessageRequest))]
[JsonSerializable(typeof(ConversationsOpenRequest))]
[JsonSerializable(typeof(ViewRequest))]
[JsonSerializable(typeof(ResponseUrlMessage))]
[JsonSerializable(typeof(ViewSubmissionAck))]
[JsonSerializable(typeof(ChallengeAck))]
[JsonSerializable(typeof(FormMetadata))]
[JsonSerializable(typeof(SlackReplyContext))]
[JsonSerializable(typeof(View))]
internal sealed partial class SlackJson : JsonSerializerContext;
