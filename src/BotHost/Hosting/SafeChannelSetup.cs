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
        services.AddSingleton<IWorkspaceTrust, SqlWorkspaceTrust>();
        services.AddSingleton<SqlSafeLinks>();
        services.AddSingleton<ISafeLinks>(sp => sp.GetRequiredService<SqlSafeLinks>());
        services.AddSingleton<IExpiringData>(sp => sp.GetRequiredService<SqlSafeLinks>());
        services.AddSingleton<SqlFirstContacts>();
        services.AddSingleton<IFirstContacts>(sp => sp.GetRequiredService<SqlFirstContacts>());
        services.AddSingleton<IPersonalData>(sp => sp.GetRequiredService<SqlFirstContacts>());
        return builder;
    }
}
