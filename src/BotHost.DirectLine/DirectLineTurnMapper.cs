using System.Globalization;
using System.Text.Json;
using BotHost.Core.Privacy;
using BotHost.Core.SafeChannel;
using BotHost.Core.Turns;
using BotHost.Teams;
using BotHost.Teams.Schema;

namespace BotHost.DirectLine;

// The only place a Direct Line activity becomes a Turn, and the copy of it the conversation keeps.
// A Direct Line conversation is the union's own page, like the web chat: the secret is the union's, so only
// its own site can hand out tokens, and nobody else administers the conversation (see docs/directline.md).
public sealed class DirectLineTurnMapper(Keyring keyring, TimeProvider time)
{
    public const string Channel = "directline";
    public const string Workspace = "directline";
    public const int MaxTextLength = 4000;

    // What Web Chat reads back from its own message's channelData: its id for the message, and how to show a press.
    private static readonly string[] EchoedChannelData = ["clientActivityID", "clientTimestamp", "messageBack", "postBack"];
    private const int MaxEchoedValueLength = 512;

    // The welcome, once per conversation whoever starts it and however often.
    public Turn Joined(string conversationId, string user) =>
        Base(conversationId, user, "joined") with { Kind = TurnKind.Joined };

    // A message's turn, or why it cannot be one. Button presses come back as value: {"action"} from a
    // suggested action or a card button, {"form", ...} from a card's form.
    public (Turn? Turn, string? Problem) Message(Activity activity, string conversationId, string user)
    {
        var submit = SubmitValue.Read(activity.Value);
        var text = activity.Text?.Trim();
        if (text?.Length > MaxTextLength)
        {
            return (null, $"text is longer than {MaxTextLength} characters.");
        }

        if (submit.IsEmpty && string.IsNullOrEmpty(text))
        {
            return (null, "Send text or a button's value. Attachments are not supported.");
        }

        var clientId = ClientActivityId(activity) ?? RandomToken.New(16);
        return (Base(conversationId, user, "activity:" + clientId) with
        {
            Text = submit.IsEmpty ? text : null,
            Action = submit.Action,
            Form = submit.Form,
        }, null);
    }

    // The user's message as the conversation shows it: what they typed and what Web Chat needs to match it to
    // its pending message, never the submitted form values or attachments.
    public Activity Echo(Activity activity, string conversationId, string user) => new()
    {
        Type = ActivityTypes.Message,
        Timestamp = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
        ChannelId = Channel,
        From = new ChannelAccount { Id = user, Role = "user" },
        Conversation = new ConversationAccount { Id = conversationId },
        Text = activity.Text?.Trim(),
        ChannelData = activity.ChannelData?.Extra is { } data
            ? new TeamsChannelData { Extra = data.Where(d => EchoedChannelData.Contains(d.Key, StringComparer.Ordinal) && d.Value.GetRawText().Length <= MaxEchoedValueLength).ToDictionary() }
            : null,
    };

    private Turn Base(string conversationId, string user, string platformKey) => new()
    {
        Channel = Channel,
        Workspace = Workspace,
        Conversation = conversationId,
        User = user,
        PlatformId = keyring.Pseudonym("directline-activity", conversationId, platformKey),
        Time = time.GetUtcNow(),
        IsPrivate = true,
        OnOwnPage = true,
    };

    // Web Chat's own id for a message: a retry of the same message is accepted once.
    private static string? ClientActivityId(Activity activity) =>
        activity.ChannelData?.Extra?.TryGetValue("clientActivityID", out var id) == true
            && BotHost.Teams.JsonStrings.Read(id) is { Length: > 0 and <= 100 } value ? value : null;
}
