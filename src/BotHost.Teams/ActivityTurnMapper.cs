using BotHost.Core.Privacy;
using BotHost.Core.Turns;
using BotHost.Teams.Conversations;
using BotHost.Teams.Schema;

namespace BotHost.Teams;

// The only place an Activity becomes a Turn.
public sealed class ActivityTurnMapper(Keyring keyring, TimeProvider time)
{
    public const string Channel = "teams";
    public const int MaxTextLength = 10_000;

    public Turn? Message(Activity activity)
    {
        var submit = SubmitValue.Read(activity.Value);
        var text = activity.Text is { } raw ? MentionText.Strip(raw, activity.Entities, activity.Recipient?.Id) : null;
        if (text?.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
        }

        return Base(activity, activity.From) is not { } turn ? null : turn with
        {
            Text = submit.IsEmpty ? text : null,
            Action = submit.Action,
            Form = submit.Form,
        };
    }

    // Action.Execute: the same button data, one level down.
    public Turn? Execute(Activity activity, SubmitValue submit) =>
        Base(activity, activity.From) is { } turn && !submit.IsEmpty ? turn with { Action = submit.Action, Form = submit.Form } : null;

    // One welcome per person added. In a 1:1 chat the user who installed the bot is welcomed even when
    // Teams lists only the bot as added (a personal install); the bot joining a team welcomes no one, so a
    // channel is not spammed.
    public IReadOnlyList<Turn> Joined(Activity activity)
    {
        var added = activity.MembersAdded ?? [];
        var botId = activity.Recipient?.Id;
        if (added.Count == 0 || !IsPrivate(activity))
        {
            return [.. added.Where(m => m.Id is not null && m.Id != botId)
                .Select((member, i) => Base(activity, member, $"joined{i}"))
                .OfType<Turn>()
                .Select(t => t with { Kind = TurnKind.Joined })];
        }

        return Base(activity, activity.From, "joined") is { } turn ? [turn with { Kind = TurnKind.Joined }] : [];
    }

    public static string Workspace(Activity activity) =>
        activity.ChannelData?.Tenant?.Id is { Length: > 0 } tenant ? tenant
        : activity.Conversation?.TenantId is { Length: > 0 } conversationTenant ? conversationTenant
        : activity.ChannelId == "emulator" ? "emulator"
        : "local";

    public static string? UserOf(ChannelAccount? account) =>
        account?.AadObjectId is { Length: > 0 } aad ? aad : account?.Id;

    public static bool IsPrivate(Activity activity) => activity.Conversation is { } conversation &&
        (conversation.ConversationType == "personal" || (conversation.ConversationType is null && conversation.IsGroup != true));

    public static TeamsConversation? Conversation(Activity activity) =>
        activity is { ServiceUrl: { Length: > 0 } serviceUrl, Conversation.Id: { Length: > 0 } id }
            ? new TeamsConversation(Workspace(activity), id, activity.Conversation.ConversationType ?? (IsPrivate(activity) ? null : "groupChat"), serviceUrl, activity.Recipient?.Id)
            : null;

    public string? UserKey(Activity activity) =>
        IsPrivate(activity) && UserOf(activity.From) is { } user ? keyring.UserKey(Channel, Workspace(activity), user) : null;

    private Turn? Base(Activity activity, ChannelAccount? user, string? suffix = null)
    {
        if (activity is not { Id: { Length: > 0 } id, ServiceUrl: { Length: > 0 } serviceUrl, Conversation.Id: { Length: > 0 } conversation }
            || UserOf(user) is not { Length: > 0 } userId)
        {
            return null;
        }

        var workspace = Workspace(activity);
        var context = new ReplyContext(serviceUrl, id, activity.Recipient?.Id, activity.Conversation.ConversationType, workspace);
        return new Turn
        {
            Channel = Channel,
            Workspace = workspace,
            Conversation = conversation,
            User = userId,
            UserName = user?.Name,
            PlatformId = PlatformId(workspace, conversation, id, suffix),
            Time = time.GetUtcNow(),
            IsPrivate = IsPrivate(activity),
            ReplyContext = context.Serialize(),
        };
    }

    // Activity ids are unique only within a conversation, and a 1:1 conversation id is personal, so the
    // dedupe key is the conversation's keyed hash plus the activity id. Redeliveries map to the same key.
    private string PlatformId(string workspace, string conversation, string activityId, string? suffix) =>
        keyring.ConversationKey(Channel, workspace, conversation) + ":" + activityId + (suffix is null ? "" : "#" + suffix);
}
