using BotHost.Core.Turns;
using BotHost.DirectLine.Auth;
using BotHost.DirectLine.History;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BotHost.DirectLine;

public static class DirectLineSetup
{
    public const string CorsPolicy = "directline";

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
        services.AddSingleton<PostLimits>();

        // Web Chat is usually embedded on the union's own website, another origin than this host. Every call
        // carries its token in a header, never a cookie, so any origin may make them.
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods("GET", "POST")
            .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent", "x-requested-with")));

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
