using BotHost.Core.Privacy;
using BotHost.Core.SafeChannel;
using BotHost.Storage.SafeChannel;

namespace BotHost.Hosting;

public static class SafeChannelSetup
{
    // Workspace trust, private links and the first-contact notice, with their SQLite stores.
    public static WebApplicationBuilder AddSafeChannel(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WorkspaceOptions>().BindConfiguration(WorkspaceOptions.Section);
        var development = builder.Environment.IsDevelopment();
        services.AddOptions<SafeLinkOptions>().BindConfiguration(SafeLinkOptions.Section).PostConfigure(options =>
        {
            // On a developer's machine the links point at the local web chat; production must say where it is public.
            if (string.IsNullOrWhiteSpace(options.PublicBaseUrl) && development)
            {
                options.PublicBaseUrl = BotHostApp.DevelopmentUrl;
            }
        });
        services.AddSingleton<IWorkspaceTrust, SqliteWorkspaceTrust>();
        services.AddSingleton<SqliteSafeLinks>();
        services.AddSingleton<ISafeLinks>(sp => sp.GetRequiredService<SqliteSafeLinks>());
        services.AddSingleton<IExpiringData>(sp => sp.GetRequiredService<SqliteSafeLinks>());
        services.AddSingleton<SqliteFirstContacts>();
        services.AddSingleton<IFirstContacts>(sp => sp.GetRequiredService<SqliteFirstContacts>());
        services.AddSingleton<IPersonalData>(sp => sp.GetRequiredService<SqliteFirstContacts>());
        return builder;
    }
}
