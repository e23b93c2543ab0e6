using System.Threading.RateLimiting;
using BotHost.Core.Turns;
using BotHost.DirectLine.Auth;
using BotHost.DirectLine.History;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BotHost.DirectLine;

public static class DirectLineSetup
{
    public const string CorsPolicy = "directline";
    public const string ActivityLimit = "directline-activities";

    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>();
        services.AddSingleton(sp => DirectLineMode.From(sp.GetRequiredService<IOptions<DirectLineOptions>>(), sp.GetRequiredService<IHostEnvironment>()));
        services.AddHostedService<DirectLineModeLogger>();

        services.AddSingleton<ConversationIds>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineGate>();
        services.AddSingleton<DirectLineTurnMapper>();
        services.AddSingleton<IActivityHistory, MemoryActivityHistory>();
        services.AddSingleton<IChannelSender, DirectLineSender>();

        // Web Chat is usually embedded on the union's own website, another origin than this host. Every call
        // carries its token in a header, never a cookie, so any origin may make them.
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods("GET", "POST")
            .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent", "x-requested-with")));

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<DirectLineOptions>>((limiter, directLine) =>
        {
            var perMinute = directLine.Value.MessagesPerMinute;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(ActivityLimit, http =>
            {
                var conversation = http.Request.RouteValues["conversationId"] as string ?? "";
                return perMinute <= 0
                    ? RateLimitPartition.GetNoLimiter(conversation)
                    : RateLimitPartition.GetFixedWindowLimiter(conversation, _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        return builder;
    }

    // WebSockets and CORS for the Direct Line paths, then the paths themselves.
    public static WebApplication UseDirectLine(this WebApplication app)
    {
        app.UseWebSockets();
        app.UseCors();
        app.MapDirectLine();
        return app;
    }
}
