using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using BotHost.Core.Turns;
using BotHost.Slack.Payloads;

namespace BotHost.Slack;

// The only place a Slack payload becomes a Turn. Null means "not something the bot answers".
public static partial class SlackTurnMapper
{
    public const string Channel = "slack";

    // Subtypes that are still a person writing: plain text, text with a file, a thread reply also sent to the channel.
    private static readonly HashSet<string?> UserText = [null, "file_share", "thread_broadcast"];

    public static Turn? FromEvent(EventEnvelope envelope, SlackEvent ev, string? botUserId, DateTimeOffset now)
    {
        if (envelope.TeamId is not { Length: > 0 } team || envelope.EventId is not { Length: > 0 } eventId || ev.User is not { Length: > 0 } user)
        {
            return null;
        }

        var turn = new Turn
        {
            Channel = Channel,
            Workspace = team,
            Conversation = ev.Channel ?? "",
            User = user,
            PlatformId = eventId,
            Time = now,
        };
        return ev.Type switch
        {
            "message" when ev.ChannelType == "im" && IsUserText(ev) => turn with
            {
                Text = ev.Text,
                ReplyContext = new SlackReplyContext(ThreadTs: ev.ThreadTs).Serialize(),
            },
            "app_mention" when IsUserText(ev) => turn with
            {
                Text = StripMention(ev.Text!, botUserId) is { Length: > 0 } text ? text : "help",
                IsPrivate = false,
                ReplyContext = new SlackReplyContext(ThreadTs: ev.ThreadTs ?? ev.Ts).Serialize(),
            },
            "app_home_opened" when ev.Tab == "home" => turn with { Kind = TurnKind.HomeOpened },
            _ => null,
        };
    }

    // "/union ask is bossware legal" -> "ask is bossware legal"; "/union" alone -> "help".
    public static Turn? FromCommand(SlashCommand command, DateTimeOffset now)
    {
        if (command is not { TeamId.Length: > 0, UserId.Length: > 0, ChannelId.Length: > 0 })
        {
            return null;
        }

        return new Turn
        {
            Channel = Channel,
            Workspace = command.TeamId,
            Conversation = command.ChannelId,
            User = command.UserId,
            UserName = command.UserName,
            PlatformId = "cmd:" + Hash(command.TeamId, command.UserId, command.TriggerId ?? command.ResponseUrl ?? now.ToUnixTimeMilliseconds().ToString()),
            Time = now,
            Text = CommandText(command.Text),
            IsPrivate = command.ChannelName == "directmessage",

            // The bot may not be in the channel (or a DM between two people): answer through response_url, to the user only.
            ReplyContext = new SlackReplyContext(ResponseUrl: command.ResponseUrl, Ephemeral: true).Serialize(),
        };
    }

    public static Turn? FromAction(InteractionPayload payload, InteractionPayload.Action action, DateTimeOffset now)
    {
        if (payload.TeamId is not { Length: > 0 } team || payload.User?.Id is not { Length: > 0 } user || action.Value is not { Length: > 0 } value)
        {
            return null;
        }

        var container = payload.Container;
        var channel = container?.ChannelId ?? payload.Channel?.Id;
        var inView = container?.Type == "view" || channel is null;
        var turn = new Turn
        {
            Channel = Channel,
            Workspace = team,

            // A button in the App Home or a modal belongs to no conversation: answer in a DM.
            Conversation = inView ? "" : channel!,
            User = user,
            PlatformId = "act:" + Hash(team, user, action.ActionTs ?? "", action.ActionId ?? "", payload.TriggerId ?? ""),
            Time = now,
            Action = value,
            IsPrivate = inView || IsDirect(channel),
        };
        return container?.IsEphemeral == true && payload.ResponseUrl is { Length: > 0 } url
            ? turn with { ReplyContext = new SlackReplyContext(ResponseUrl: url, Ephemeral: true).Serialize() }
            : turn with { ReplyContext = new SlackReplyContext(ThreadTs: container?.ThreadTs).Serialize() };
    }

    // A valid modal submission. Answers go to the DM it was opened from, or a DM opened for it.
    public static Turn? FromSubmission(InteractionPayload payload, FormMetadata metadata, IReadOnlyDictionary<string, string> values, DateTimeOffset now)
    {
        if (payload.TeamId is not { Length: > 0 } team || payload.User?.Id is not { Length: > 0 } user || payload.View?.Id is not { Length: > 0 } viewId)
        {
            return null;
        }

        var form = new Dictionary<string, string>(values, StringComparer.Ordinal) { ["form"] = metadata.Form };
        return new Turn
        {
            Channel = Channel,
            Workspace = team,
            Conversation = IsDirect(metadata.Channel) ? metadata.Channel! : "",
            User = user,

            // A modal is submitted once; a double submit carries the same view id.
            PlatformId = "view:" + viewId,
            Time = now,
            Form = form,
        };
    }

    public static string CommandText(string? text) => text?.Trim() is { Length: > 0 } sub ? sub : "help";

    // Takes the bot's mention (<@U123> or <@U123|name>) out; with the bot unknown, a leading mention.
    public static string StripMention(string text, string? botUserId)
    {
        var stripped = botUserId is { Length: > 0 }
            ? Regex.Replace(text, "<@" + Regex.Escape(botUserId) + @"(\|[^>]*)?>", " ")
            : LeadingMention().Replace(text, " ");
        return Spaces().Replace(stripped, " ").Trim();
    }

    private static bool IsUserText(SlackEvent ev) =>
        UserText.Contains(ev.Subtype) && ev.Hidden != true && !string.IsNullOrWhiteSpace(ev.Text);

    private static bool IsDirect(string? channel) => channel is { Length: > 1 } && channel[0] == 'D';

    // Platform ids are stored in the clear for dedupe, so ones built from a user id are hashed.
    private static string Hash(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts))).AsSpan(0, 16));

    [GeneratedRegex(@"^\s*<@[UW][A-Z0-9]+(\|[^>]*)?>")]
    private static partial Regex LeadingMention();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}
