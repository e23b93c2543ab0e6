using BotHost.Core;
using BotHost.Core.Conversation;
using BotHost.Core.Pipeline;
using BotHost.Core.Privacy;
using BotHost.Core.Turns;
using BotHost.Core.Organisers;
using BotHost.Core.Reports;
using BotHost.Core.Reps;
using BotHost.Storage;
using BotHost.Storage.Keys;
using BotHost.Storage.Organisers;
using BotHost.Storage.Reports;
using BotHost.Storage.Reps;
using Microsoft.Extensions.Options;

namespace BotHost.Hosting;

public static class BotHostSetup
{
    public static WebApplicationBuilder AddBotHost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddOptions<EncryptionOptions>().BindConfiguration(EncryptionOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EncryptionOptions>, EncryptionOptionsValidator>();
        services.AddOptions<PipelineOptions>().BindConfiguration(PipelineOptions.Section);
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section);
        services.AddOptions<UnionOptions>().BindConfiguration(UnionOptions.Section);

        services.AddHostedService<StorageStartup>();
        services.AddBotCore();
        builder.AddStorage();
        services.AddSingleton<Migrator>();
        services.AddSingleton<KeyringLoader>();
        services.AddSingleton(sp =>
        {
            // The keyring is needed to build the pipeline services, before any hosted service starts, and it
            // reads the data_keys table: so the schema is brought up to date here, once, whoever asks first.
            sp.GetRequiredService<Migrator>().MigrateAsync().GetAwaiter().GetResult();
            return sp.GetRequiredService<KeyringLoader>().Load();
        });
        services.AddSingleton<SqlInbox>();
        services.AddSingleton<IInbox>(sp => sp.GetRequiredService<SqlInbox>());
        services.AddSingleton<IOutbox, SqlOutbox>();
        services.AddSingleton<SqlDialogStore>();
        services.AddSingleton<IDialogStore>(sp => sp.GetRequiredService<SqlDialogStore>());
        services.AddSingleton<IPersonalData>(sp => sp.GetRequiredService<SqlDialogStore>());
        services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.Section);
        services.AddSingleton<SqlReportStore>();
        services.AddSingleton<IReportStore>(sp => sp.GetRequiredService<SqlReportStore>());
        services.AddSingleton<IPersonalData>(sp => sp.GetRequiredService<SqlReportStore>());
        services.AddSingleton<IExpiringData>(sp => sp.GetRequiredService<SqlReportStore>());
        services.AddOptions<OrganiserOptions>().BindConfiguration(OrganiserOptions.Section);
        services.AddSingleton<IRepDirectory, SqlRepDirectory>();
        services.AddSingleton<SqlRepRequestStore>();
        services.AddSingleton<IRepRequestStore>(sp => sp.GetRequiredService<SqlRepRequestStore>());
        services.AddSingleton<IPersonalData>(sp => sp.GetRequiredService<SqlRepRequestStore>());
        services.AddSingleton<IOrganiserDirectory, SqlOrganiserDirectory>();
        services.AddSingleton<IAuditLog, SqlAuditLog>();
        services.AddSingleton<KeyRotator>();
        services.AddSingleton<RetentionSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionSweeper>());
        builder.AddDigests();
        builder.AddSafeChannel();
        builder.AddTogether();
        return builder;
    }
}
