using BotHost.Core.Digests;
using BotHost.Core.Organisers;
using BotHost.Storage.Digests;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BotHost.Hosting;

public static class DigestSetup
{
    // Digests for organisers: the builder, its SQLite source, and the scheduled sender.
    public static WebApplicationBuilder AddDigests(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>();

        // Seams with stand-ins: the FAQ area registers the real question and feedback source, and the
        // recognizers module the real redactor; whichever is registered first (TryAdd) or last (Add) wins.
        services.TryAddSingleton<IFaqDigestSource, NoFaqDigestSource>();
        services.TryAddSingleton<ITextRedactor, PatternRedactor>();

        services.AddSingleton<IDigestSource, SqliteDigestSource>();
        services.AddSingleton<IDigestRuns, SqliteDigestRuns>();
        services.AddSingleton<IDigestService, DigestBuilder>();
        services.AddSingleton<IOrganiserCommand, DigestOrganiserCommand>();
        services.AddHostedService<DigestScheduler>();
        return builder;
    }
}
