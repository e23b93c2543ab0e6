using System.Text.Json;
using BotHost.Teams.Schema;

namespace BotHost.Tests.Teams;

// Activities shaped like the ones Teams sends, for a 1:1 chat unless told otherwise.
public static class Activities
{
    public const string AppId = "8e0b9c4a-2f6d-4b1e-9a3c-7d5e1f2a3b4c";
    public const string BotId = "28:" + AppId;
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string UserId = "29:1a2b3c-user";
    public const string AadObjectId = "6b8e4f1c-0d2a-4c7e-9f3b-2a1d5c8e7f60";
    public const string PersonalChat = "a:1Xk9PersonalChat";
    public const string TeamChannel = "19:general@thread.tacv2;messageid=1712345678901";

    private static int next;

    public static string NewId() => "1712" + Interlocked.Increment(ref next).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);

    public static Activity Message(string serviceUrl, string? text, string? id = null, string conversation = PersonalChat, string conversationType = "personal") => new()
    {
        Type = ActivityTypes.Message,
        Id = id ?? NewId(),
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = UserId, Name = "Sam Worker", AadObjectId = AadObjectId },
        Recipient = new ChannelAccount { Id = BotId, Name = "Union Helper" },
        Conversation = new ConversationAccount { Id = conversation, ConversationType = conversationType, TenantId = Tenant, IsGroup = conversationType != "personal" },
        ChannelData = new TeamsChannelData { Tenant = new TeamsIdentifier(Tenant) },
        Text = text,
        TextFormat = "plain",
    };

    // What Teams sends when an Action.Submit button is pressed: a message whose value is the button's data.
    public static Activity Submit(string serviceUrl, object data, string? replyToId = null) =>
        Message(serviceUrl, null) with { Value = JsonSerializer.SerializeToElement(data), ReplyToId = replyToId };

    public static Activity Execute(string serviceUrl, object data) => Message(serviceUrl, null) with
    {
        Type = ActivityTypes.Invoke,
        Name = "adaptiveCard/action",
        Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "press", data }, trigger = "manual" }),
    };

    // A personal install: Teams lists only the bot as added.
    public static Activity BotInstalled(string serviceUrl, string? id = null) => Message(serviceUrl, null, id) with
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount { Id = BotId }],
    };

    public static Activity ChannelMention(string serviceUrl, string text) =>
        Message(serviceUrl, "<at>Union Helper</at> " + text, conversation: TeamChannel, conversationType: "channel") with
        {
            Entities = [new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = BotId, Name = "Union Helper" }, Text = "<at>Union Helper</at>" }],
        };
}
