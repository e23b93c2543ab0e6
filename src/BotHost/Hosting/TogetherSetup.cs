using BotHost.Core.Privacy;
using BotHost.Core.Together;
using Microsoft.Extensions.Options;

namespace BotHost.Hosting;

public static class TogetherSetup
{
    // Reports that wait for others: options, the matcher the report store calls, and expiry in the retention sweep.
    public static WebApplicationBuilder AddTogether(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TogetherOptions>().BindConfiguration(TogetherOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TogetherOptions>, TogetherOptionsValidator>();
        services.AddSingleton<TogetherAuthors>();
        services.AddSingleton<TogetherMatcher>();
        services.AddSingleton<IExpiringData, TogetherExpiry>();
        services.AddHostedService<TogetherThresholdCheck>();
        return builder;
    }
}
