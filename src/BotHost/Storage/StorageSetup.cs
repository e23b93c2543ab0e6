using BotHost.Core.Privacy;
using BotHost.Core.Storage;
using BotHost.DirectLine.History;
using BotHost.Storage.Postgres;
using BotHost.Storage.Sqlite;
using BotHost.Storage.Work;
using BotHost.WebChat;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotHost.Storage;

public static class StorageSetup
{
    // The database (Storage:Provider) and Core's units of work on it.
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<HostNotifications>();
        services.AddSingleton<SqlStorage>();
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<SqlStorage>());
        if (IsPostgres(builder.Configuration))
        {
            services.AddSingleton<PostgresDatabase>();
            services.AddSingleton<Database>(sp => sp.GetRequiredService<PostgresDatabase>());
            services.AddSingleton<ISchedulerLock, PostgresSchedulerLock>();
            services.AddHostedService<PostgresListener>();
            services.AddSingleton<IExpiringData, PostgresSharedRetention>();
        }
        else
        {
            services.AddSingleton<SqliteDatabase>();
            services.AddSingleton<Database>(sp => sp.GetRequiredService<SqliteDatabase>());
            services.AddSingleton<ISchedulerLock, SqliteSchedulerLock>();
        }

        return builder;
    }

    // After the channels: with several hosts, what one host keeps in memory moves to the database.
    public static WebApplicationBuilder ShareBetweenHosts(this WebApplicationBuilder builder)
    {
        if (IsPostgres(builder.Configuration))
        {
            var services = builder.Services;
            services.Replace(ServiceDescriptor.Singleton<IWebChatRelay, PostgresWebChatRelay>());
            services.Replace(ServiceDescriptor.Singleton<IActivityHistory, PostgresActivityHistory>());
            services.AddSingleton<IRateWindows, PostgresRateWindows>();
        }

        return builder;
    }

    private static bool IsPostgres(ConfigurationManager configuration) =>
        new StorageOptions { Provider = configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}"] ?? "sqlite" }.IsPostgres;
}
