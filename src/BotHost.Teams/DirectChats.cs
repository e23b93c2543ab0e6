using BotHost.Core.Turns;
using BotHost.Teams.Connector;
using BotHost.Teams.Conversations;
using BotHost.Teams.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotHost.Teams;

// Opens (or finds: Teams answers with the existing id) the 1:1 chat between the bot and a user, at the
// service URL of the turn that asked or, for a proactive message, the latest one seen in the user's tenant.
public sealed partial class DirectChats(
    ConnectorClient connector,
    ITeamsConversations conversations,
    IOptions<TeamsOptions> options,
    ILogger<DirectChats> logger)
{
    public async Task<(SendTarget? Target, SendResult? Failure)> OpenAsync(ChannelAddress to, ReplyContext? context, CancellationToken cancellationToken)
    {
        var tenant = context is null ? await conversations.FindTenantAsync(to.Workspace, cancellationToken) : null;
        var serviceUrl = context?.ServiceUrl ?? tenant?.ServiceUrl;
        var botId = context?.BotId ?? tenant?.BotId ?? (options.Value.AppId is { Length: > 0 } appId ? "28:" + appId : null);
        if (serviceUrl is null || botId is null || string.IsNullOrEmpty(to.User))
        {
            Log.CannotOpen(logger);
            return (null, SendResult.Undeliverable);
        }

        var realTenant = to.Workspace is "emulator" or "local" ? null : to.Workspace;
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = botId },
            Members = [new ChannelAccount { Id = to.User }],
            TenantId = realTenant,
            ChannelData = realTenant is null ? null : new TeamsChannelData { Tenant = new TeamsIdentifier(realTenant) },
        };
        var response = await connector.CreateConversationAsync(serviceUrl, parameters, cancellationToken);
        if (response is { IsSuccess: true, Id: { Length: > 0 } id })
        {
            return (new SendTarget(serviceUrl, id, botId, null), null);
        }

        Log.OpenFailed(logger, response.Status);
        return (null, response.IsSuccess ? SendResult.Undeliverable : TeamsSender.Outcome(response));
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 540, Level = LogLevel.Warning, Message = "Cannot open a Teams 1:1 chat: no service URL known for the tenant")]
        public static partial void CannotOpen(ILogger logger);

        [LoggerMessage(EventId = 541, Level = LogLevel.Warning, Message = "Opening a Teams 1:1 chat failed: HTTP {Status}")]
        public static partial void OpenFailed(ILogger logger, int status);
    }
}
