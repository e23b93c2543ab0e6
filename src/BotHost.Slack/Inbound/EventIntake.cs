using System.Text.Json;
using BotHost.Core.Turns;
using BotHost.Slack.OAuth;
using BotHost.Slack.Payloads;
using Microsoft.Extensions.Logging;

namespace BotHost.Slack.Inbound;

// Events API: the loop guard, uninstalls, and everything else into the inbox. Every authenticated event
// is acknowledged, handled or not (a 404 or 5xx would only make Slack send it again).
public sealed partial class EventIntake(
    IInbox inbox,
    ISlackInstallationStore installations,
    SlackTokens tokens,
    SlackBotIdentities identities,
    TimeProvider time,
    ILogger<EventIntake> logger)
{
    public async Task<SlackAck> HandleAsync(SlackInbound.Event delivery, CancellationToken cancellationToken)
    {
        var envelope = delivery.Envelope;
        if (envelope.Type == "url_verification")
        {
            return SlackAck.Json(new ChallengeAck(envelope.Challenge ?? ""), SlackJson.Default.ChallengeAck);
        }

        if (delivery.RetryAttempt > 0)
        {
            Log.Redelivered(logger, delivery.RetryAttempt, delivery.RetryReason ?? "unknown");
        }

        if (envelope.Type != "event_callback" || Read(envelope.Event) is not { } ev)
        {
            Log.Ignored(logger, envelope.Type ?? "none");
            return SlackAck.Empty;
        }

        identities.Remember(envelope.TeamId, envelope.BotUserId);
        if (ev.Type is "app_uninstalled" or "tokens_revoked")
        {
            await ForgetInstallationAsync(envelope, ev, cancellationToken);
            return SlackAck.Empty;
        }

        var botUserId = envelope.BotUserId ?? identities.BotUserId(envelope.TeamId);
        if (IsFromABot(ev, botUserId) || SlackTurnMapper.FromEvent(envelope, ev, botUserId, time.GetUtcNow()) is not { } turn)
        {
            Log.Ignored(logger, ev.Subtype is null ? ev.Type ?? "none" : ev.Type + "/" + ev.Subtype);
            return SlackAck.Empty;
        }

        var accepted = await inbox.AcceptAsync(turn, cancellationToken);
        Log.Accepted(logger, ev.Type!, accepted);
        return SlackAck.Empty;
    }

    // Bolt's ignoreSelf, widened: the bot's own posts, and any other bot's, never become turns.
    private static bool IsFromABot(SlackEvent ev, string? botUserId) =>
        ev.BotId is not null || ev.Subtype == "bot_message" || (botUserId is not null && ev.User == botUserId);

    private async Task ForgetInstallationAsync(EventEnvelope envelope, SlackEvent ev, CancellationToken cancellationToken)
    {
        // tokens_revoked also fires for user tokens, which BotHost never holds: only a bot token revocation counts.
        if (envelope.TeamId is not { } team || (ev.Type == "tokens_revoked" && ev.Tokens?.Bot is not { Count: > 0 }))
        {
            return;
        }

        var deleted = await installations.DeleteAsync(team, cancellationToken);
        tokens.Forget(team);
        Log.Uninstalled(logger, ev.Type!, deleted);
    }

    private static SlackEvent? Read(JsonElement? raw)
    {
        if (raw is not { ValueKind: JsonValueKind.Object } element)
        {
            return null;
        }

        try
        {
            return element.Deserialize(SlackJson.Default.SlackEvent);
        }
        catch (JsonException)
        {
            // An event type whose fields are shaped differently (user as an object, say): not one the bot answers.
            return null;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4010, Level = LogLevel.Debug, Message = "Slack event {EventType} accepted (new: {Accepted})")]
        public static partial void Accepted(ILogger logger, string eventType, bool accepted);

        [LoggerMessage(EventId = 4011, Level = LogLevel.Debug, Message = "Slack event {EventType} ignored")]
        public static partial void Ignored(ILogger logger, string eventType);

        [LoggerMessage(EventId = 4012, Level = LogLevel.Information, Message = "Slack redelivered an event (attempt {Attempt}, {Reason})")]
        public static partial void Redelivered(ILogger logger, int attempt, string reason);

        [LoggerMessage(EventId = 4013, Level = LogLevel.Information, Message = "Slack {EventType}: installation deleted: {Deleted}")]
        public static partial void Uninstalled(ILogger logger, string eventType, bool deleted);
    }
}
