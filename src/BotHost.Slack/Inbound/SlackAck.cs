using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BotHost.Slack.Inbound;

// What Slack gets back within its 3 seconds: the HTTP body, or the payload of a Socket Mode ack.
public sealed record SlackAck(byte[]? Body)
{
    public static readonly SlackAck Empty = new((byte[]?)null);

    public static SlackAck Json<T>(T value, JsonTypeInfo<T> type) => new(JsonSerializer.SerializeToUtf8Bytes(value, type));
}
