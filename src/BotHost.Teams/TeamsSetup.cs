using BotHost.Core.Privacy;
using BotHost.Core.Turns;
using BotHost.Teams.Auth;
using BotHost.Teams.Connector;
using BotHost.Teams.Conversations;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Polly;

namespace BotHost.Teams;

public static class TeamsSetup
{
    // TStore: the host's conversation-reference store (SQLite in BotHost/Storage/Teams).
    public static WebApplicationBuilder AddTeams<TStore>(this WebApplicationBuilder builder)
        where TStore : class, ITeamsConversations
    {
        var services = builder.Services;
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>();
        services.AddSingleton(sp => TeamsMode.From(sp.GetRequiredService<IOptions<TeamsOptions>>(), sp.GetRequiredService<IHostEnvironment>()));
        services.AddHostedService<TeamsModeLogger>();

        services.AddSingleton<TStore>();
        services.AddSingleton<ITeamsConversations>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<IPersonalData>(sp => sp.GetRequiredService<TStore>());

        services.AddHttpClient(MetadataRetriever.ClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<MetadataRetriever>();
        services.AddSingleton<SigningKeyCache>();
        services.AddSingleton<ConnectorAuth>();
        services.AddSingleton<ActivityTurnMapper>();
        services.AddSingleton<InvokeHandler>();
        services.AddSingleton<ActivityDispatcher>();

        services.AddHttpClient(ConnectorToken.ClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<IConnectorTokenSource>(sp => sp.GetRequiredService<TeamsMode>().IsAuthenticated
            ? ActivatorUtilities.CreateInstance<ConnectorToken>(sp)
            : new NoConnectorToken());
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddTransient<ConnectorAuthHandler>();
        services.AddHttpClient(ConnectorClient.ClientName)
            .AddHttpMessageHandler<ConnectorAuthHandler>()
            .AddResilienceHandler("teams-connector", pipeline =>
            {
                pipeline.AddRetry(ConnectorRetry.Options());
                pipeline.AddTimeout(TimeSpan.FromSeconds(30));
            });
        services.AddSingleton<ConnectorClient>();
        services.AddSingleton<DirectChats>();
        services.AddSingleton<IChannelSender, TeamsSender>();
        return builder;
    }
}
