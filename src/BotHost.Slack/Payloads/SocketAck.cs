using System.Text.Json;

namespace BotHost.Slack.Payloads;

// Sent back on the same socket within 3 s; Payload is what an HTTP answer would have carried in its body.
public sealed record SocketAck(string EnvelopeId, JsonElement? Payload);
