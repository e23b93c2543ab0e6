using System.Text.Json;

namespace BotHost.Slack.Payloads;

// A Socket Mode frame from Slack: hello, disconnect, or an envelope (events_api, slash_commands, interactive).
public sealed record SocketEnvelope(
    string? Type,
    string? EnvelopeId,
    JsonElement? Payload,
    bool? AcceptsResponsePayload,
    int? RetryAttempt,
    string? RetryReason,
    string? Reason);
