using BotHost.Core.Turns;
using BotHost.Slack.Inbound;
using BotHost.Slack.OAuth;
using BotHost.Slack.SocketMode;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace BotHost.Slack;

public static class SlackSetup
{
    // Attempts for one Web API call, and the longest Retry-After worth waiting for inside it; a longer one
    // goes back to the outbox, which tries again later without holding a worker.
    private const int MaxRetries = 3;
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(20);

    // The stores for installed workspaces and OAuth states come from the host (SQLite today).
    public static WebApplicationBuilder AddSlack<TInstallations, TStates>(this WebApplicationBuilder builder)
        where TInstallations : class, ISlackInstallationStore
        where TStates : class, ISlackOAuthStateStore
    {
        var services = builder.Services;
        services.AddSingleton<ISlackInstallationStore, TInstallations>();
        services.AddSingleton<ISlackOAuthStateStore, TStates>();
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();

        services.AddHttpClient(SlackWebApi.Client).RemoveAllLoggers().AddResilienceHandler("slack-web-api", pipeline => pipeline
            .AddTimeout(TimeSpan.FromSeconds(60))
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = MaxRetries,
                Delay = TimeSpan.FromSeconds(1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
            })
            .AddTimeout(TimeSpan.FromSeconds(10)));
        services.AddHttpClient(SlackWebApi.QuickClient, client => client.Timeout = TimeSpan.FromSeconds(2.5)).RemoveAllLoggers();
        services.AddHttpClient(SlackWebApi.RespondClient, client => client.Timeout = TimeSpan.FromSeconds(10)).RemoveAllLoggers();

        services.AddSingleton<SlackWebApi>();
        services.AddSingleton<SlackBotIdentities>();
        services.AddSingleton<SlackTokens>();
        services.AddSingleton<EventIntake>();
        services.AddSingleton<CommandIntake>();
        services.AddSingleton<InteractionIntake>();
        services.AddSingleton<SlackDispatcher>();
        services.AddSingleton<IChannelSender, SlackSender>();
        services.AddHostedService<SlackIdentityWarmup>();
        services.AddHostedService<SocketModeService>();
        return builder;
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or Polly.Timeout.TimeoutRejectedException } => true,
        { Result.StatusCode: System.Net.HttpStatusCode.TooManyRequests } r => r.Result.Headers.RetryAfter?.Delta is not { } wait || wait <= MaxRetryAfter,
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == System.Net.HttpStatusCode.RequestTimeout,
        _ => false,
    };
}
