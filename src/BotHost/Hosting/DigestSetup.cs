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

        // A stand-in until the FAQ area registers the real question and feedback source (TryAdd: whichever
        // registration comes first wins; a later Add also replaces it).
        services.TryAddSingleton<IFaqDigestSource, NoFaqDigestSource>();

        services.AddSingleton<IDigestSource, SqlDigestSource>();
        services.AddSingleton<IDigestRuns, SqlDigestRuns>();
        services.AddSingleton<IDigestService, DigestBuilder>();
        services.AddSingleton<IOrganiserCommand, DigestOrganiserCommand>();
        services.AddHostedService<DigestScheduler>();
        return builder;
    }
}
