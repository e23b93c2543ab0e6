using BotHost.Core.SafeChannel;
using BotHost.Core.Turns;
using BotHost.Teams.Conversations;
using BotHost.Teams.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BotHost.Teams;

// An authenticated activity, by type: turns are stored in the inbox and acknowledged at once (Teams
// redelivers what it has no answer for within ~15 s, and the inbox ignores a redelivered id); invokes are
// answered inline; anything else is acknowledged and ignored.
public sealed partial class ActivityDispatcher(
    ActivityTurnMapper mapper,
    InvokeHandler invokes,
    IInbox inbox,
    ITeamsConversations conversations,
    IWorkspaceTrust trust,
    ILogger<ActivityDispatcher> logger)
{
    public async Task<IResult> DispatchAsync(Activity activity, CancellationToken cancellationToken)
    {
        Log.Received(logger, activity.Type ?? "", activity.ChannelId ?? "");
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await RememberAsync(activity, cancellationToken);
                return await AcceptAsync(mapper.Message(activity) is { } turn ? [turn] : [], cancellationToken);
            case ActivityTypes.ConversationUpdate when BotRemoved(activity):
                await ForgetAsync(activity, cancellationToken);
                return TypedResults.Ok();
            case ActivityTypes.ConversationUpdate:
                await RememberAsync(activity, cancellationToken);
                return await AcceptAsync(mapper.Joined(activity), cancellationToken);
            case ActivityTypes.InstallationUpdate when activity.Action?.StartsWith("remove", StringComparison.Ordinal) == true:
                await ForgetAsync(activity, cancellationToken);
                return TypedResults.Ok();
            case ActivityTypes.Invoke:
                await RememberAsync(activity, cancellationToken);
                return await invokes.HandleAsync(activity, cancellationToken);
            default:
                return TypedResults.Ok();
        }
    }

    private async Task<IResult> AcceptAsync(IReadOnlyList<Turn> turns, CancellationToken cancellationToken)
    {
        foreach (var turn in turns)
        {
            if (!await inbox.AcceptAsync(await EmployerForms.DropValuesAsync(turn, trust, cancellationToken), cancellationToken))
            {
                Log.Redelivered(logger);
            }
        }

        return TypedResults.Ok();
    }

    private static bool BotRemoved(Activity activity) =>
        activity.MembersRemoved?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true;

    // Every inbound activity refreshes the conversation reference, so proactive messages use the latest
    // service URL and a conversation marked inactive comes back when the user writes again.
    private Task RememberAsync(Activity activity, CancellationToken cancellationToken) =>
        ActivityTurnMapper.Conversation(activity) is { } conversation
            ? conversations.RememberAsync(conversation, mapper.UserKey(activity), cancellationToken)
            : Task.CompletedTask;

    private Task ForgetAsync(Activity activity, CancellationToken cancellationToken) =>
        activity.Conversation?.Id is { } id
            ? conversations.DeactivateAsync(ActivityTurnMapper.Workspace(activity), id, cancellationToken)
            : Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(EventId = 550, Level = LogLevel.Debug, Message = "Teams activity {Type} from {ChannelId}")]
        public static partial void Received(ILogger logger, string type, string channelId);

        [LoggerMessage(EventId = 551, Level = LogLevel.Information, Message = "Teams redelivered an activity already accepted; ignored")]
        public static partial void Redelivered(ILogger logger);
    }
}
